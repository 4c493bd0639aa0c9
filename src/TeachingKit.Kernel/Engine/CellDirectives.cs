using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TeachingKit.Kernel.Engine;

/// <summary>A <c>#r "nuget: Name, Version"</c> directive of a cell.</summary>
public sealed record NuGetReference(string Name, string Version, int Line);

/// <summary>A problem found in a cell's directives before compiling it.</summary>
public sealed record DirectiveProblem(int Line, string Message);

/// <summary>
/// Finds a cell's directives the way the compiler does (directive trivia of a C# script), takes out the NuGet
/// references the engine satisfies itself, and refuses the magic commands the kit does not support.
/// </summary>
/// <remarks>
/// Parsing rather than matching lines means a <c>#r</c> or <c>#!</c> inside a string is left alone and a
/// trailing comment after a directive is allowed. NuGet directives are blanked with spaces, so compiler line
/// numbers still match the cell. File <c>#r</c> and <c>#load</c> are left for Roslyn's resolvers.
/// </remarks>
public sealed class CellDirectives
{

    private CellDirectives(string code, List<NuGetReference> nuGet, List<string> files, List<DirectiveProblem> problems)
    {
        Code = code;
        NuGet = nuGet;
        Files = files;
        Problems = problems;
    }

    /// <summary>The cell's code with NuGet directives blanked.</summary>
    public string Code { get; }

    /// <summary>The NuGet packages the cell asks for, in order.</summary>
    public IReadOnlyList<NuGetReference> NuGet { get; }

    /// <summary>The full paths of the assembly files the cell references with <c>#r "path"</c>.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Unsupported or malformed directives, each with its 1-based line.</summary>
    public IReadOnlyList<DirectiveProblem> Problems { get; }

    /// <summary>Parses the directives of <paramref name="source"/>; file paths are checked against <paramref name="directory"/>.</summary>
    public static CellDirectives Parse(string source, string directory)
    {
        var tree = CSharpSyntaxTree.ParseText(source, ScriptSyntax.ParseOptions);
        var code = source.ToCharArray();
        var nuGet = new List<NuGetReference>();
        var files = new List<string>();
        var problems = new List<DirectiveProblem>();
        foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: true))
        {
            if (!trivia.HasStructure || trivia.GetStructure() is not DirectiveTriviaSyntax directive) continue;
            int line = directive.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            switch (directive)
            {
                case ReferenceDirectiveTriviaSyntax reference when reference.File.ValueText.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase):
                    ParseNuGet(reference.File.ValueText["nuget:".Length..], line, nuGet, problems);
                    Blank(code, directive.Span);
                    break;
                case ReferenceDirectiveTriviaSyntax reference:
                    files.Add(Path.GetFullPath(Path.Combine(directory, reference.File.ValueText)));
                    CheckKitLibrary(files[^1], reference.File.ValueText, line, problems);
                    break;
                case ShebangDirectiveTriviaSyntax or BadDirectiveTriviaSyntax when IsMagicCommand(directive):
                    problems.Add(new(line, $"\"{directive.ToString().Trim()}\" is a Polyglot magic command, which the kit does not support: " +
                        "cells may use only #r, #load, display(x), the last expression's value and Console output."));
                    break;
            }
        }
        return new CellDirectives(new string(code), nuGet, files, problems);
    }

    private static bool IsMagicCommand(DirectiveTriviaSyntax directive)
    {
        string text = directive.ToString().TrimStart();
        return text.StartsWith("#!", StringComparison.Ordinal) || text.StartsWith("#i ", StringComparison.Ordinal);
    }

    private static void Blank(char[] code, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
            if (code[i] is not ('\n' or '\r')) code[i] = ' ';
    }

    // Roslyn reports any missing file as CS0006; only for the kit's own libraries is the cause known.
    private static void CheckKitLibrary(string full, string path, int line, List<DirectiveProblem> problems)
    {
        if (!File.Exists(full) && Path.GetFileName(full).StartsWith("TeachingKit", StringComparison.Ordinal))
            problems.Add(new(line, $"#r \"{path}\": no such file ({full}). Build the kit first: dotnet build"));
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
}
