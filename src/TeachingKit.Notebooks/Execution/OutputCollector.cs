using System.Text;
using TeachingKit.Notebooks.Formatting;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Execution;

/// <summary>
/// Collects the outputs of one cell in the order they happen: consecutive console text of one
/// stream becomes one stream output; a displayed value ends the text before it.
/// </summary>
/// <remarks>
/// Thread-safe: cell code may write from several threads (Parallel.For, tasks). Once the cell's
/// outputs are taken (<see cref="Close"/>), text that a thread it started writes later is not
/// recorded: the runner says so once, on its own standard error, naming <paramref name="cell"/>.
/// </remarks>
/// <param name="formatter">Formats displayed values.</param>
/// <param name="cell">"notebook, cell N", for the message about late output.</param>
public sealed class OutputCollector(ValueFormatter formatter, string cell = "a cell")
{
    private readonly List<CellOutput> _outputs = new();
    private readonly StringBuilder _pendingText = new();
    private readonly object _lock = new();
    private string? _pendingStream;
    private bool _closed;
    private bool _toldLate;

    /// <summary>Appends console text to the stream <paramref name="stream"/> ("stdout" or "stderr").</summary>
    public void WriteText(string stream, string text)
    {
        lock (_lock)
        {
            if (_closed)
            {
                if (!_toldLate)
                    ConsoleCapture.RealError.WriteLine($"warning: {cell}: console output written after the cell finished " +
                        "(by a thread it started, or after its time limit) is not recorded.");
                _toldLate = true;
                return;
            }
            if (_pendingStream != stream) FlushText();
            _pendingStream = stream;
            _pendingText.Append(text);
        }
    }

    /// <summary>Adds a value shown with display(x).</summary>
    public void Display(object? value)
    {
        var data = formatter.Format(value);
        lock (_lock)
        {
            FlushText();
            _outputs.Add(new DisplayOutput(data));
        }
    }

    /// <summary>Adds the value of the cell's last expression, already formatted (inside the cell's time limit).</summary>
    public void Result(IReadOnlyDictionary<string, string> data, int executionCount)
    {
        lock (_lock)
        {
            FlushText();
            _outputs.Add(new DisplayOutput(data, executionCount));
        }
    }

    /// <summary>Adds the error that stopped the cell.</summary>
    public void Error(ErrorOutput error)
    {
        lock (_lock)
        {
            FlushText();
            _outputs.Add(error);
        }
    }

    /// <summary>The cell's final outputs; later writes are not recorded (see the remarks).</summary>
    public IReadOnlyList<CellOutput> Close()
    {
        lock (_lock)
        {
            _closed = true;
            FlushText();
            return _outputs.ToList();
        }
    }

    private void FlushText()
    {
        if (_pendingText.Length > 0 && _pendingStream is not null)
            _outputs.Add(new StreamOutput(_pendingStream, _pendingText.ToString()));
        _pendingText.Clear();
        _pendingStream = null;
    }
}
