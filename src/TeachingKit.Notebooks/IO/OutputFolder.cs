namespace TeachingKit.Notebooks.IO;

/// <summary>The site folder (--out): checked and created before any notebook runs.</summary>
public static class OutputFolder
{
    /// <summary>
    /// Creates <paramref name="directory"/> and its executed/ folder and proves that a file can be
    /// written there, so a bad --out fails at once instead of after every notebook ran.
    /// </summary>
    /// <exception cref="IOException">The path is a file or cannot be created or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static void Prepare(string directory)
    {
        string full = Path.GetFullPath(directory);
        if (File.Exists(full))
            throw new IOException($"the output folder \"{full}\" (--out) is an existing file, not a folder");
        try
        {
            Directory.CreateDirectory(Path.Combine(full, "executed"));
            AtomicFile.WriteAllText(Path.Combine(full, ".write-check"), "");
            File.Delete(Path.Combine(full, ".write-check"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"the output folder \"{full}\" (--out) cannot be written: {e.Message}", e);
        }
    }

    /// <summary>Deletes a file the site no longer stands behind (e.g. the page of a notebook that is now malformed).</summary>
    public static void DeleteIfPresent(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }
}
