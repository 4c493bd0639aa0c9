namespace TeachingKit.Kernel.Engine;

/// <summary>Receives a cell's outputs as they happen, so a kernel can publish them while the cell runs.</summary>
/// <remarks>
/// Called from the cell's threads: implementations must be thread-safe. A MIME bundle maps a MIME type to its
/// content; for JSON types (see <see cref="MimeTypes.IsJson"/>) the content is JSON text.
/// </remarks>
public interface IExecutionObserver
{
    /// <summary>Console text written to "stdout" or "stderr".</summary>
    void Stream(string name, string text);

    /// <summary>A value shown with <c>display(x)</c>.</summary>
    void Display(IReadOnlyDictionary<string, string> bundle);

    /// <summary>The value of the cell's last expression.</summary>
    void Result(IReadOnlyDictionary<string, string> bundle);

    /// <summary>Reads a line from the user for <c>Console.ReadLine</c>, or null when the front end allows no input.</summary>
    string? ReadLine(string prompt) => null;
}

/// <summary>What kind of error stopped a cell.</summary>
public enum ErrorKind { Directive, PackageNotAvailable, Compilation, Runtime, Interrupted }

/// <summary>The error that stopped a cell.</summary>
/// <param name="Kind">Which stage failed.</param>
/// <param name="Name">"CompilationError", "DirectiveError", the exception's type name, …</param>
/// <param name="Message">What went wrong, in one line.</param>
/// <param name="Line">1-based line in the cell, or null when no line can be named.</param>
/// <param name="Traceback">Lines that locate the error for a reader.</param>
public sealed record ExecutionError(ErrorKind Kind, string Name, string Message, int? Line, IReadOnlyList<string> Traceback);

/// <summary>How the engine stands between cells.</summary>
public enum EngineState
{
    /// <summary>Ready for the next cell.</summary>
    Idle,
    /// <summary>A cell is running.</summary>
    Busy,
    /// <summary>An interrupted cell did not stop and still runs in the background: restart the process to free its core.</summary>
    Poisoned,
}

/// <summary>MIME types the kit emits.</summary>
public static class MimeTypes
{
    public const string Plain = "text/plain";
    public const string Html = "text/html";
    public const string Plotly = "application/vnd.plotly.v1+json";

    /// <summary>True for types whose content is JSON (written as a JSON value in nbformat and on the wire).</summary>
    public static bool IsJson(string mime) =>
        mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);
}
