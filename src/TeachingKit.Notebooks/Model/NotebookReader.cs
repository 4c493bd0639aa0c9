using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TeachingKit.Notebooks.Model;

/// <summary>
/// Reads an .ipynb file as an nbformat 4 notebook, or says precisely why it cannot.
/// </summary>
/// <remarks>
/// Metadata and attachments are copied to the executed notebook, so they must follow the
/// nbformat 4.5 rules (<see cref="NbformatMetadataRules"/>); a file that breaks them is malformed.
/// Notebooks older than nbformat 4.5 have no cell ids; they get deterministic ids
/// ("cell-1", "cell-2", …) so that the executed copy conforms to 4.5 and reruns are identical.
/// </remarks>
public static partial class NotebookReader
{
    /// <summary>Reads and checks the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is not a readable nbformat 4 notebook.</exception>
    public static Notebook Read(string path) => Parse(path, IO.NotebookFile.ReadAllBytes(path));

    /// <summary>Parses notebook JSON; <paramref name="path"/> is used in messages and for relative #r paths.</summary>
    public static Notebook Parse(string path, string json) => Parse(path, Encoding.UTF8.GetBytes(json));

    /// <summary>Parses notebook bytes (UTF-8); the code cells' stored outputs are skipped, as a run replaces them.</summary>
    public static Notebook Parse(string path, ReadOnlySpan<byte> utf8)
    {
        utf8 = NotebookJson.WithoutByteOrderMark(utf8);
        if (NotebookJson.Problem(utf8) is { } problem) throw new NotebookFormatException(path, problem);
        JsonObject root = NotebookJson.ParseWithoutOutputs(utf8) as JsonObject
            ?? throw new NotebookFormatException(path, "the top level is not a JSON object");
        CheckVersion(path, root);
        // nbformat requires it, and `validate` says so: the runner must not accept what validate refuses.
        if (root["metadata"] is null)
            throw new NotebookFormatException(path, "it has no top-level \"metadata\" object (nbformat requires one)");
        if (root["cells"] is not JsonArray cells)
            throw new NotebookFormatException(path, "it has no \"cells\" array");
        if (cells.Count == 0)
            throw new NotebookFormatException(path, "it has no cells");
        var metadata = ReadMetadata(path, "the notebook", root["metadata"], "$.metadata");
        Conform(path, "the notebook", NbformatMetadataRules.NotebookMetadata(metadata, "$.metadata"));
        return new Notebook(path, (JsonObject)metadata.DeepClone(), ReadCells(path, cells));
    }

    private static void CheckVersion(string path, JsonObject root)
    {
        if (root["nbformat"] is not JsonValue major || !major.TryGetValue(out int version))
            throw new NotebookFormatException(path, "it has no integer \"nbformat\" version");
        if (version != 4)
            throw new NotebookFormatException(path, $"unknown nbformat version {version} (the runner reads nbformat 4)");
        if (root["nbformat_minor"] is not JsonValue minor || !minor.TryGetValue(out int _))
            throw new NotebookFormatException(path, "it has no integer \"nbformat_minor\" version");
    }

    private static List<Cell> ReadCells(string path, JsonArray cells)
    {
        var result = new List<Cell>(cells.Count);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cells.Count; i++)
        {
            string where = $"cell {i + 1}";
            if (cells[i] is not JsonObject cell)
                throw new NotebookFormatException(path, $"{where} is not a JSON object");
            CellType type = ReadCellType(path, where, cell);
            string source = ReadSource(path, where, cell["source"]);
            string id = ReadId(path, where, cell["id"], i, seenIds);
            var metadata = ReadMetadata(path, where, cell["metadata"], $"$.cells[{i}].metadata");
            Conform(path, where, NbformatMetadataRules.CellMetadata(metadata, type.ToString().ToLowerInvariant(), $"$.cells[{i}].metadata"));
            var attachments = type == CellType.Code ? null : cell["attachments"] as JsonObject;
            if (type != CellType.Code) Conform(path, where, NbformatMetadataRules.Attachments(cell["attachments"], $"$.cells[{i}].attachments"));
            result.Add(new Cell(id, type, source, (JsonObject)metadata.DeepClone(), (JsonObject?)attachments?.DeepClone()));
        }
        return result;
    }

    /// <summary>Metadata is copied into the executed notebook, so it must be an object (absent means empty).</summary>
    private static JsonObject ReadMetadata(string path, string where, JsonNode? metadata, string jsonPath) => metadata switch
    {
        null => new JsonObject(),
        JsonObject o => o,
        _ => throw new NotebookFormatException(path, $"{where} does not conform to nbformat 4.5: {jsonPath}: must be an object"),
    };

    /// <summary>The first nbformat 4.5 problem of what would be copied to the output makes the file malformed.</summary>
    private static void Conform(string path, string where, IEnumerable<string> problems)
    {
        if (problems.FirstOrDefault() is { } problem)
            throw new NotebookFormatException(path, $"{where} does not conform to nbformat 4.5: {problem}");
    }

    private static CellType ReadCellType(string path, string where, JsonObject cell) => cell["cell_type"] switch
    {
        null => throw new NotebookFormatException(path, $"{where} has no \"cell_type\""),
        JsonValue value when value.TryGetValue(out string? type) => type switch
        {
            "markdown" => CellType.Markdown,
            "code" => CellType.Code,
            "raw" => CellType.Raw,
            _ => throw new NotebookFormatException(path, $"{where} has unknown cell_type \"{type}\""),
        },
        var other => throw new NotebookFormatException(path, $"{where} has a cell_type that is not a string: {other.ToJsonString()}"),
    };

    /// <summary>nbformat stores text as one string or as an array of lines that keep their "\n".</summary>
    private static string ReadSource(string path, string where, JsonNode? source) => source switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonArray lines => string.Concat(lines.Select(l =>
            (l as JsonValue)?.TryGetValue(out string? line) == true
                ? line
                : throw new NotebookFormatException(path, $"{where} has a source line that is not a string"))),
        null => throw new NotebookFormatException(path, $"{where} has no \"source\""),
        _ => throw new NotebookFormatException(path, $"{where} has a \"source\" that is neither a string nor a list of strings"),
    };

    private static string ReadId(string path, string where, JsonNode? idNode, int index, HashSet<string> seen)
    {
        string id;
        if (idNode is null)
        {
            id = $"cell-{index + 1}";
            while (seen.Contains(id)) id += "-x";
        }
        else if (idNode is JsonValue v && v.TryGetValue(out string? given) && CellIdPattern().IsMatch(given))
        {
            id = given;
        }
        else
        {
            throw new NotebookFormatException(path, $"{where} has an invalid id {idNode.ToJsonString()} (nbformat 4.5: 1–64 characters of a-z, A-Z, 0-9, - and _)");
        }
        if (!seen.Add(id))
            throw new NotebookFormatException(path, $"{where} repeats the cell id \"{id}\"");
        return id;
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,64}$")]
    internal static partial Regex CellIdPattern();
}
