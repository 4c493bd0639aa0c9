using System.Text;

namespace TeachingKit.Notebooks.Execution;

/// <summary>
/// Sends Console.Out and Console.Error of the code running for a cell to that cell's outputs.
/// </summary>
/// <remarks>
/// Console.SetOut is process-wide, so a routing writer is installed once and the target is an
/// AsyncLocal: each cell (and any task it starts) writes to its own outputs, and notebooks run
/// side by side (as tests do) never see each other's text. Everything else goes to the real console.
/// </remarks>
public static class ConsoleCapture
{
    private static readonly AsyncLocal<OutputCollector?> Current = new();
    private static readonly object InstallLock = new();
    private static TextWriter? _realOut;
    private static TextWriter? _realError;

    /// <summary>The collector of the cell running in the current async flow, if any.</summary>
    internal static OutputCollector? CurrentCollector => Current.Value;

    /// <summary>The process's own standard output, for the runner's progress messages.</summary>
    public static TextWriter RealOut => _realOut ?? Console.Out;

    /// <summary>The process's own standard error.</summary>
    public static TextWriter RealError => _realError ?? Console.Error;

    /// <summary>Installs the routing writers (once per process).</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (_realOut is not null) return;
            _realOut = Console.Out;
            _realError = Console.Error;
            Console.SetOut(new RoutingWriter("stdout", _realOut));
            Console.SetError(new RoutingWriter("stderr", _realError));
        }
    }

    /// <summary>Routes console text of the current async flow to <paramref name="collector"/> until disposed.</summary>
    public static IDisposable RouteTo(OutputCollector collector)
    {
        Install();
        var previous = Current.Value;
        Current.Value = collector;
        return new Restore(previous);
    }

    private sealed class Restore(OutputCollector? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }

    private sealed class RoutingWriter(string stream, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => fallback.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is null) return;
            if (Current.Value is { } collector) collector.WriteText(stream, value);
            else fallback.Write(value);
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write((value ?? "") + "\n");

        public override void Flush()
        {
            if (Current.Value is null) fallback.Flush();
        }
    }
}
