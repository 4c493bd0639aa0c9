using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace TeachingKit.Kernel.Engine;

/// <summary>Builds the <see cref="ExecutionError"/> of each way a cell can fail, naming the cell and the line.</summary>
public static class ExecutionErrors
{
    internal static ExecutionError Directive(string cell, DirectiveProblem problem) =>
        Make(ErrorKind.Directive, "DirectiveError", problem.Message, cell, problem.Line);

    internal static ExecutionError Package(string cell, int line, string message) =>
        Make(ErrorKind.PackageNotAvailable, "PackageNotAvailable", message, cell, line);

    internal static ExecutionError Interrupted(string cell) =>
        Make(ErrorKind.Interrupted, "Interrupted", "the cell was interrupted", cell, null);

    internal static ExecutionError Abandoned(string cell, TimeSpan grace) =>
        Make(ErrorKind.Interrupted, "Interrupted",
            $"the cell was interrupted but did not stop within {grace.TotalSeconds:0.#} s (a loop that never checks for " +
            "interruption); it keeps running in the background and keeps a core busy: restart the kernel", cell, null);

    /// <summary>The first error of a compilation; a line in a <c>#load</c>ed file names that file.</summary>
    internal static ExecutionError Compilation(string cell, CompilationErrorException e, string cellPath)
    {
        var first = e.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? e.Diagnostics.First();
        string message = $"{first.Id}: {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        if (!first.Location.IsInSource) return Make(ErrorKind.Compilation, "CompilationError", message, cell, null);
        var span = first.Location.GetLineSpan();
        int line = span.StartLinePosition.Line + 1;
        if (!string.IsNullOrEmpty(span.Path) && !string.Equals(span.Path, cellPath, StringComparison.Ordinal))
            return Make(ErrorKind.Compilation, "CompilationError", $"in the loaded file {span.Path}, line {line}: {message}", cell, null);
        return Make(ErrorKind.Compilation, "CompilationError", message, cell, line);
    }

    /// <summary>An exception thrown by the cell, located at the deepest frame of the cell's own code.</summary>
    internal static ExecutionError Runtime(string cell, Exception e, string cellPath)
    {
        int? line = new StackTrace(e, fNeedFileInfo: true).GetFrames()
            .Where(f => string.Equals(f.GetFileName(), cellPath, StringComparison.Ordinal) && f.GetFileLineNumber() > 0)
            .Select(f => (int?)f.GetFileLineNumber())
            .FirstOrDefault();
        string type = e.GetType().Name;
        return Make(ErrorKind.Runtime, e.GetType().FullName ?? type, $"{type}: {SafeMessage(e)}", cell, line);
    }

    /// <summary>The exception's message; a Message getter that itself throws is reported as such, not rethrown.</summary>
    public static string SafeMessage(Exception e)
    {
        try { return e.Message; }
        catch (Exception inner) { return $"(the exception's Message property threw {inner.GetType().Name})"; }
    }

    private static ExecutionError Make(ErrorKind kind, string name, string message, string cell, int? line) =>
        new(kind, name, message, line, [line is int l ? $"{cell}, line {l}: {message}" : $"{cell}: {message}"]);
}
