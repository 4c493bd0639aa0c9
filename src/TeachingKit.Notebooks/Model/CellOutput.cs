namespace TeachingKit.Notebooks.Model;

/// <summary>One output of a code cell, as nbformat 4 defines its four kinds.</summary>
public abstract record CellOutput;

/// <summary>Text written to stdout or stderr while the cell ran.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>
/// A value shown by <c>display(x)</c> (<see cref="ExecutionCount"/> null) or the value of the
/// cell's last expression (an execute_result, with the cell's execution count).
/// </summary>
/// <param name="Data">Mime type → content; always has text/plain, text/html when the kit made HTML.</param>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, int? ExecutionCount = null) : CellOutput
{
    /// <summary>True for an execute_result, false for a display_data.</summary>
    public bool IsExecuteResult => ExecutionCount is not null;
}

/// <summary>An error that stopped the cell: a compile error, an exception or a time-out.</summary>
/// <param name="Name">Error kind, e.g. "CompilationError" or the exception's type name.</param>
/// <param name="Value">The message.</param>
/// <param name="Traceback">Lines that locate the error (notebook, cell, line; stack).</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
