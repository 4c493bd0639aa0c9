using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeachingKit.Notebooks.Model;

/// <summary>
/// The nbformat 4.5 schema rules for notebook metadata, cell metadata and cell attachments: the
/// parts of a notebook the runner copies from its input into the executed notebook. The reader
/// applies them to the input (a violation makes the file malformed), the validator to any file.
/// </summary>
/// <remarks>Source: nbformat/v4/nbformat.v4.5.schema.json (jupyter/nbformat), definitions
/// "metadata" of the notebook, "raw_cell", "markdown_cell", "code_cell" metadata and "misc.attachments".</remarks>
public static class NbformatMetadataRules
{
    /// <summary>The problems of the notebook's top-level metadata (at JSON path <paramref name="path"/>).</summary>
    public static IEnumerable<string> NotebookMetadata(JsonObject metadata, string path)
    {
        if (metadata["kernelspec"] is { } kernelspec &&
            (kernelspec is not JsonObject k || !IsString(k["name"]) || !IsString(k["display_name"])))
            yield return $"{path}.kernelspec: must be an object with string name and display_name";
        if (metadata["language_info"] is { } info)
        {
            if (info is not JsonObject l || !IsString(l["name"]))
                yield return $"{path}.language_info: must be an object with a string name";
            else
            {
                foreach (string key in new[] { "file_extension", "mimetype", "pygments_lexer" })
                    if (l[key] is { } value && !IsString(value)) yield return $"{path}.language_info.{key}: must be a string";
                if (l["codemirror_mode"] is { } mode && !IsString(mode) && mode is not JsonObject)
                    yield return $"{path}.language_info.codemirror_mode: must be a string or an object";
            }
        }
        if (metadata["orig_nbformat"] is { } orig && Integer(orig) is not >= 1)
            yield return $"{path}.orig_nbformat: must be an integer >= 1";
        if (metadata["title"] is { } title && !IsString(title)) yield return $"{path}.title: must be a string";
        if (metadata["authors"] is { } authors && authors is not JsonArray) yield return $"{path}.authors: must be an array";
    }

    /// <summary>The problems of a cell's metadata; <paramref name="cellType"/> is "markdown", "code" or "raw".</summary>
    public static IEnumerable<string> CellMetadata(JsonObject metadata, string cellType, string path)
    {
        if (metadata["name"] is { } name && !(IsString(name) && name.GetValue<string>() is { Length: > 0 } n && !n.Contains('\n') && !n.Contains('\r')))
            yield return $"{path}.name: must be a non-empty string on one line";
        if (metadata["tags"] is { } tags && !ValidTags(tags))
            yield return $"{path}.tags: must be an array of distinct strings without commas";
        if (metadata["jupyter"] is { } jupyter)
        {
            if (jupyter is not JsonObject j) yield return $"{path}.jupyter: must be an object";
            else if (cellType == "code")
                foreach (string key in new[] { "source_hidden", "outputs_hidden" })
                    if (j[key] is { } flag && !IsBoolean(flag)) yield return $"{path}.jupyter.{key}: must be true or false";
        }
        if (cellType == "raw" && metadata["format"] is { } format && !IsString(format))
            yield return $"{path}.format: must be a string";
        if (cellType != "code") yield break;
        if (metadata["execution"] is { } execution && (execution is not JsonObject e || e.Any(p => !IsString(p.Value))))
            yield return $"{path}.execution: must be an object of strings";
        if (metadata["collapsed"] is { } collapsed && !IsBoolean(collapsed))
            yield return $"{path}.collapsed: must be true or false";
        if (metadata["scrolled"] is { } scrolled && !IsBoolean(scrolled) && !(IsString(scrolled) && scrolled.GetValue<string>() == "auto"))
            yield return $"{path}.scrolled: must be true, false or \"auto\"";
    }

    /// <summary>The problems of a markdown or raw cell's attachments: an object of mime bundles.</summary>
    public static IEnumerable<string> Attachments(JsonNode? attachments, string path)
    {
        if (attachments is null) yield break;
        if (attachments is not JsonObject files) { yield return $"{path}: must be an object"; yield break; }
        foreach (var (file, bundle) in files)
            foreach (string problem in MimeBundle(bundle, $"{path}[\"{file}\"]")) yield return problem;
    }

    /// <summary>The problems of a mime bundle: every entry a multi-line string, except JSON mime types.</summary>
    public static IEnumerable<string> MimeBundle(JsonNode? bundle, string path)
    {
        if (bundle is not JsonObject data) { yield return $"{path}: must be an object"; yield break; }
        foreach (var (mime, content) in data)
        {
            bool isJson = mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("json", StringComparison.Ordinal);
            if (!isJson && !IsMultilineString(content)) yield return $"{path}[\"{mime}\"]: must be a string or an array of strings";
        }
    }

    private static bool ValidTags(JsonNode tags)
    {
        if (tags is not JsonArray list) return false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return list.All(t => IsString(t) && t!.GetValue<string>() is { Length: > 0 } s && !s.Contains(',') && seen.Add(s));
    }

    internal static bool IsMultilineString(JsonNode? node) => IsString(node) || (node is JsonArray lines && lines.All(IsString));

    internal static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static bool IsBoolean(JsonNode? node) => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    internal static int? Integer(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int i) ? i : null;
}
