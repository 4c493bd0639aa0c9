using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TeachingKit.Kernel.Engine;

/// <summary>How the kit parses a cell: as a C# script (top-level statements, directives, a last expression), latest language version.</summary>
public static class ScriptSyntax
{
    public static readonly CSharpParseOptions ParseOptions =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);
}
