namespace TeachingKit.Notebooks.IO;

/// <summary>
/// The path a file really has once every symbolic link on the way is resolved (as realpath(3)), so that two names
/// of one file compare equal: <c>site/executed</c> linked to the notebooks folder makes <c>site/executed/a.ipynb</c>
/// the notebook <c>notebooks/a.ipynb</c>.
/// </summary>
public static class RealPath
{
    // Linux gives up after 40 links in one lookup (ELOOP); a cycle of links ends here too.
    private const int MaxLinks = 40;

    /// <summary>The absolute path of <paramref name="path"/> with every link resolved; parts that do not exist are kept as written.</summary>
    public static string Of(string path)
    {
        int links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>Whether two paths name the same file once links are resolved (case-insensitively, as on Windows and macOS).</summary>
    public static bool Same(string a, string b) => string.Equals(Of(a), Of(b), StringComparison.OrdinalIgnoreCase);

    private static string Resolve(string full, ref int links)
    {
        string root = Path.GetPathRoot(full)!;
        string current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0) continue;
            string next = Path.Combine(current, parts[i]);
            FileSystemInfo? target = null;
            try { target = new FileInfo(next).LinkTarget is null ? null : new FileInfo(next).ResolveLinkTarget(returnFinalTarget: false); }
            catch (IOException) { /* not a link we can read: keep the name */ }
            if (target is not null && ++links <= MaxLinks)
            {
                // The target may itself lie under links: resolve it again, then go on with the rest of the path.
                next = Resolve(Path.GetFullPath(target.FullName), ref links);
            }
            current = next;
        }
        return current;
    }
}
