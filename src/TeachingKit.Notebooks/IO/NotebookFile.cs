using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.IO;

/// <summary>
/// Reads the bytes of an input notebook, refusing what is not a regular file of a sane size before opening it:
/// opening a FIFO blocks until something writes to it, and reading a device such as /dev/zero never ends.
/// </summary>
public static class NotebookFile
{
    /// <summary>The largest notebook the runner reads (256 MiB): above any lecture notebook with its outputs.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The file's bytes.</summary>
    /// <exception cref="NotebookFormatException">
    /// The file is missing, a folder, not a regular file, empty, larger than <see cref="MaxBytes"/>, or cannot be read
    /// (the message says which, and that it is a read error).
    /// </exception>
    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            if (Directory.Exists(path))
                throw new NotebookFormatException(path, "cannot read the file: it is a folder (the folder could not be listed, or its name ends in .ipynb)");
            var info = new FileInfo(path);
            if (!info.Exists) throw new NotebookFormatException(path, "cannot read the file: it does not exist");
            // .NET does not expose the file type; pipes, sockets and devices have no size, so a size of 0 is
            // refused before opening (an empty regular file is not a notebook either).
            if (info.Length == 0)
                throw new NotebookFormatException(path, "cannot read the file: it is empty or not a regular file (a pipe, socket or device); the runner reads regular .ipynb files only");
            if (info.Length > MaxBytes)
                throw new NotebookFormatException(path, $"cannot read the file: it is {Bytes(info.Length)}, larger than the runner's limit of {Bytes(MaxBytes)} (256 MiB)");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            // The size may change between the check and the read: read at most one byte beyond the limit.
            var bytes = new byte[info.Length];
            int read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length) Array.Resize(ref bytes, read);
            else if (stream.ReadByte() >= 0)
                throw new NotebookFormatException(path, "cannot read the file: it grew while it was read");
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, $"cannot read the file: {e.Message}", e);
        }
    }

    private static string Bytes(long bytes) => bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
