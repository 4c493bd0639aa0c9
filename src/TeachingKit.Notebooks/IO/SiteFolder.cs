using System.Globalization;
using System.Text.RegularExpressions;

namespace TeachingKit.Notebooks.IO;

/// <summary>
/// The site folder (--out) while one run writes it: refused when it holds files the kit did not write (unless
/// forced), locked against a second runner, cleared of what the previous run wrote (so nothing from it is shown as
/// this run's), and never allowed to write or delete a file whose real path is an input notebook.
/// </summary>
public sealed partial class SiteFolder : IDisposable
{
    /// <summary>The marker that says the kit wrote this folder; it lists the files the last run wrote.</summary>
    public const string MarkerFileName = ".teachingkit-site";

    /// <summary>The file a runner holds locked while it writes the folder.</summary>
    public const string LockFileName = ".teachingkit-site.lock";

    private readonly HashSet<string> _listed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inputs;
    private readonly FileStream _lock;

    private SiteFolder(string directory, HashSet<string> inputs, FileStream held)
    {
        Directory = directory;
        _inputs = inputs;
        _lock = held;
    }

    /// <summary>The folder's absolute path.</summary>
    public string Directory { get; }

    /// <summary>Takes the folder for one run, after the checks above, and removes what an earlier run left.</summary>
    /// <param name="directory">The --out folder.</param>
    /// <param name="inputs">The input notebooks, which must never be written or deleted.</param>
    /// <param name="force">Write into a non-empty folder that has no marker.</param>
    /// <exception cref="ArgumentException">The folder holds files the kit did not write and <paramref name="force"/> is false.</exception>
    /// <exception cref="IOException">The path is a file, cannot be written, or another runner holds it (named by its process id).</exception>
    public static SiteFolder Open(string directory, IEnumerable<string> inputs, bool force)
    {
        string full = Path.GetFullPath(directory);
        if (File.Exists(full))
            throw new IOException($"the output folder \"{full}\" (--out) is an existing file, not a folder");
        string marker = Path.Combine(full, MarkerFileName);
        if (!force && System.IO.Directory.Exists(full) && !File.Exists(marker) && System.IO.Directory.EnumerateFileSystemEntries(full).Any())
            throw new ArgumentException(
                $"The output folder \"{full}\" (--out) is not empty and was not written by the kit (it has no {MarkerFileName} file), " +
                "so the run could overwrite files that are not the kit's. Choose a new or empty folder, or pass --force to write into it anyway.");
        try { System.IO.Directory.CreateDirectory(Path.Combine(full, "executed")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"the output folder \"{full}\" (--out) cannot be written: {e.Message}", e);
        }
        FileStream held;
        try { held = TakeLock(full, marker); }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"the output folder \"{full}\" (--out) cannot be written: {e.Message}", e);
        }
        var site = new SiteFolder(full, inputs.Select(RealPath.Of).ToHashSet(StringComparer.OrdinalIgnoreCase), held);
        try
        {
            site.RemoveEarlierRun(marker);
            AtomicFile.WriteAllText(marker, $"teachingkit site, written by process {Environment.ProcessId} from " +
                $"{DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture)}; the files it wrote:\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            site.Dispose();
            throw new IOException($"the output folder \"{full}\" (--out) cannot be written: {e.Message}", e);
        }
        return site;
    }

    /// <summary>Whether <paramref name="path"/> (links resolved) is an input notebook.</summary>
    public bool IsInput(string path) => _inputs.Contains(RealPath.Of(path));

    /// <summary>Writes a file of the site (path relative to the folder) and lists it in the marker.</summary>
    /// <exception cref="IOException">Its real path is an input notebook, or it cannot be written.</exception>
    public void Write(string relativePath, string text) => Write(relativePath, () => AtomicFile.WriteAllText(Path.Combine(Directory, relativePath), text));

    /// <summary>As <see cref="Write(string, string)"/>, for bytes.</summary>
    public void Write(string relativePath, byte[] bytes) => Write(relativePath, () => AtomicFile.WriteAllBytes(Path.Combine(Directory, relativePath), bytes));

    /// <summary>As <see cref="Write(string, string)"/>, with the content streamed to the file by <paramref name="write"/>.</summary>
    public void Write(string relativePath, Action<Stream> write) => Write(relativePath, () => AtomicFile.Write(Path.Combine(Directory, relativePath), write));

    /// <summary>Releases the lock for the next runner.</summary>
    public void Dispose() => _lock.Dispose();

    private void Write(string relativePath, Action write)
    {
        string path = Path.Combine(Directory, relativePath);
        if (IsInput(path))
            throw new IOException($"refusing to write \"{path}\": its real path, {RealPath.Of(path)}, is an input notebook");
        write();
        lock (_listed)
            if (_listed.Add(relativePath)) File.AppendAllText(Path.Combine(Directory, MarkerFileName), relativePath + "\n");
    }

    private static FileStream TakeLock(string full, string marker)
    {
        try
        {
            // FileShare.None is an exclusive lock (flock on Unix) that the system releases when the process ends, even by kill -9.
            return new FileStream(Path.Combine(full, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            string holder = File.Exists(marker) ? RunnerProcess().Match(File.ReadLines(marker).FirstOrDefault() ?? "").Value : "";
            throw new IOException($"the output folder \"{full}\" (--out) is being written by another runner " +
                $"({(holder.Length > 0 ? holder : "a process that holds its lock")}); wait for it to end or choose another folder", e);
        }
    }

    /// <summary>Deletes the files the previous run listed and the temporary files a killed run left, but never an input.</summary>
    private void RemoveEarlierRun(string marker)
    {
        var earlier = File.Exists(marker) ? File.ReadLines(marker).Skip(1).Where(l => l.Length > 0).ToList() : [];
        foreach (string relative in earlier)
        {
            string path = Path.GetFullPath(Path.Combine(Directory, relative));
            // Only files inside the folder: a marker edited by hand must not reach elsewhere.
            if (path.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(path) && !IsInput(path))
                File.Delete(path);
        }
        foreach (string folder in new[] { Directory, Path.Combine(Directory, "executed"), Path.Combine(Directory, "assets") })
        {
            if (!System.IO.Directory.Exists(folder)) continue;
            foreach (string file in System.IO.Directory.EnumerateFiles(folder).Where(f => AtomicFile.IsTemporary(Path.GetFileName(f))))
                if (!IsInput(file)) File.Delete(file);
        }
    }

    [GeneratedRegex(@"process \d+")]
    private static partial Regex RunnerProcess();
}
