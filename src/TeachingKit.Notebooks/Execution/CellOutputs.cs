using System.Text;
using System.Text.Json.Nodes;
using TeachingKit.Kernel.Engine;
using TeachingKit.Kernel.Protocol;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Execution;

/// <summary>
/// Turns a cell's IOPub messages into nbformat outputs in the order they came: consecutive text of one stream
/// becomes one stream output (the kernel sends text in batches); a display ends the text before it.
/// </summary>
/// <remarks>Error messages are not kept: the runner writes the error output itself, naming the notebook.</remarks>
public sealed class CellOutputs
{
    private readonly List<CellOutput> _outputs = new();
    private readonly StringBuilder _text = new();
    private string? _stream;

    /// <summary>Adds the output that <paramref name="message"/> carries, if any.</summary>
    public void Add(JupyterMessage message)
    {
        var content = message.Content;
        switch (message.MessageType)
        {
            case "stream":
                string name = content["name"]?.GetValue<string>() ?? "stdout";
                if (_stream != name) FlushText();
                _stream = name;
                _text.Append(content["text"]?.GetValue<string>());
                break;
            case "display_data":
                FlushText();
                _outputs.Add(new DisplayOutput(Bundle(content["data"])));
                break;
            case "execute_result":
                FlushText();
                _outputs.Add(new DisplayOutput(Bundle(content["data"]), content["execution_count"]?.GetValue<int>() ?? 0));
                break;
        }
    }

    /// <summary>The outputs so far, with <paramref name="error"/> last when the cell failed.</summary>
    public List<CellOutput> Close(ErrorOutput? error)
    {
        FlushText();
        if (error is not null) _outputs.Add(error);
        return _outputs;
    }

    private void FlushText()
    {
        if (_text.Length > 0 && _stream is not null) _outputs.Add(new StreamOutput(_stream, _text.ToString()));
        _text.Clear();
        _stream = null;
    }

    // JSON MIME types keep their JSON text; the rest are strings.
    private static Dictionary<string, string> Bundle(JsonNode? data)
    {
        var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is not JsonObject entries) return bundle;
        foreach (var (mime, value) in entries)
            bundle[mime] = MimeTypes.IsJson(mime) ? value?.ToJsonString() ?? "null" : value?.GetValue<string>() ?? "";
        return bundle;
    }
}
