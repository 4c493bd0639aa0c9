using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeachingKit.Kernel.Engine;

namespace TeachingKit.Notebooks.Model;

/// <summary>
/// Writes a notebook as nbformat 4.5 JSON: every cell with an id, every code cell with
/// execution_count and outputs, every output with the fields its output_type requires.
/// </summary>
/// <remarks>Keys are sorted and indented by one space, as Jupyter writes them, so diffs stay small.</remarks>
public static class NotebookWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = NotebookJson.MaxDepth + 1,   // metadata is copied as read, as deep as the reader accepts
    };

    /// <summary>The notebook as nbformat 4.5 JSON text.</summary>
    public static string ToJson(Notebook notebook) => Tree(notebook).ToJsonString(Options) + "\n";

    /// <summary>
    /// <see cref="ToJson"/>, checked with <see cref="NbformatValidator"/> before anything is written,
    /// so that the runner never writes an executed notebook that does not conform to nbformat 4.5.
    /// </summary>
    /// <exception cref="NotebookFormatException">The JSON would not conform (names the first problem).</exception>
    public static string ToConformingJson(Notebook notebook) => Conforming(notebook).ToJsonString(Options) + "\n";

    /// <summary>
    /// The conforming notebook, checked as <see cref="ToConformingJson"/> does, for <see cref="Write"/>: the tree is checked
    /// (it is what gets written), so neither the text nor a second parse of it is ever held in memory.
    /// </summary>
    /// <exception cref="NotebookFormatException">The notebook would not conform (names the first problem).</exception>
    public static JsonObject Conforming(Notebook notebook)
    {
        var root = Tree(notebook);
        var problems = NbformatValidator.Validate(root);
        if (problems.Count > 0)
            throw new NotebookFormatException(notebook.Path, $"the executed notebook would not conform to nbformat 4.5: {problems[0]}");
        return root;
    }

    /// <summary>Writes <paramref name="root"/> (from <see cref="Conforming"/>) as <see cref="ToJson"/> would, one cell at a time to <paramref name="stream"/>.</summary>
    public static void Write(JsonObject root, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true, IndentSize = 1, Encoder = Options.Encoder, MaxDepth = Options.MaxDepth,
        });
        writer.WriteStartObject();
        foreach (var (name, value) in root)
        {
            writer.WritePropertyName(name);
            if (value is JsonArray cells && name == "cells")
            {
                writer.WriteStartArray();
                foreach (var cell in cells)
                {
                    cell!.WriteTo(writer, Options);
                    writer.Flush();   // a cell at a time: the writer's buffer never holds more than the largest cell
                }
                writer.WriteEndArray();
            }
            else if (value is null) writer.WriteNullValue();
            else value.WriteTo(writer, Options);
        }
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static JsonObject Tree(Notebook notebook) => new()
    {
        ["cells"] = new JsonArray(notebook.Cells.Select(CellJson).ToArray<JsonNode?>()),
        ["metadata"] = notebook.Metadata.DeepClone(),
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    private static JsonObject CellJson(Cell cell)
    {
        var json = new JsonObject
        {
            ["cell_type"] = cell.Type.ToString().ToLowerInvariant(),
        };
        if (cell.Type == CellType.Code) json["execution_count"] = cell.ExecutionCount;
        json["id"] = cell.Id;
        json["metadata"] = cell.Metadata.DeepClone();
        if (cell.Attachments is not null && cell.Type != CellType.Code) json["attachments"] = cell.Attachments.DeepClone();
        if (cell.Type == CellType.Code)
            json["outputs"] = new JsonArray(cell.Outputs.Select(OutputJson).ToArray<JsonNode?>());
        json["source"] = Lines(cell.Source);
        return json;
    }

    private static JsonObject OutputJson(CellOutput output) => output switch
    {
        StreamOutput s => new JsonObject
        {
            ["name"] = s.Name,
            ["output_type"] = "stream",
            ["text"] = Lines(s.Text),
        },
        DisplayOutput { IsExecuteResult: true } d => new JsonObject
        {
            ["data"] = Bundle(d.Data),
            ["execution_count"] = d.ExecutionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        DisplayOutput d => new JsonObject
        {
            ["data"] = Bundle(d.Data),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
        ErrorOutput e => new JsonObject
        {
            ["ename"] = e.Name,
            ["evalue"] = e.Value,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "Unknown output kind."),
    };

    private static JsonObject Bundle(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, content) in data.OrderBy(p => p.Key, StringComparer.Ordinal))
            bundle[mime] = MimeTypes.IsJson(mime) ? JsonNode.Parse(content) : Lines(content);
        return bundle;
    }

    /// <summary>nbformat's multi-line string: a list of lines, each but the last ending in "\n".</summary>
    /// <remarks>A text of one line is kept as it is, not copied (a giant single-line output is not held twice).</remarks>
    private static JsonArray Lines(string text)
    {
        if (text.IndexOf('\n') is var newline && (newline < 0 || newline == text.Length - 1)) return text.Length == 0 ? [] : [text];
        var lines = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) { lines.Add(text[start..]); break; }
            lines.Add(text[start..(end + 1)]);
            start = end + 1;
        }
        return lines;
    }
}
