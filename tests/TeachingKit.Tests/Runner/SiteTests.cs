using System.Text.RegularExpressions;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public partial class SiteTests
{
    [Fact]
    public async Task TheIndexListsEachNotebookWithTitleStatusAndRunTime()
    {
        using var folder = new TempFolder();
        TestNotebook.Write(folder.Path, "a-good.ipynb", "1");
        TestNotebook.Write(folder.Path, "b-failing.ipynb", "throw new Exception();");
        File.WriteAllText(folder.File("c-malformed.ipynb"), "{");

        await RunnerHarness.RunAsync(folder.File("site"), [folder.Path]);
        string index = File.ReadAllText(folder.File("site", "index.html"));

        Assert.Matches("<a href=\"a-good.html\">Test notebook a-good.ipynb</a>.*✔ ran</span></td><td>[0-9.]+ s</td>", index);
        Assert.Matches("<a href=\"b-failing.html\">Test notebook b-failing.ipynb</a>.*✘ failed at cell 2</span></td><td>[0-9.]+ s</td>", index);
        Assert.Contains("<code>c-malformed.ipynb</code></td><td><span class=\"status-failed\">✘ not a valid notebook: bad JSON", index);
    }

    [Fact]
    public async Task MarkdownIsRenderedWithInlineAndDisplayMathForKatex()
    {
        using var folder = new TempFolder();
        string notebook = """
            {"cells": [{"cell_type": "markdown", "id": "m", "metadata": {},
              "source": ["# Math\n", "Inline $a_1 < b$ and display $$\\sum_{j=0}^{d} \\binom{n}{j}$$ and\n", "\n", "$$\n", "x^2\n", "$$\n", "A **bold** word."]}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """;
        File.WriteAllText(folder.File("math.ipynb"), notebook);
        await RunnerHarness.RunAsync(folder.File("site"), [folder.File("math.ipynb")]);
        string page = File.ReadAllText(folder.File("site", "math.html"));

        Assert.Contains("<span class=\"math\">\\(a_1 &lt; b\\)</span>", page);
        Assert.Contains("<span class=\"math math-display\">\\[\\sum_{j=0}^{d} \\binom{n}{j}\\]</span>", page);
        Assert.Contains("<div class=\"math\">\n\\[\nx^2\n\\]</div>", page.Replace("\r", ""));
        Assert.Contains("<strong>bold</strong>", page);
    }

    [Fact]
    public async Task EveryScriptAndStyleOfAPageIsLocalSoItWorksOffline()
    {
        using var folder = new TempFolder();
        await RunnerHarness.RunNotebookAsync(folder, "offline.ipynb", "1");
        string site = folder.File("site");
        string page = File.ReadAllText(Path.Combine(site, "offline.html"));

        var references = LocalReference().Matches(page).Select(m => m.Groups["path"].Value).ToList();
        Assert.Equal(6, references.Count);   // site.js, site.css, KaTeX css, js and auto-render, plotly.js
        Assert.All(references, r => Assert.True(File.Exists(Path.Combine(site, r)), $"{r} is missing"));
        Assert.DoesNotContain("src=\"http", page);
        Assert.DoesNotContain("href=\"http", page);
        Assert.True(new FileInfo(Path.Combine(site, "assets", "plotly-2.28.0.min.js")).Length > 3_000_000);
        Assert.True(File.Exists(Path.Combine(site, "assets", "katex", "fonts", "KaTeX_Main-Regular.woff2")));
        Assert.True(File.Exists(Path.Combine(site, "executed", "offline.ipynb")));
    }

    [GeneratedRegex("(?:src|href)=\"(?<path>assets/[^\"]+)\"")]
    private static partial Regex LocalReference();
}
