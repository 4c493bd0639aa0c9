using System.Text.Json.Nodes;

namespace TeachingKit.Notebooks.Model;

/// <summary>
/// Checks a notebook file against the nbformat 4.5 rules (the v4.5 JSON schema of the Jupyter
/// nbformat documentation, plus unique cell ids): required and allowed fields of the notebook,
/// of each cell type and of each output type, the types of their values, and the metadata and
/// attachment rules of <see cref="NbformatMetadataRules"/>.
/// </summary>
public static class NbformatValidator
{
    private static readonly string[] RootKeys = ["cells", "metadata", "nbformat", "nbformat_minor"];
    private static readonly string[] TextCellKeys = ["attachments", "cell_type", "id", "metadata", "source"];
    private static readonly string[] CodeCellKeys = ["cell_type", "execution_count", "id", "metadata", "outputs", "source"];

    /// <summary>The problems of <paramref name="json"/>, each with its JSON path; empty when it conforms.</summary>
    public static IReadOnlyList<string> Validate(string json) => Validate(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The problems of the UTF-8 notebook <paramref name="utf8"/>, each with its JSON path; empty when it conforms.</summary>
    public static IReadOnlyList<string> Validate(ReadOnlySpan<byte> utf8)
    {
        utf8 = NotebookJson.WithoutByteOrderMark(utf8);
        if (NotebookJson.Problem(utf8) is { } bad) return [$"$: not JSON ({bad})"];
        return NotebookJson.Parse(utf8) is JsonObject notebook ? Validate(notebook) : ["$: not a JSON object"];
    }

    /// <summary>The problems of the notebook tree <paramref name="notebook"/> (as it would be written), each with its JSON path.</summary>
    public static IReadOnlyList<string> Validate(JsonObject notebook)
    {
        var problems = new List<string>();
        Keys(notebook, "$", RootKeys, RootKeys, problems);
        if (Integer(notebook["nbformat"]) != 4) problems.Add("$.nbformat: must be the integer 4");
        if (Integer(notebook["nbformat_minor"]) is not >= 5) problems.Add("$.nbformat_minor: must be an integer >= 5");
        if (notebook["metadata"] is JsonObject metadata) problems.AddRange(NbformatMetadataRules.NotebookMetadata(metadata, "$.metadata"));
        else problems.Add("$.metadata: must be an object");
        if (notebook["cells"] is JsonArray cells)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < cells.Count; i++) Cell(cells[i], $"$.cells[{i}]", ids, problems);
        }
        else problems.Add("$.cells: must be an array");
        return problems;
    }

    private static void Cell(JsonNode? node, string path, HashSet<string> ids, List<string> problems)
    {
        if (node is not JsonObject cell) { problems.Add($"{path}: must be an object"); return; }
        string? type = (cell["cell_type"] as JsonValue)?.TryGetValue(out string? t) == true ? t : null;
        switch (type)
        {
            case "markdown" or "raw":
                Keys(cell, path, ["cell_type", "id", "metadata", "source"], TextCellKeys, problems);
                problems.AddRange(NbformatMetadataRules.Attachments(cell["attachments"], $"{path}.attachments"));
                break;
            case "code":
                Keys(cell, path, CodeCellKeys, CodeCellKeys, problems);
                ExecutionCount(cell["execution_count"], $"{path}.execution_count", problems);
                if (cell["outputs"] is JsonArray outputs)
                    for (int i = 0; i < outputs.Count; i++) Output(outputs[i], $"{path}.outputs[{i}]", Integer(cell["execution_count"]), problems);
                else problems.Add($"{path}.outputs: must be an array");
                break;
            default:
                problems.Add($"{path}.cell_type: must be \"markdown\", \"code\" or \"raw\"");
                return;
        }
        string? id = (cell["id"] as JsonValue)?.TryGetValue(out string? s) == true ? s : null;
        if (id is null || !NotebookReader.CellIdPattern().IsMatch(id))
            problems.Add($"{path}.id: must be 1–64 characters of a-z, A-Z, 0-9, - and _");
        else if (!ids.Add(id))
            problems.Add($"{path}.id: \"{id}\" is not unique");
        if (cell["metadata"] is JsonObject cellMetadata) problems.AddRange(NbformatMetadataRules.CellMetadata(cellMetadata, type, $"{path}.metadata"));
        else problems.Add($"{path}.metadata: must be an object");
        MultilineString(cell["source"], $"{path}.source", problems);
    }

    private static void Output(JsonNode? node, string path, int? cellExecutionCount, List<string> problems)
    {
        if (node is not JsonObject output) { problems.Add($"{path}: must be an object"); return; }
        string? type = (output["output_type"] as JsonValue)?.TryGetValue(out string? t) == true ? t : null;
        switch (type)
        {
            case "execute_result":
                Keys(output, path, ["data", "execution_count", "metadata", "output_type"], ["data", "execution_count", "metadata", "output_type"], problems);
                ExecutionCount(output["execution_count"], $"{path}.execution_count", problems);
                // Not in the JSON schema, but nbformat's own validator requires it.
                if (Integer(output["execution_count"]) != cellExecutionCount)
                    problems.Add($"{path}.execution_count: must equal the cell's execution_count");
                Bundle(output, path, problems);
                break;
            case "display_data":
                Keys(output, path, ["data", "metadata", "output_type"], ["data", "metadata", "output_type"], problems);
                Bundle(output, path, problems);
                break;
            case "stream":
                Keys(output, path, ["name", "output_type", "text"], ["name", "output_type", "text"], problems);
                if (!IsString(output["name"])) problems.Add($"{path}.name: must be a string");
                MultilineString(output["text"], $"{path}.text", problems);
                break;
            case "error":
                Keys(output, path, ["ename", "evalue", "output_type", "traceback"], ["ename", "evalue", "output_type", "traceback"], problems);
                if (!IsString(output["ename"]) || !IsString(output["evalue"])) problems.Add($"{path}: ename and evalue must be strings");
                if (output["traceback"] is not JsonArray tb || tb.Any(l => !IsString(l))) problems.Add($"{path}.traceback: must be an array of strings");
                break;
            default:
                problems.Add($"{path}.output_type: must be execute_result, display_data, stream or error");
                break;
        }
    }

    private static void Bundle(JsonObject output, string path, List<string> problems)
    {
        if (output["metadata"] is not JsonObject) problems.Add($"{path}.metadata: must be an object");
        problems.AddRange(NbformatMetadataRules.MimeBundle(output["data"], $"{path}.data"));
    }

    private static void Keys(JsonObject obj, string path, string[] required, string[] allowed, List<string> problems)
    {
        foreach (var key in required.Where(k => !obj.ContainsKey(k))) problems.Add($"{path}: missing required \"{key}\"");
        foreach (var (key, _) in obj.Where(p => !allowed.Contains(p.Key))) problems.Add($"{path}: \"{key}\" is not allowed here");
    }

    private static void ExecutionCount(JsonNode? node, string path, List<string> problems)
    {
        if (node is not null && Integer(node) is not >= 0) problems.Add($"{path}: must be null or an integer >= 0");
    }

    private static void MultilineString(JsonNode? node, string path, List<string> problems)
    {
        if (!NbformatMetadataRules.IsMultilineString(node)) problems.Add($"{path}: must be a string or an array of strings");
    }

    private static bool IsString(JsonNode? node) => NbformatMetadataRules.IsString(node);

    private static int? Integer(JsonNode? node) => NbformatMetadataRules.Integer(node);
}
