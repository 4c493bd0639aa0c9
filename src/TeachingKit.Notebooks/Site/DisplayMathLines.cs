using System.Text;
using System.Text.RegularExpressions;

namespace TeachingKit.Notebooks.Site;

/// <summary>
/// Joins the lines of a <c>$$…$$</c> written inside a paragraph that spans several lines, so
/// Markdig parses it as math (its inline math stops at a line end; Jupyter and VS Code accept it).
/// Left as it was, the LaTeX would be read as markdown: backslashes eaten, <c>{n-2}</c> taken as
/// attributes. Fenced code blocks and math containing a blank line or a backtick are not touched.
/// </summary>
public static partial class DisplayMathLines
{
    /// <summary>The markdown with the line breaks inside each such <c>$$…$$</c> replaced by spaces.</summary>
    public static string Join(string markdown)
    {
        if (!markdown.Contains("$$", StringComparison.Ordinal)) return markdown;
        var result = new StringBuilder(markdown.Length);
        var prose = new StringBuilder();
        bool inFence = false;
        foreach (string line in markdown.Split('\n'))
        {
            bool fence = line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal);
            if (fence && !inFence) { result.Append(JoinProse(prose.ToString())); prose.Clear(); }
            if (inFence || fence) result.Append(line).Append('\n');
            else prose.Append(line).Append('\n');
            if (fence) inFence = !inFence;
        }
        result.Append(JoinProse(prose.ToString()));
        return result.ToString(0, result.Length - 1);   // Split added one '\n' per line, one too many
    }

    private static string JoinProse(string prose) =>
        MultiLineDisplayMath().Replace(prose, m =>
            m.Value.Contains("\n\n", StringComparison.Ordinal) || m.Value.Contains('`')
                ? m.Value
                : m.Value.Replace("\r", "").Replace('\n', ' '));

    // $$ directly followed by math on the same line (a $$ that ends its line opens a math block,
    // which Markdig handles), then at least one line break before the closing $$.
    [GeneratedRegex(@"\$\$[^\s$][^$\n]*\n[^$]*?\$\$")]
    private static partial Regex MultiLineDisplayMath();
}
