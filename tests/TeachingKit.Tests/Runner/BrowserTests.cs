using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>Rendered pages in headless Chromium with the network blocked: charts drawn by the local plotly.js, math by KaTeX.</summary>
public class BrowserTests
{
    private const string ChartDiv = "class=\"plotly-chart";              // the runner's div for one chart
    private const string DrawnChart = "class=\"plot-container plotly\""; // what plotly.js puts in a div it drew

    /// <summary>Two charts and both kinds of LaTeX, built with the kit's setup cell and chart builder.</summary>
    private static string TwoChartNotebook(string folder) => TestNotebook.WriteWithMarkdown(folder, "charts.ipynb",
        "Inline $\\alpha_t = \\frac{1}{1-\\beta}$ and display $$\\sum_{i=1}^{n} x_i^2$$ math.",
        TestNotebook.SetupCell(folder),
        "using TeachingKit.Plots;\ndisplay(FunctionCharts.Lines(\"first\", \"x\", \"y\", new[] { 0.0, 1.0, 2.0 }, (\"a\", new[] { 1.0, 0.5, 0.25 })));",
        "FunctionCharts.Lines(\"second\", \"x\", \"y\", new[] { 0.0, 1.0 }, (\"b\", new[] { 2.0, 3.0 }), (\"c\", new[] { 3.0, 2.0 }))");

    [ChromiumFact]
    public async Task EveryChartIsDrawnOfflineAndTheMathRendersWithoutErrors()
    {
        using var folder = new TempFolder();
        var (summary, _) = await RunnerHarness.RunAsync(folder.File("site"),
            [Repository.PathTo("notebooks", "00-start-here.ipynb"), TwoChartNotebook(folder.Path)]);
        Assert.Equal(0, summary.ExitCode);

        var pages = new[] { ("00-start-here.html", 1), ("charts.html", 2) };
        // Both browsers at once: each spends most of its time waiting, not computing.
        var dumps = await Task.WhenAll(pages.Select(p => Chromium.DumpDomAsync(folder.File("site", p.Item1))));
        foreach (var ((page, charts), (dom, log)) in pages.Zip(dumps))
        {

            Assert.True(Chromium.Count(dom, ChartDiv) >= charts, $"{page}: expected at least {charts} chart(s)");
            Assert.Equal(Chromium.Count(dom, ChartDiv), Chromium.Count(dom, DrawnChart)); // every chart drawn, with no CDN
            Assert.Contains("class=\"scatterlayer", dom);
            Assert.Contains("class=\"katex\"", dom);                         // KaTeX rendered the LaTeX ...
            AssertAllMathRendered(page, dom);                                // ... all of it, without errors
            Assert.DoesNotContain("data-script-errors", dom);
            Assert.DoesNotContain("Uncaught", log);
        }
    }

    [ChromiumFact]
    public async Task TheChecksSeeAScriptErrorBadLatexAndAChartThatNeedsTheNetwork()
    {
        // Guards the test above: the error banner sees a failing script, katex-error marks bad
        // LaTeX, and without the local plotly.js the chart stays undrawn (the CDN is unreachable).
        using var folder = new TempFolder();
        await RunnerHarness.RunAsync(folder.File("site"), [TestNotebook.WriteWithMarkdown(folder.Path, "broken.ipynb",
            "Bad math: $\\frac{1}$, $\\badcommand{x}$ and $\\frac{1}{$ here.",
            TestNotebook.SetupCell(folder.Path),
            "TeachingKit.Plots.FunctionCharts.Lines(\"t\", \"x\", \"y\", new[] { 0.0, 1.0 }, (\"a\", new[] { 1.0, 2.0 }))")]);
        string page = folder.File("site", "broken.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</body>", "<script>undefinedFunction();</script></body>"));
        foreach (string plotly in Directory.GetFiles(folder.File("site", "assets"), "plotly-*.js")) File.Delete(plotly);

        var (dom, _) = await Chromium.DumpDomAsync(page);

        Assert.Contains("data-script-errors=\"1\"", dom);
        Assert.Contains("A script on this page failed", dom);
        Assert.Contains("katex-error", dom);                     // \frac{1}: a KaTeX parse error
        Assert.Contains("mathcolor=\"#cc0000\"", dom);            // \badcommand: shown in KaTeX's error colour
        Assert.Contains("<span class=\"math\">\\(\\frac{1}{\\)", dom); // unbalanced braces: left unrendered
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertAllMathRendered("broken.html", dom));
        Assert.Equal(1, Chromium.Count(dom, ChartDiv));
        Assert.Equal(0, Chromium.Count(dom, DrawnChart));
    }

    /// <summary>No KaTeX parse error, no unknown command (drawn in KaTeX's error colour), no math left as source.</summary>
    private static void AssertAllMathRendered(string page, string dom)
    {
        Assert.False(dom.Contains("katex-error", StringComparison.Ordinal), $"{page}: a KaTeX parse error");
        Assert.False(dom.Contains("#cc0000", StringComparison.Ordinal), $"{page}: an unknown LaTeX command");
        Assert.False(dom.Contains("<span class=\"math\">\\(", StringComparison.Ordinal)
                     || dom.Contains("<span class=\"math math-display\">\\[", StringComparison.Ordinal), $"{page}: math left unrendered");
    }

    [ChromiumFact]
    public async Task AWideTableOrLongLineScrollsInsideItsOutputAndTheGuardSeesThePageOverflowWithoutTheRule()
    {
        using var folder = new TempFolder();
        string wide = string.Join(", ", Enumerable.Range(0, 12).Select(i => $"C{i} = new string('x', 30)"));
        await RunnerHarness.RunNotebookAsync(folder, "wide.ipynb",
            "Console.WriteLine(new string('w', 3000));", $"Enumerable.Range(0, 3).Select(i => new {{ N = 7.512667527E-32, {wide} }})");
        string page = folder.File("site", "wide.html");
        const string measure = "<script>addEventListener('load', function () { var r = document.documentElement; " +
                               "r.setAttribute('data-widths', r.scrollWidth + '/' + r.clientWidth); " +
                               "var range = document.createRange(); range.selectNodeContents(document.querySelector('td.num')); " +
                               "r.setAttribute('data-number-lines', String(range.getClientRects().length)); });</script></body>";
        File.WriteAllText(page, File.ReadAllText(page).Replace("</body>", measure));

        string dom = (await Chromium.DumpDomAsync(page)).Dom;
        Assert.True(PageWidths(dom) is var (scroll, client) && scroll <= client, "the page scrolls sideways");
        Assert.Contains("data-number-lines=\"1\"", dom);           // 7.512667527E-32 is not broken at its '-'

        string css = folder.File("site", "assets", "site.css");   // guard: without the table rule the page overflows
        File.WriteAllText(css, File.ReadAllText(css).Replace(".output table, section.markdown table {", ".unused {"));
        var (guardScroll, guardClient) = PageWidths((await Chromium.DumpDomAsync(page)).Dom);
        Assert.True(guardScroll > guardClient, $"guard: {guardScroll}/{guardClient}");
    }

    private static (int Scroll, int Client) PageWidths(string dom)
    {
        var m = System.Text.RegularExpressions.Regex.Match(dom, "data-widths=\"(\\d+)/(\\d+)\"");
        Assert.True(m.Success, "the page was not measured");
        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }
}
