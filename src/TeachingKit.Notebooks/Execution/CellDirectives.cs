using System.Text.RegularExpressions;

namespace TeachingKit.Notebooks.Execution;

/// <summary>A <c>#r "nuget: Name, Version"</c> line of a cell.</summary>
public sealed record NuGetReference(string Name, string Version, int Line);

/// <summary>A <c>#r "relative/path.dll"</c> line of a cell, resolved against the notebook's folder.</summary>
public sealed record FileReference(string Given, string FullPath, int Line);

/// <summary>A problem found in a cell's directives before compiling it.</summary>
public sealed record DirectiveProblem(int Line, string Message);

/// <summary>
/// Splits a code cell into the directives the runner handles itself and the C# that Roslyn
/// compiles. NuGet lines are blanked (not removed) so that compiler line numbers still match the cell.
/// </summary>
public sealed partial class CellDirectives
{
    private CellDirectives(string code, List<NuGetReference> nuGet, List<FileReference> files, List<DirectiveProblem> problems)
    {
        Code = code;
        NuGet = nuGet;
        Files = files;
        Problems = problems;
    }

    /// <summary>The cell's code with NuGet directives blanked; file #r lines are left for Roslyn.</summary>
    public string Code { get; }

    public IReadOnlyList<NuGetReference> NuGet { get; }

    public IReadOnlyList<FileReference> Files { get; }

    /// <summary>Unsupported or malformed directives, each with its 1-based line.</summary>
    public IReadOnlyList<DirectiveProblem> Problems { get; }

    /// <summary>Parses the directives of <paramref name="source"/>; relative paths are taken from <paramref name="notebookDirectory"/>.</summary>
    public static CellDirectives Parse(string source, string notebookDirectory)
    {
        var lines = source.Split('\n');
        var nuGet = new List<NuGetReference>();
        var files = new List<FileReference>();
        var problems = new List<DirectiveProblem>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            int lineNumber = i + 1;
            if (line.StartsWith("#!", StringComparison.Ordinal) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                problems.Add(new(lineNumber, $"\"{line}\" is not supported: notebooks may use only #r, display(x), the last expression's value and Console output."));
                continue;
            }
            var match = ReferenceDirective().Match(line);
            if (!match.Success) continue;
            string target = match.Groups["target"].Value;
            if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            {
                ParseNuGet(target["nuget:".Length..], lineNumber, nuGet, problems);
                lines[i] = "";
            }
            else
            {
                string full = Path.GetFullPath(Path.Combine(notebookDirectory, target));
                files.Add(new FileReference(target, full, lineNumber));
                if (!File.Exists(full))
                    problems.Add(new(lineNumber, $"#r \"{target}\": no such file ({full}). Build the kit first: dotnet build"));
            }
        }
        return new CellDirectives(string.Join('\n', lines), nuGet, files, problems);
    }

    private static void ParseNuGet(string spec, int line, List<NuGetReference> nuGet, List<DirectiveProblem> problems)
    {
        string[] parts = spec.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            problems.Add(new(line, $"#r \"nuget:{spec}\" must name a package and an exact version, e.g. #r \"nuget: MathNet.Numerics, 5.0.0\"."));
            return;
        }
        nuGet.Add(new NuGetReference(parts[0], parts[1], line));
    }

    [GeneratedRegex("^#r\\s+\"(?<target>[^\"]+)\"\\s*$")]
    private static partial Regex ReferenceDirective();
}
