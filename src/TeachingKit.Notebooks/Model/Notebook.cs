using System.Text.Json.Nodes;

namespace TeachingKit.Notebooks.Model;

/// <summary>The kinds of cell nbformat 4 knows.</summary>
public enum CellType { Markdown, Code, Raw }

/// <summary>
/// One cell of a notebook. Metadata and attachments are kept as JSON so that whatever an editor
/// stored there survives a run untouched.
/// </summary>
public sealed class Cell
{
    public Cell(string id, CellType type, string source, JsonObject metadata, JsonObject? attachments = null)
    {
        Id = id;
        Type = type;
        Source = source;
        Metadata = metadata;
        Attachments = attachments;
    }

    /// <summary>The nbformat 4.5 cell id (unique in its notebook).</summary>
    public string Id { get; }

    public CellType Type { get; }

    /// <summary>The cell's text, lines joined with "\n".</summary>
    public string Source { get; }

    public JsonObject Metadata { get; }

    public JsonObject? Attachments { get; }

    /// <summary>For code cells: the prompt number after execution, null if not executed.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>For code cells: the outputs, in the order they were produced.</summary>
    public List<CellOutput> Outputs { get; } = new();
}

/// <summary>A notebook read from an .ipynb file: its cells and its top-level metadata.</summary>
public sealed class Notebook
{
    public Notebook(string path, JsonObject metadata, IReadOnlyList<Cell> cells)
    {
        Path = path;
        Metadata = metadata;
        Cells = cells;
    }

    /// <summary>The file the notebook was read from.</summary>
    public string Path { get; }

    /// <summary>The file name without folder, e.g. "00-start-here.ipynb".</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The file name without extension, used for output file names.</summary>
    public string Slug => System.IO.Path.GetFileNameWithoutExtension(Path);

    public JsonObject Metadata { get; }

    public IReadOnlyList<Cell> Cells { get; }

    /// <summary>The text of the first markdown heading, or the file name when there is none.</summary>
    public string Title
    {
        get
        {
            foreach (var cell in Cells.Where(c => c.Type == CellType.Markdown))
            {
                foreach (var line in cell.Source.Split('\n'))
                {
                    string trimmed = line.Trim();
                    if (trimmed.StartsWith('#')) return trimmed.TrimStart('#').Trim();
                }
            }
            return Slug;
        }
    }
}
