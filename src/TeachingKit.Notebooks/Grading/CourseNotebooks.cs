using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Grading;

/// <summary>The course's notebooks by their notebook id (metadata teachingkit.notebook).</summary>
public sealed class CourseNotebooks
{
    private CourseNotebooks(string folder, IReadOnlyDictionary<string, Notebook> byId)
    {
        Folder = folder;
        ById = byId;
    }

    /// <summary>The folder of the course's notebooks.</summary>
    public string Folder { get; }

    public IReadOnlyDictionary<string, Notebook> ById { get; }

    /// <exception cref="ArgumentException">The folder is missing, has no notebook with an id, or two notebooks share an id.</exception>
    public static CourseNotebooks Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new ArgumentException($"No folder of course notebooks at \"{folder}\" (--source).", nameof(folder));
        var byId = new Dictionary<string, Notebook>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal))
        {
            var notebook = NotebookReader.Read(file);
            if (ExerciseCellRoles.NotebookId(notebook) is not { } id) continue;
            if (!byId.TryAdd(id, notebook))
                throw new ArgumentException($"Two course notebooks have the notebook id \"{id}\": {byId[id].FileName} and {notebook.FileName}.", nameof(folder));
        }
        if (byId.Count == 0) throw new ArgumentException($"No notebook in \"{folder}\" has a notebook id (metadata teachingkit.notebook).", nameof(folder));
        return new CourseNotebooks(Path.GetFullPath(folder), byId);
    }
}
