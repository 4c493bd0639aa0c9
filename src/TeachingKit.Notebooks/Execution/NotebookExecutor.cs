using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using TeachingKit.Kernel.Client;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Execution;

/// <summary>
/// Executes one notebook in its own kernel process, cell by cell, as nbclient does: outputs become the cells'
/// outputs, the first failing cell stops the notebook, and whatever happens inside the kernel (an exit, a stack
/// overflow, an endless loop) ends only this notebook.
/// </summary>
/// <param name="cellTimeLimit">The longest a cell may run before it is interrupted (and its kernel ended if it does not stop).</param>
/// <param name="progress">Receives one line per cell.</param>
/// <param name="warnings">Receives the kernel's warnings (console text written after a cell ended).</param>
/// <param name="continueOnError">Run the cells after a failing one, as a grader does (not after the kernel died).</param>
/// <param name="environment">Extra environment variables of the kernel process (e.g. a GC heap limit).</param>
public sealed class NotebookExecutor(TimeSpan cellTimeLimit, Action<string> progress, Action<string> warnings,
    bool continueOnError = false, IReadOnlyDictionary<string, string>? environment = null)
{
    /// <summary>How long a kernel may take to start and answer kernel_info.</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    /// <summary>Starts, in the background, the kernel that <see cref="Run"/> would start for the notebook at <paramref name="path"/>.</summary>
    public Task<KernelClient> StartKernelAsync(string path) =>
        Task.Factory.StartNew(() => KernelClient.Start(Path.GetDirectoryName(Path.GetFullPath(path))!, StartLimit, KernelEnvironment(path)),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private Dictionary<string, string> KernelEnvironment(string path) =>
        new(environment ?? new Dictionary<string, string>()) { ["TEACHINGKIT_CHART_PREFIX"] = Path.GetFileNameWithoutExtension(path) };

    /// <summary>Runs every code cell of <paramref name="notebook"/> (writing their outputs and counts); returns the failure, or null.</summary>
    /// <param name="notebook">The notebook; its outputs are filled in.</param>
    /// <param name="started">Its kernel, started ahead by <see cref="StartKernelAsync"/>, or null to start one now.</param>
    public CellFailure? Run(Notebook notebook, Task<KernelClient>? started = null)
    {
        string name = notebook.FileName;
        var codeCells = notebook.Cells.Select((cell, i) => (Cell: cell, Number: i + 1)).Where(c => c.Cell.Type == CellType.Code).ToList();
        if (codeCells.Count == 0)
        {
            started?.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
            return null;
        }
        KernelClient kernel;
        try
        {
            kernel = started?.GetAwaiter().GetResult()
                ?? KernelClient.Start(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!, StartLimit, KernelEnvironment(notebook.Path));
        }
        catch (KernelDiedException e)
        {
            var failure = new CellFailure(codeCells[0].Number, null, "KernelDied", $"{e.Message}{Exit(e.ExitCode)}{LastWords(e.Log)}");
            codeCells[0].Cell.Outputs.Add(ErrorOf(failure, name));
            return failure;
        }
        using (kernel)
        {
            kernel.Process.Warning += line => warnings(line.Replace("warning: ", $"warning: {name}, ", StringComparison.Ordinal));
            int executed = 0;
            CellFailure? first = null;
            foreach (var (cell, number) in codeCells)
            {
                if (CellLanguage.OtherThanCSharp(cell.Metadata) is { } language)
                {
                    var refused = new CellFailure(number, null, "NotCSharp", $"cell {number} is {language}; the kit runs C# cells only");
                    cell.Outputs.Add(ErrorOf(refused, name));
                    progress($"  cell {number,3} ({executed}/{codeCells.Count} code) REFUSED: {language}");
                    return refused;
                }
                var watch = Stopwatch.StartNew();
                var outputs = new CellOutputs();
                var outcome = kernel.Execute(cell.Source, new JsonObject { ["teachingkit"] = new JsonObject { ["cell"] = number } },
                    cellTimeLimit, outputs.Add);
                var failure = FailureOf(outcome, number, kernel);
                cell.ExecutionCount = ++executed;
                cell.Outputs.AddRange(outputs.Close(failure is null ? null : ErrorOf(failure, name)));
                progress($"  cell {number,3} ({executed}/{codeCells.Count} code) {(failure is null ? "ok" : "FAILED")} " +
                    watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s");
                first ??= failure;
                if (failure is not null && (!continueOnError || kernel.Process.HasExited)) return failure;
            }
            kernel.Shutdown();
            return first;
        }
    }

    private CellFailure? FailureOf(ExecutionOutcome outcome, int number, KernelClient kernel)
    {
        string limit = $"the cell ran longer than the time limit of {cellTimeLimit.TotalSeconds:0.###} s (raise it with --cell-timeout SECONDS)";
        switch (outcome.End)
        {
            case ExecutionEnd.TimedOut:
                return new CellFailure(number, null, "TimeLimitExceeded", limit);
            case ExecutionEnd.TimedOutKilled:
                return new CellFailure(number, null, "TimeLimitExceeded", $"{limit}; it did not stop when interrupted, so its kernel was ended");
            case ExecutionEnd.KernelDied:
                return new CellFailure(number, null, "KernelDied", $"the kernel died (exit code {outcome.ExitCode}){LastWords(kernel.Process.LogTail)}");
        }
        var content = outcome.Reply!.Content;
        if (content["status"]?.GetValue<string>() == "ok") return null;
        string kind = content["ename"]?.GetValue<string>() ?? "Error";
        string message = content["evalue"]?.GetValue<string>() ?? "the cell failed";
        int? line = content["teachingkit"]?["line"] is JsonValue l && l.TryGetValue(out int n) ? n : null;
        return new CellFailure(number, line, kind, message);
    }

    private static ErrorOutput ErrorOf(CellFailure failure, string notebook) =>
        new(failure.Kind, failure.Message, [failure.Describe(notebook)]);

    private static string Exit(int? code) => code is int c ? $" (exit code {c})" : "";

    // The runtime's own last message says why a process ended (e.g. "Stack overflow."); the kernel's log otherwise.
    private static string LastWords(string log)
    {
        string? last = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => l.StartsWith("Stack overflow", StringComparison.Ordinal) || l.StartsWith("Process terminated", StringComparison.Ordinal)
                || l.StartsWith("Unhandled exception", StringComparison.Ordinal) || l.StartsWith("Out of memory", StringComparison.Ordinal));
        return last is null ? "" : $": {last}";
    }
}
