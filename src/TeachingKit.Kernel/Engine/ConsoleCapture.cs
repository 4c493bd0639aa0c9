using System.Text;

namespace TeachingKit.Kernel.Engine;

/// <summary>
/// Sends Console.Out, Console.Error and Console.In of the code running for a cell to that cell.
/// </summary>
/// <remarks>
/// Console.SetOut is process-wide, so a routing writer is installed once and the target is an AsyncLocal: each
/// cell (and any task it starts) writes to its own context; text from outside a cell goes to the real console.
/// A cell that replaces Console.Out itself changes only its own process (one kernel per notebook).
/// </remarks>
internal static class ConsoleCapture
{
    private static readonly AsyncLocal<CellContext?> Current = new();
    private static readonly object InstallLock = new();
    private static TextWriter? _realOut;
    private static TextWriter? _realError;

    /// <summary>The cell running in the current async flow, if any.</summary>
    public static CellContext? CurrentCell => Current.Value;

    /// <summary>The process's own standard error, for the kernel's log.</summary>
    public static TextWriter RealError => _realError ?? Console.Error;

    /// <summary>Installs the routing writers and reader (once per process).</summary>
    public static void Install()
    {
        lock (InstallLock)
        {
            if (_realOut is not null) return;
            _realOut = Console.Out;
            _realError = Console.Error;
            Console.SetOut(new RoutingWriter("stdout", _realOut));
            Console.SetError(new RoutingWriter("stderr", _realError));
            Console.SetIn(new RoutingReader());
        }
    }

    /// <summary>Routes console text of the current async flow to <paramref name="cell"/>.</summary>
    public static void Enter(CellContext cell)
    {
        Install();
        Current.Value = cell;
    }

    private sealed class RoutingWriter(string stream, TextWriter fallback) : TextWriter
    {
        public override Encoding Encoding => fallback.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is null) return;
            if (Current.Value is { } cell) cell.Write(stream, value);
            else fallback.Write(value);
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write((value ?? "") + "\n");

        public override void Flush()
        {
            if (Current.Value is null) fallback.Flush();
        }
    }

    private sealed class RoutingReader : TextReader
    {
        public override string? ReadLine() =>
            Current.Value is { } cell ? cell.ReadLine("") : null;

        public override int Read() => -1;
    }
}
