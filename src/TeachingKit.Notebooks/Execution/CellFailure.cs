namespace TeachingKit.Notebooks.Execution;

/// <summary>Why a cell stopped its notebook: where (cell and line) and what happened.</summary>
/// <param name="CellNumber">1-based position of the cell in the notebook (markdown cells count).</param>
/// <param name="Line">1-based line in the cell, or null when no line can be named.</param>
/// <param name="Kind">"CompilationError", "TimeLimitExceeded", "DirectiveError" or the exception type.</param>
/// <param name="Message">What went wrong.</param>
public sealed record CellFailure(int CellNumber, int? Line, string Kind, string Message)
{
    /// <summary>"notebook, cell N, line L: message", the form the runner prints.</summary>
    public string Describe(string notebook) =>
        Line is int line
            ? $"{notebook}, cell {CellNumber}, line {line}: {Message}"
            : $"{notebook}, cell {CellNumber}: {Message}";
}
