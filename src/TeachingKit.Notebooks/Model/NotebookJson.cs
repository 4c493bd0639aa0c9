using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace TeachingKit.Notebooks.Model;

/// <summary>
/// Checks notebook bytes the way Jupyter reads them, before any JSON tree is built: strict UTF-8 (Jupyter refuses
/// invalid bytes; .NET would read them as U+FFFD), JSON syntax, no repeated key in an object (System.Text.Json
/// would throw on first access, far from the file), and a nesting limit. Each problem names one line.
/// </summary>
public static class NotebookJson
{
    /// <summary>
    /// The deepest nesting accepted: Python's json (which Jupyter uses) stops at about 997 levels under its default
    /// recursion limit, so the kit accepts up to 990.
    /// </summary>
    public const int MaxDepth = 990;

    /// <summary>Options for building trees and writing them back out at the accepted depth (System.Text.Json's default is 64).</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth + 1 };

    /// <summary>The problem with <paramref name="utf8"/> (without a byte-order mark), or null when it is well-formed.</summary>
    public static string? Problem(ReadOnlySpan<byte> utf8)
    {
        if (!Utf8.IsValid(utf8)) return $"invalid UTF-8 at byte offset {InvalidUtf8Offset(utf8)} (Jupyter reads notebooks as UTF-8)";
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        var keys = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray when reader.CurrentDepth >= MaxDepth:
                        return $"nested too deeply at line {Line(utf8, reader.TokenStartIndex)} (limit {MaxDepth} levels)";
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        string key = reader.GetString()!;
                        if (!keys.Peek().Add(key)) return $"duplicate key '{key}' at line {Line(utf8, reader.TokenStartIndex)}";
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            // The message ends with its own "LineNumber: 0 | BytePositionInLine: 5." (0-based): give one line number.
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return $"bad JSON at line {(e.LineNumber ?? 0) + 1}: {(cut >= 0 ? message[..cut] : message)}";
        }
        return null;
    }

    /// <summary>The bytes without a UTF-8 byte-order mark (which .NET's File.ReadAllText skipped too).</summary>
    public static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith(Encoding.UTF8.Preamble) ? utf8[3..] : utf8;

    /// <summary>A tree of bytes that <see cref="Problem"/> passed.</summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        return JsonNode.Parse(ref reader);
    }

    /// <summary>
    /// The tree of bytes that <see cref="Problem"/> passed, without the code cells' stored outputs: a run replaces
    /// them, and skipping them means a notebook whose size is old outputs costs little more memory than its bytes.
    /// </summary>
    public static JsonNode? ParseWithoutOutputs(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject) return JsonNode.Parse(ref reader);
        var root = new JsonObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            root[name] = name == "cells" && reader.TokenType == JsonTokenType.StartArray ? CellsWithoutOutputs(ref reader) : JsonNode.Parse(ref reader);
        }
        return root;
    }

    private static JsonArray CellsWithoutOutputs(ref Utf8JsonReader reader)
    {
        var cells = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                cells.Add(JsonNode.Parse(ref reader));
                continue;
            }
            var cell = new JsonObject();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                if (name == "outputs")
                {
                    reader.Skip();
                    cell[name] = new JsonArray();
                }
                else cell[name] = JsonNode.Parse(ref reader);
            }
            cells.Add(cell);
        }
        return cells;
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            int offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(utf8[offset..], buffer, out int read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall) return offset;
            }
        }
        finally { ArrayPool<char>.Shared.Return(buffer); }
    }

    private static long Line(ReadOnlySpan<byte> utf8, long index) => utf8[..(int)index].Count((byte)'\n') + 1;
}
