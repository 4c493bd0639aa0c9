namespace TeachingKit.Notebooks.Grading;

/// <summary>
/// A temporary folder laid out like the kit (notebooks/, with src and data linked from the course), so a submission
/// runs with the setup cell's relative paths and cannot overwrite the course's notebooks; removed when disposed.
/// </summary>
public sealed class GradingWorkspace : IDisposable
{
    private readonly DirectoryInfo _root;

    private GradingWorkspace(DirectoryInfo root) => _root = root;

    /// <summary>A workspace next to the course whose notebooks are in <paramref name="courseNotebooks"/>.</summary>
    public static GradingWorkspace Create(string courseNotebooks)
    {
        var root = Directory.CreateTempSubdirectory("teachingkit-grade-");
        Directory.CreateDirectory(Path.Combine(root.FullName, "notebooks"));
        string course = Path.GetDirectoryName(Path.GetFullPath(courseNotebooks).TrimEnd(Path.DirectorySeparatorChar))!;
        foreach (string shared in new[] { "src", "data" })
            if (Directory.Exists(Path.Combine(course, shared)))
                Directory.CreateSymbolicLink(Path.Combine(root.FullName, shared), Path.Combine(course, shared));
        return new GradingWorkspace(root);
    }

    /// <summary>Where the graded copy of a notebook goes.</summary>
    public string NotebookPath(string fileName) => Path.Combine(_root.FullName, "notebooks", fileName);

    public void Dispose()
    {
        // The links are removed as links (Directory.Delete does not follow them into the course).
        try { _root.Delete(recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
