using TeachingKit.Kernel.Client;
using System.Diagnostics;
using System.Globalization;
using TeachingKit.Kernel.Engine;
using TeachingKit.Notebooks.Execution;
using TeachingKit.Notebooks.IO;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Site;

namespace TeachingKit.Notebooks.Runner;

/// <summary>What to run and where to write.</summary>
/// <param name="Inputs">Notebook files or folders (a folder means its *.ipynb files, sorted).</param>
/// <param name="OutputDirectory">The site folder: pages, assets/, executed/*.ipynb.</param>
/// <param name="CellTimeLimit">The longest a single cell may run.</param>
/// <param name="Parallel">How many notebooks (kernel processes) run at once.</param>
/// <param name="Force">Write into a non-empty output folder that the kit did not write (no marker file).</param>
/// <param name="StudentEdition">Run the student edition (solution cells removed, answers reset) instead of the notebooks as they are.</param>
public sealed record NotebookRunOptions(IReadOnlyList<string> Inputs, string OutputDirectory, TimeSpan CellTimeLimit, int Parallel = 1, bool Force = false,
    bool StudentEdition = false)
{
    /// <summary>The default per-cell time limit: generous for a lecture cell, short for a hung one.</summary>
    public static readonly TimeSpan DefaultCellTimeLimit = TimeSpan.FromSeconds(120);
}

/// <summary>
/// Executes notebooks headless, each in its own kernel process, up to <see cref="NotebookRunOptions.Parallel"/> at once,
/// and writes each executed .ipynb and its page as it ends, then the index. A failing notebook (or a dying kernel)
/// does not stop the others.
/// </summary>
public sealed class NotebookRunner(TextWriter progress, TextWriter? warnings = null)
{
    private readonly object _print = new();
    private readonly TextWriter _warnings = warnings ?? Console.Error;

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
                List<string> found;
                // A folder that cannot be listed is reported as that input's read error; the other inputs run.
                try { found = Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal).ToList(); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { found = [input]; }
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

    /// <summary>
    /// Runs every notebook of <paramref name="options"/> and writes the site: the index first, with every notebook
    /// "not run yet", then each notebook's executed copy and page as it ends (and the index again), and at the end the
    /// index marked complete. A run that dies leaves an index that says it did not finish.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The inputs are wrong (see <see cref="ResolveInputs"/>), a file of the site would overwrite an input notebook
    /// (links resolved), or the output folder holds files the kit did not write (without --force); nothing ran.
    /// </exception>
    /// <exception cref="IOException">The output folder cannot be written or another runner holds it (checked before anything runs).</exception>
    public async Task<RunSummary> RunAsync(NotebookRunOptions options)
    {
        var files = ResolveInputs(options.Inputs);
        SiteLayout.RefuseOverwritingInputs(files, options.OutputDirectory);
        using var site = SiteFolder.Open(options.OutputDirectory, files, options.Force);
        var index = new SiteIndex(site, files);
        SiteAssets.Write(site);
        using var slots = new SemaphoreSlim(Math.Max(1, options.Parallel));
        using var prestart = new KernelPrestart(files, Math.Max(1, options.Parallel), options.CellTimeLimit);
        var runs = files.Select(async (file, i) =>
        {
            await slots.WaitAsync();
            try
            {
                var kernel = prestart.Take(i);
                var result = await Task.Factory.StartNew(() => RunAndWrite(file, options, site, kernel), CancellationToken.None,
                    TaskCreationOptions.LongRunning, TaskScheduler.Default);
                index.Ended(i, result);
                return result;
            }
            finally { slots.Release(); }
        }).ToList();
        var results = (await Task.WhenAll(runs)).ToList();
        index.Complete();
        return new RunSummary(results, Path.Combine(site.Directory, SiteLayout.IndexFileName));
    }

    /// <summary>Runs one notebook and writes its executed copy and page (nothing for a malformed one).</summary>
    private NotebookResult RunAndWrite(string file, NotebookRunOptions options, SiteFolder site, Task<KernelClient>? kernel)
    {
        NotebookResult result;
        try { result = RunNotebook(file, options.CellTimeLimit, live: options.Parallel <= 1, options.StudentEdition, kernel); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the runner itself with this notebook ends only this notebook, reported as what it is.
            string message = $"the runner failed on this notebook: {e.GetType().Name}: {ExecutionErrors.SafeMessage(e)}";
            Print($"✘ {Path.GetFileName(file)}: {message}");
            return new NotebookResult(file, null, message, null, TimeSpan.Zero);
        }
        System.Text.Json.Nodes.JsonObject? json = null;
        if (result.Notebook is { } notebook)
        {
            try { json = NotebookWriter.Conforming(notebook); }
            catch (NotebookFormatException e)
            {
                Print($"✘ {e.Message}");
                result = result with { Notebook = null, FormatError = e.Problem };
            }
        }
        // Pages and executed copies of earlier runs were removed when the run began, so a malformed notebook has none.
        if (json is not null)
        {
            site.Write(Path.Combine("executed", Path.GetFileName(file)), stream => NotebookWriter.Write(json, stream));
            json = null;   // the tree is as large as the outputs: let it go before the page is made
            site.Write(SiteLayout.PageFileName(file), stream =>
            {
                using var page = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                PageRenderer.WriteNotebookPage(result, page);
            });
        }
        return result;
    }

    /// <summary>Reads and executes one notebook in its own kernel; never throws for a bad notebook, a failing cell or a dying kernel.</summary>
    /// <param name="live">Print each cell's line as it ends (one notebook at a time); otherwise the notebook's lines come together at its end.</param>
    /// <param name="studentEdition">Run the student edition of the notebook.</param>
    /// <param name="kernel">Its kernel, started ahead, or null to start one.</param>
    public NotebookResult RunNotebook(string path, TimeSpan cellTimeLimit, bool live = true, bool studentEdition = false, Task<KernelClient>? kernel = null)
    {
        string name = Path.GetFileName(path);
        Notebook notebook;
        try
        {
            notebook = NotebookReader.Read(path);
            if (studentEdition) notebook = Editions.StudentEdition.Of(notebook);
        }
        catch (NotebookFormatException e)
        {
            KernelPrestart.Release(kernel);
            Print($"✘ {e.Message}");
            return new NotebookResult(path, null, e.Problem, null, TimeSpan.Zero);
        }

        Print($"▶ {name}");
        var lines = new List<string>();
        var watch = Stopwatch.StartNew();
        var executor = new NotebookExecutor(cellTimeLimit, line => { if (live) Print(line); else lines.Add(line); },
            line => { lock (_print) _warnings.WriteLine(line); });
        var failure = executor.Run(notebook, kernel);
        watch.Stop();
        int executed = notebook.Cells.Count(c => c.ExecutionCount is not null);
        lines.Add(failure is null
            ? $"✔ {name}: {executed} code cells in {Seconds(watch.Elapsed)}"
            : $"✘ {failure.Describe(name)}");
        Print(string.Join("\n", lines));
        return new NotebookResult(path, notebook, null, failure, watch.Elapsed);
    }

    private void Print(string text)
    {
        lock (_print) progress.WriteLine(text);
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
