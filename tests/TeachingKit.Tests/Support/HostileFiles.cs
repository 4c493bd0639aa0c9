using System.Diagnostics;
using System.Text;

namespace TeachingKit.Tests.Support;

/// <summary>Writes the hostile inputs of the runner's tests: files that are not quite notebooks, or not files at all.</summary>
public static class HostileFiles
{
    /// <summary>A notebook whose "nbformat" key appears twice, the second time on line 3 (Python's json accepts it).</summary>
    public static string DuplicateKey(string folder, string name) => Write(folder, name,
        "{\"cells\": [{\"cell_type\": \"markdown\", \"id\": \"m\", \"metadata\": {}, \"source\": \"# d\"}],\n\"nbformat\": 4,\n\"nbformat\": 4,\n" +
        "\"metadata\": {}, \"nbformat_minor\": 5}");

    /// <summary>A notebook with the byte 0xFF inside a markdown string; returns its path and the byte's offset.</summary>
    public static (string Path, int Offset) InvalidUtf8(string folder, string name)
    {
        byte[] head = Encoding.UTF8.GetBytes("{\"cells\": [{\"cell_type\": \"markdown\", \"id\": \"m\", \"metadata\": {}, \"source\": \"# caf");
        byte[] tail = Encoding.UTF8.GetBytes("\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        string path = System.IO.Path.Combine(folder, name);
        File.WriteAllBytes(path, [.. head, 0xFF, .. tail]);
        return (path, head.Length);
    }

    /// <summary>A notebook whose metadata nests <paramref name="depth"/> arrays deep (plus the notebook's own two levels).</summary>
    public static string Nested(string folder, string name, int depth) => Write(folder, name,
        "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c\", \"metadata\": {}, \"outputs\": [], \"source\": \"1 + 1\"}]," +
        $"\"metadata\": {{\"deep\": {new string('[', depth)}{new string(']', depth)}}}, \"nbformat\": 4, \"nbformat_minor\": 5}}");

    /// <summary>A notebook with one code cell and no top-level metadata.</summary>
    public static string WithoutMetadata(string folder, string name) => Write(folder, name,
        "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"c\", \"metadata\": {}, \"outputs\": [], \"source\": \"1 + 1\"}]," +
        "\"nbformat\": 4, \"nbformat_minor\": 5}");

    /// <summary>A named pipe (FIFO): opening it for reading would block until something writes.</summary>
    public static string Fifo(string folder, string name)
    {
        string path = System.IO.Path.Combine(folder, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>A sparse file of <paramref name="bytes"/> bytes (no disk space used).</summary>
    public static string Sparse(string folder, string name, long bytes)
    {
        string path = System.IO.Path.Combine(folder, name);
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(bytes);
        return path;
    }

    private static string Write(string folder, string name, string text)
    {
        string path = System.IO.Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
