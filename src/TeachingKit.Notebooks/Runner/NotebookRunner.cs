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
    /// <exception cref="ArgumentException">
    /// An input is neither a file nor a folder, a folder holds no .ipynb file, or two notebooks
    /// have the same file name (their executed copies and pages would overwrite each other).
    /// </exception>
    public static IReadOnlyList<string> ResolveInputs(IReadOnlyList<string> inputs)
    {
        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new ArgumentException($"The folder \"{input}\" holds no .ipynb notebook.", nameof(inputs));
                files.AddRange(found);
            }
            else if (File.Exists(input))
                files.Add(input);
            else
                throw new ArgumentException($"No notebook or folder at \"{input}\".", nameof(inputs));
        }
        var distinct = files.Select(Path.GetFullPath).Distinct().ToList();
        // Outputs are named by file name alone; case-insensitive, as on Windows and macOS file systems.
        var clash = distinct.GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new ArgumentException(
                $"Two notebooks have the file name \"{clash.Key}\", so their outputs would overwrite each other: " +
                string.Join(" and ", clash.Select(p => $"\"{p}\"")) + ". Rename one or run them separately.", nameof(inputs));
        return distinct;
    }

    /// <summary>Runs every notebook of <paramref name="options"/> and writes the site.</summary>
    /// <exception cref="ArgumentException">
    /// The inputs are wrong (see <see cref="ResolveInputs"/>), or an executed copy would overwrite
    /// its own source notebook (an input in the output folder's executed/); nothing ran.
    /// </exception>
    /// <exception cref="IOException">The output folder cannot be written (checked before anything runs).</exception>
    public async Task<RunSummary> RunAsync(RunOptions options)
    {
        ConsoleCapture.Install();
        var files = ResolveInputs(options.Inputs);
        string executedFolder = Path.GetFullPath(Path.Combine(options.OutputDirectory, "executed"));
        // Case-insensitive, as on Windows and macOS file systems (as the file-name clash above).
        string? overwritten = files.FirstOrDefault(f =>
            string.Equals(Path.GetDirectoryName(f), executedFolder, StringComparison.OrdinalIgnoreCase));
        if (overwritten is not null)
            throw new ArgumentException(
                $"The executed copy of \"{overwritten}\" would overwrite the notebook itself: the site writes executed " +
                $"notebooks to \"{executedFolder}\". Choose another output folder (--out).", nameof(options));
        OutputFolder.Prepare(options.OutputDirectory);
        var results = new List<NotebookResult>();
        foreach (string file in files)
        {
            var result = await RunNotebookAsync(file, options.CellTimeLimit);
            string executed = Path.Combine(options.OutputDirectory, "executed", Path.GetFileName(file));
            string page = Path.Combine(options.OutputDirectory, PageRenderer.PageFileName(file));
            string? json = null;
            if (result.Notebook is { } notebook)
            {
                try { json = NotebookWriter.ToConformingJson(notebook); }
                catch (NotebookFormatException e)
                {
                    progress.WriteLine($"✘ {e.Message}");
                    result = result with { Notebook = null, FormatError = e.Problem };
                }
            }
            if (json is not null)
            {
                AtomicFile.WriteAllText(executed, json);
                AtomicFile.WriteAllText(page, PageRenderer.NotebookPage(result));
            }
            else
            {
                // Nothing is written for a malformed notebook, and what an earlier run wrote for it
                // goes: a stale page would show results the file no longer produces. The index
                // lists it as "not a valid notebook", without a link.
                OutputFolder.DeleteIfPresent(executed);
                OutputFolder.DeleteIfPresent(page);
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
