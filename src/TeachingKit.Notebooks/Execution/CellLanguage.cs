using System.Text.Json.Nodes;

namespace TeachingKit.Notebooks.Execution;

/// <summary>
/// The language a cell's metadata declares, where Polyglot Notebooks and VS Code record it. The kit's kernel compiles
/// every cell as C#, so a cell declared as another language is refused rather than compiled as C# (a PowerShell
/// <c>1 + 1</c> would even pass).
/// </summary>
public static class CellLanguage
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fsharp"] = "F#", ["f#"] = "F#", ["pwsh"] = "PowerShell", ["powershell"] = "PowerShell",
        ["javascript"] = "JavaScript", ["typescript"] = "TypeScript", ["python"] = "Python", ["sql"] = "SQL",
        ["kql"] = "KQL", ["html"] = "HTML", ["mermaid"] = "Mermaid", ["http"] = "HTTP", ["markdown"] = "Markdown",
    };

    /// <summary>
    /// The name of the language other than C# that <paramref name="metadata"/> declares
    /// (<c>polyglot_notebook.kernelName</c>, <c>dotnet_interactive.language</c> or <c>vscode.languageId</c>), or null.
    /// </summary>
    public static string? OtherThanCSharp(JsonObject metadata)
    {
        foreach (string? declared in new[]
        {
            Text(metadata, "polyglot_notebook", "kernelName"), Text(metadata, "dotnet_interactive", "language"), Text(metadata, "vscode", "languageId"),
        })
        {
            // "polyglot-notebook" is VS Code's language id for every Polyglot cell: it says nothing about the language.
            if (declared is null || declared.Equals("polyglot-notebook", StringComparison.OrdinalIgnoreCase)) continue;
            if (declared.Equals("csharp", StringComparison.OrdinalIgnoreCase) || declared.Equals("c#", StringComparison.OrdinalIgnoreCase)) return null;
            return Names.GetValueOrDefault(declared, $"\"{declared}\"");
        }
        return null;
    }

    private static string? Text(JsonObject metadata, string section, string key) =>
        metadata[section] is JsonObject o && o[key] is JsonValue v && v.TryGetValue(out string? text) ? text : null;
}
