using TeachingKit.Notebooks.Execution;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Runner;

/// <summary>How a notebook's run ended.</summary>
public enum NotebookStatus { Passed, Failed, Malformed }

/// <summary>The result of running one notebook file.</summary>
/// <param name="Path">The input file.</param>
/// <param name="Notebook">The executed notebook, or null when the file was malformed.</param>
/// <param name="FormatError">Why the file is not a notebook, or null.</param>
/// <param name="Failure">The cell failure that stopped it, or null.</param>
/// <param name="Elapsed">Time spent running its cells.</param>
public sealed record NotebookResult(string Path, Notebook? Notebook, string? FormatError, CellFailure? Failure, TimeSpan Elapsed)
{
    public NotebookStatus Status =>
        Notebook is null ? NotebookStatus.Malformed : Failure is null ? NotebookStatus.Passed : NotebookStatus.Failed;
}

/// <summary>What a run produced: one result per input file, and the process exit code.</summary>
public sealed record RunSummary(IReadOnlyList<NotebookResult> Results, string SiteIndex)
{
    /// <summary>0: every notebook ran; 1: a cell failed; 2: a file was not a valid notebook.</summary>
    public int ExitCode =>
        Results.Any(r => r.Status == NotebookStatus.Malformed) ? 2
        : Results.Any(r => r.Status == NotebookStatus.Failed) ? 1
        : 0;
}
