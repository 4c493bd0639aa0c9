using System.Text.Json.Nodes;

namespace TeachingKit.Tests.Support;

/// <summary>Writes small nbformat 4.5 notebooks for runner tests: a markdown title, then code cells.</summary>
public static class TestNotebook
{
    /// <summary>The kit's setup cell with #r paths relative to <paramref name="notebookFolder"/>.</summary>
    public static string SetupCell(string notebookFolder)
    {
        string Relative(string project) =>
            System.IO.Path.GetRelativePath(notebookFolder, Repository.PathTo("src", project, "bin", "net8.0", project + ".dll")).Replace('\\', '/');
        return $"""
            #r "nuget: MathNet.Numerics, 5.0.0"
            #r "nuget: Plotly.NET, 6.0.0"
            #r "nuget: Plotly.NET.Interactive, 6.0.0"
            #r "{Relative("TeachingKit")}"
            #r "{Relative("TeachingKit.Plots")}"
            """;
    }

    /// <summary>Writes <paramref name="fileName"/> in <paramref name="folder"/> with the given code cells and returns its path.</summary>
    public static string Write(string folder, string fileName, params string[] codeCells) =>
        WriteWithMarkdown(folder, fileName, null, codeCells);

    /// <summary>As <see cref="Write"/>, with a markdown cell <paramref name="markdown"/> (if not null) after the title.</summary>
    public static string WriteWithMarkdown(string folder, string fileName, string? markdown, params string[] codeCells)
    {
        var cells = new JsonArray
        {
            new JsonObject
            {
                ["cell_type"] = "markdown", ["id"] = "title", ["metadata"] = new JsonObject(),
                ["source"] = $"# Test notebook {fileName}",
            },
        };
        if (markdown is not null)
            cells.Add(new JsonObject { ["cell_type"] = "markdown", ["id"] = "text", ["metadata"] = new JsonObject(), ["source"] = markdown });
        for (int i = 0; i < codeCells.Length; i++)
        {
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code", ["execution_count"] = null, ["id"] = $"code-{i + 1}",
                ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["source"] = codeCells[i],
            });
        }
        var notebook = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = "C# (TeachingKit)", ["language"] = "C#", ["name"] = "teachingkit-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        string path = System.IO.Path.Combine(folder, fileName);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }
}
