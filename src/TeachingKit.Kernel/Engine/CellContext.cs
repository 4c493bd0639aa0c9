using TeachingKit.Kernel.Formatting;

namespace TeachingKit.Kernel.Engine;

/// <summary>
/// The running cell as its own code sees it: console text, <c>display(x)</c> and input go to the cell's observer
/// until the cell ends; what a thread it started writes afterwards is dropped, with one warning.
/// </summary>
internal sealed class CellContext(IExecutionObserver observer, ValueFormatter formatter, string cell)
{
    private readonly object _lock = new();
    private bool _closed;
    private bool _toldLate;

    /// <summary>Console text of the cell.</summary>
    public void Write(string stream, string text)
    {
        lock (_lock)
        {
            if (_closed) { WarnLate(); return; }
            observer.Stream(stream, text);
        }
    }

    /// <summary>A displayed value (or, <paramref name="asResult"/>, the cell's last value), formatted on the calling thread.</summary>
    public void Display(object? value, bool asResult = false)
    {
        var bundle = formatter.Format(value);
        lock (_lock)
        {
            if (_closed) { WarnLate(); return; }
            if (asResult) observer.Result(bundle);
            else observer.Display(bundle);
        }
    }

    /// <summary>A line typed by the user, or an error that says why there is none.</summary>
    public string ReadLine(string prompt)
    {
        if (_closed) throw new InvalidOperationException("Console.ReadLine was called after its cell finished.");
        return observer.ReadLine(prompt) ?? throw new InvalidOperationException(
            "Console.ReadLine: this front end does not accept input for this cell (allow_stdin is false; the headless runner never does). " +
            "Set the value in the cell instead.");
    }

    /// <summary>Ends the cell: later writes are dropped.</summary>
    public void Close()
    {
        lock (_lock) _closed = true;
    }

    private void WarnLate()
    {
        if (_toldLate) return;
        _toldLate = true;
        ConsoleCapture.RealError.WriteLine($"warning: {cell}: console output written after the cell finished " +
            "(by a thread it started, or after it was interrupted) is not recorded.");
    }
}
