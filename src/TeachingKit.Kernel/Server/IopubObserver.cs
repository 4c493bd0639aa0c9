using System.Text;
using System.Text.Json.Nodes;
using TeachingKit.Kernel.Engine;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Kernel.Server;

/// <summary>
/// Publishes a cell's outputs on IOPub as they happen: console text is batched for at most
/// <see cref="StreamDelay"/> (a loop that prints a million lines sends few messages), displays and the result
/// go out at once after the text before them.
/// </summary>
internal sealed class IopubObserver(KernelServer kernel, JupyterMessage request, bool silent, bool allowStdin, int executionCount)
    : IExecutionObserver, IDisposable
{
    /// <summary>The longest console text waits before it is published.</summary>
    public static readonly TimeSpan StreamDelay = TimeSpan.FromMilliseconds(50);

    private const int MaxBatch = 64 * 1024;
    private readonly object _lock = new();
    private readonly StringBuilder _pending = new();
    private string? _pendingName;
    private Timer? _timer;

    public void Stream(string name, string text)
    {
        if (silent) return;
        lock (_lock)
        {
            if (_pendingName != name) FlushLocked();
            _pendingName = name;
            _pending.Append(text);
            if (_pending.Length >= MaxBatch) FlushLocked();
            else _timer ??= new Timer(_ => Flush(), null, StreamDelay, Timeout.InfiniteTimeSpan);
        }
    }

    public void Display(IReadOnlyDictionary<string, string> bundle) =>
        PublishAfterText("display_data", new JsonObject { ["data"] = Data(bundle), ["metadata"] = new JsonObject(), ["transient"] = new JsonObject() });

    public void Result(IReadOnlyDictionary<string, string> bundle) =>
        PublishAfterText("execute_result", new JsonObject { ["execution_count"] = executionCount, ["data"] = Data(bundle), ["metadata"] = new JsonObject() });

    public string? ReadLine(string prompt)
    {
        if (!allowStdin) return null;
        Flush();
        return kernel.RequestInput(prompt, request);
    }

    /// <summary>Publishes the text still waiting.</summary>
    public void Flush()
    {
        lock (_lock) FlushLocked();
    }

    public void Dispose()
    {
        Flush();
        lock (_lock) _timer?.Dispose();
    }

    /// <summary>The MIME bundle as Jupyter's data dict: JSON types as JSON values, the rest as strings.</summary>
    public static JsonObject Data(IReadOnlyDictionary<string, string> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, content) in bundle)
            data[mime] = MimeTypes.IsJson(mime) ? JsonNode.Parse(content) : JsonValue.Create(content);
        return data;
    }

    private void PublishAfterText(string type, JsonObject content)
    {
        if (silent) return;
        lock (_lock)
        {
            FlushLocked();
            kernel.Publish(type, content, request);
        }
    }

    private void FlushLocked()
    {
        _timer?.Dispose();
        _timer = null;
        if (_pending.Length == 0 || _pendingName is null) return;
        kernel.Publish("stream", new JsonObject { ["name"] = _pendingName, ["text"] = _pending.ToString() }, request);
        _pending.Clear();
    }
}
