using TeachingKit.Notebooks.Site;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>Markdown of author-written cells: math over several lines, raw HTML kept as written.</summary>
public class SiteMarkdownTests
{
    [Fact]
    public async Task DisplayMathInsideAParagraphMaySpanLines()
    {
        // Notebook 02 writes the slide's P(n,1), P(n,2) this way; unjoined, Markdig ate "\," and took {n-2} as attributes.
        using var folder = new TempFolder();
        string markdown = "The slides count by hand:\n$$P(n,1) = \\frac{n!}{2!}\\,(n-1),\\qquad\n  P(n,2) = \\binom{n-2}{1}$$\n(one pair).";
        TestNotebook.WriteWithMarkdown(folder.Path, "m.ipynb", markdown, "1");
        await RunnerHarness.RunAsync(folder.File("site"), [folder.File("m.ipynb")]);
        string page = File.ReadAllText(folder.File("site", "m.html"));

        Assert.Contains("<span class=\"math math-display\">\\[P(n,1) = \\frac{n!}{2!}\\,(n-1),\\qquad   P(n,2) = \\binom{n-2}{1}\\]</span>", page);
    }

    [Theory]
    [InlineData("$$\nx^2\n$$")]                               // a math block: Markdig's own
    [InlineData("```\na $$b\nc$$ d\n```")]                    // code is never touched
    [InlineData("costs $$5 and\n\nthen $$6")]                 // a paragraph break is not math
    [InlineData("one line $$x$$ only")]
    public void MarkdownWithoutMultiLineInlineMathIsLeftAsWritten(string markdown) =>
        Assert.Equal(markdown, DisplayMathLines.Join(markdown));

    [Fact]
    public void OnlyTheLineBreaksInsideTheMathAreJoined() =>
        Assert.Equal("a\n$$x + y$$\nb\n```\n$$c\nd$$\n```", DisplayMathLines.Join("a\n$$x +\ny$$\nb\n```\n$$c\nd$$\n```"));

    [Fact]
    public async Task RawHtmlInMarkdownIsKeptAsTheAuthorWroteIt()
    {
        // Documented in README: markdown cells are the author's and are not sanitized; outputs always are escaped.
        using var folder = new TempFolder();
        TestNotebook.WriteWithMarkdown(folder.Path, "h.ipynb", "<details><summary>Hint</summary>\n\nUse the Hessian.\n</details>", "\"<b>out</b>\"");
        await RunnerHarness.RunAsync(folder.File("site"), [folder.File("h.ipynb")]);
        string page = File.ReadAllText(folder.File("site", "h.html"));

        Assert.Contains("<details><summary>Hint</summary>", page);
        Assert.Contains("&lt;b&gt;out&lt;/b&gt;", page);
    }
}
