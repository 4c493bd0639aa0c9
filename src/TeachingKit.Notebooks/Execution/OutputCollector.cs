using System.Text;
using TeachingKit.Notebooks.Formatting;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Execution;

/// <summary>
/// Collects the outputs of one cell in the order they happen: consecutive console text of one
/// stream becomes one stream output; a displayed value ends the text before it.
/// </summary>
/// <remarks>Thread-safe: cell code may write from several threads (Parallel.For, tasks).</remarks>
public sealed class OutputCollector(ValueFormatter formatter)
{
    private readonly List<CellOutput> _outputs = new();
    private readonly StringBuilder _pendingText = new();
    private readonly object _lock = new();
    private string? _pendingStream;

    /// <summary>Appends console text to the stream <paramref name="stream"/> ("stdout" or "stderr").</summary>
    public void WriteText(string stream, string text)
    {
        lock (_lock)
        {
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

    /// <summary>The outputs so far (pending text included).</summary>
    public IReadOnlyList<CellOutput> Outputs()
    {
        lock (_lock)
        {
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
