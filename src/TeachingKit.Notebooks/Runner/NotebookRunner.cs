using System.Diagnostics;
using System.Globalization;
using TeachingKit.Notebooks.Execution;
using TeachingKit.Notebooks.IO;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Site;

namespace TeachingKit.Notebooks.Runner;

/// <summary>What to run and where to write.</summary>
/// <param name="Inputs">Notebook files or folders (a folder means its *.ipynb files, sorted).</param>
/// <param name="OutputDirectory">The site folder: pages, assets/, executed/*.ipynb.</param>
/// <param name="CellTimeLimit">The longest a single cell may run.</param>
public sealed record RunOptions(IReadOnlyList<string> Inputs, string OutputDirectory, TimeSpan CellTimeLimit)
{
    /// <summary>The default per-cell time limit: generous for a lecture cell, short for a hung one.</summary>
    public static readonly TimeSpan DefaultCellTimeLimit = TimeSpan.FromSeconds(120);
}

/// <summary>
/// Executes notebooks headless, one after another, and writes each executed .ipynb and its page,
/// then the index. A failing notebook does not stop the others.
/// </summary>
public sealed class NotebookRunner(TextWriter progress)
{
    private readonly Lazy<ShippedPackages> _packages = new(ShippedPackages.ForCurrentApplication);

    /// <summary>The notebook files named by <paramref name="inputs"/>, in a stable order.</summary>
    /// <exception cref="ArgumentException">An input is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> ResolveInputs(IReadOnlyList<string> inputs)
    {
        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
                files.AddRange(Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal));
            else if (File.Exists(input))
                files.Add(input);
            else
                throw new ArgumentException($"No notebook or folder at \"{input}\".", nameof(inputs));
        }
        return files.Select(Path.GetFullPath).Distinct().ToList();
    }

    /// <summary>Runs every notebook of <paramref name="options"/> and writes the site.</summary>
    public async Task<RunSummary> RunAsync(RunOptions options)
    {
        ConsoleCapture.Install();
        var files = ResolveInputs(options.Inputs);
        var results = new List<NotebookResult>();
        foreach (string file in files)
        {
            var result = await RunNotebookAsync(file, options.CellTimeLimit);
            if (result.Notebook is { } notebook)
            {
                AtomicFile.WriteAllText(Path.Combine(options.OutputDirectory, "executed", notebook.FileName), NotebookWriter.ToJson(notebook));
                AtomicFile.WriteAllText(Path.Combine(options.OutputDirectory, notebook.Slug + ".html"), PageRenderer.NotebookPage(result));
            }
            results.Add(result);
        }
        SiteAssets.Write(options.OutputDirectory);
        string index = Path.GetFullPath(Path.Combine(options.OutputDirectory, "index.html"));
        AtomicFile.WriteAllText(index, PageRenderer.IndexPage(results));
        return new RunSummary(results, index);
    }

    /// <summary>Reads and executes one notebook; never throws for a bad notebook or a failing cell.</summary>
    public async Task<NotebookResult> RunNotebookAsync(string path, TimeSpan cellTimeLimit)
    {
        string name = Path.GetFileName(path);
        Notebook notebook;
        try
        {
            notebook = NotebookReader.Read(path);
        }
        catch (NotebookFormatException e)
        {
            progress.WriteLine($"✘ {e.Message}");
            return new NotebookResult(path, null, e.Problem, null, TimeSpan.Zero);
        }

        progress.WriteLine($"▶ {name}");
        var watch = Stopwatch.StartNew();
        var session = new NotebookSession(path, _packages.Value, cellTimeLimit);
        int codeCells = notebook.Cells.Count(c => c.Type == CellType.Code);
        int executed = 0;
        CellFailure? failure = null;
        for (int i = 0; i < notebook.Cells.Count && failure is null; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.Type != CellType.Code) continue;
            var run = await session.ExecuteAsync(cell.Source, i + 1, ++executed);
            cell.ExecutionCount = executed;
            cell.Outputs.AddRange(run.Outputs);
            failure = run.Failure;
            string verdict = failure is null ? "ok" : "FAILED";
            progress.WriteLine($"  cell {i + 1,3} ({executed}/{codeCells} code) {verdict} {Seconds(run.Elapsed)}");
        }
        watch.Stop();
        progress.WriteLine(failure is null
            ? $"✔ {name}: {executed} code cells in {Seconds(watch.Elapsed)}"
            : $"✘ {failure.Describe(name)}");
        return new NotebookResult(path, notebook, null, failure, watch.Elapsed);
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
