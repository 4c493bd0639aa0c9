using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace TeachingKit.Kernel.Engine;

/// <summary>
/// Completion, documentation and completeness of code in the context of the cells that already ran: the earlier
/// cells and the one being edited form one C# script document in a Roslyn workspace.
/// </summary>
/// <remarks>Jupyter counts cursor positions in Unicode code points; C# strings in UTF-16 units (see <see cref="CodePoints"/>).</remarks>
public sealed class CodeAssistance(ExecutionEngine engine)
{

    private static readonly Lazy<MefHostServices> Host = new(() => MefHostServices.Create(MefHostServices.DefaultAssemblies.Concat(
        new[] { "Microsoft.CodeAnalysis.Features", "Microsoft.CodeAnalysis.CSharp.Features" }.Select(Assembly.Load)).Distinct()));

    /// <summary>The is_complete_reply content: complete, incomplete (with an indent) or invalid.</summary>
    public JsonObject IsComplete(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, ScriptSyntax.ParseOptions);
        if (!SyntaxFactory.IsCompleteSubmission(tree)) return new JsonObject { ["status"] = "incomplete", ["indent"] = "    " };
        bool invalid = tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
        return new JsonObject { ["status"] = invalid ? "invalid" : "complete" };
    }

    /// <summary>The complete_reply content: the members, variables and types that fit at the cursor.</summary>
    public JsonObject Complete(string code, int cursorCodePoints)
    {
        var (document, offset, cursor) = Document(code, cursorCodePoints);
        var service = CompletionService.GetService(document);
        var list = service?.GetCompletionsAsync(document, offset + cursor).GetAwaiter().GetResult();
        int start = cursor, end = cursor;
        var matches = new List<string>();
        if (list is not null)
        {
            start = Math.Clamp(list.Span.Start - offset, 0, code.Length);
            end = Math.Clamp(list.Span.End - offset, start, code.Length);
            string typed = code[start..Math.Min(cursor, code.Length)];
            matches = list.ItemsList.Select(i => i.DisplayText)
                .Where(t => t.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Distinct().Order(StringComparer.Ordinal).ToList();
        }
        return new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(matches.Select(m => (JsonNode?)m).ToArray()),
            ["cursor_start"] = CodePoints.FromUtf16(code, start),
            ["cursor_end"] = CodePoints.FromUtf16(code, end),
            ["metadata"] = new JsonObject(),
        };
    }

    /// <summary>The inspect_reply content: the symbol under the cursor and its XML &lt;summary&gt;.</summary>
    public JsonObject Inspect(string code, int cursorCodePoints)
    {
        var (document, offset, cursor) = Document(code, cursorCodePoints);
        ISymbol? symbol = null;
        foreach (int position in new[] { cursor, cursor - 1 }.Where(p => p >= 0))
            symbol ??= SymbolFinder.FindSymbolAtPositionAsync(document, offset + position).GetAwaiter().GetResult();
        if (symbol is null) return new JsonObject { ["status"] = "ok", ["found"] = false, ["data"] = new JsonObject(), ["metadata"] = new JsonObject() };
        string signature = symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        string? summary = DocumentationText.Summary(symbol.GetDocumentationCommentXml(expandIncludes: true));
        string text = summary is null ? signature : $"{signature}\n\n{summary}";
        return new JsonObject
        {
            ["status"] = "ok", ["found"] = true, ["data"] = new JsonObject { [MimeTypes.Plain] = text }, ["metadata"] = new JsonObject(),
        };
    }

    /// <summary>The script document of the earlier cells and <paramref name="code"/>; the offset where the code starts.</summary>
    private (Document Document, int Offset, int Cursor) Document(string code, int cursorCodePoints)
    {
        // "\n;" ends a cell whose last line is an expression (its value), so the next cell parses as statements.
        string context = string.Concat(engine.History.Select(c => WithoutDirectives(c) + "\n;\n"));
        var workspace = new AdhocWorkspace(Host.Value);
        var references = engine.References.Concat(engine.ReferencedFiles.Distinct(StringComparer.Ordinal).Where(File.Exists).Select(Documented)).Distinct();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "cells", "cells", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: ExecutionEngine.DefaultImports),
            parseOptions: ScriptSyntax.ParseOptions, metadataReferences: references, isSubmission: true, hostObjectType: typeof(NotebookGlobals)));
        var document = workspace.AddDocument(DocumentInfo.Create(DocumentId.CreateNewId(project.Id), "cell.csx",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(context + WithoutDirectives(code)), VersionStamp.Create())),
            sourceCodeKind: SourceCodeKind.Script));
        return (document, context.Length, Math.Clamp(CodePoints.ToUtf16(code, cursorCodePoints), 0, code.Length));
    }

    // Directives are resolved already (their references are passed in); blanking keeps every offset.
    private static string WithoutDirectives(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.TrimStart().StartsWith('#') && !l.TrimStart().StartsWith("#region", StringComparison.Ordinal)
            && !l.TrimStart().StartsWith("#endregion", StringComparison.Ordinal) ? new string(' ', l.Length) : l));

    private static readonly Dictionary<string, MetadataReference> DocumentedCache = new(StringComparer.Ordinal);

    private static MetadataReference Documented(string path)
    {
        lock (DocumentedCache)
        {
            string key = path + "|" + File.GetLastWriteTimeUtc(path).Ticks;
            if (DocumentedCache.TryGetValue(key, out var reference)) return reference;
            string xml = Path.ChangeExtension(path, ".xml");
            return DocumentedCache[key] = MetadataReference.CreateFromFile(path,
                documentation: File.Exists(xml) ? XmlDocumentationProvider.CreateFromFile(xml) : null);
        }
    }
}
