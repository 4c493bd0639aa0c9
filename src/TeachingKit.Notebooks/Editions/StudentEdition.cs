using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Editions;

/// <summary>
/// The student edition of a notebook, as nbgrader's "release": solution cells removed, answer cells reset to their
/// placeholder, every output cleared; check cells kept (hidden), so the student's answers are checked as they go.
/// </summary>
public static class StudentEdition
{
    private static readonly CSharpParseOptions ScriptParsing =
        CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>The student edition of <paramref name="notebook"/> (a new notebook; the original is unchanged).</summary>
    public static Notebook Of(Notebook notebook)
    {
        var cells = notebook.Cells
            .Where(c => !ExerciseCellRoles.Has(c, ExerciseCellRoles.Solution))
            .Select(c => new Cell(c.Id, c.Type, ExerciseCellRoles.Has(c, ExerciseCellRoles.Answer) ? Placeholder(c.Source) : c.Source,
                c.Metadata.DeepClone().AsObject(), c.Attachments?.DeepClone().AsObject()))
            .ToList();
        return new Notebook(notebook.Path, notebook.Metadata.DeepClone().AsObject(), cells);
    }

    /// <summary>
    /// An answer cell with every variable's initial value replaced by its placeholder: <c>null</c> for a nullable
    /// type, NaN for a double or float, <c>default</c> otherwise. Comments and layout stay.
    /// </summary>
    public static string Placeholder(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, ScriptParsing).GetRoot();
        var rewritten = root.ReplaceNodes(root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.Initializer is not null),
            (original, _) => original.WithInitializer(original.Initializer!.WithValue(
                PlaceholderFor(((VariableDeclarationSyntax)original.Parent!).Type).WithTriviaFrom(original.Initializer.Value))));
        return rewritten.ToFullString();
    }

    private static ExpressionSyntax PlaceholderFor(TypeSyntax type) => type switch
    {
        NullableTypeSyntax => SyntaxFactory.ParseExpression("null"),
        PredefinedTypeSyntax { Keyword.Text: "double" } => SyntaxFactory.ParseExpression("double.NaN"),
        PredefinedTypeSyntax { Keyword.Text: "float" } => SyntaxFactory.ParseExpression("float.NaN"),
        _ => SyntaxFactory.ParseExpression("default"),
    };
}
