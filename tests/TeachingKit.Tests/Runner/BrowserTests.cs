using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class BrowserTests
{
    [ChromiumFact]
    public async Task TheRenderedPageDrawsItsChartAndMathWithoutScriptErrors()
    {
        using var folder = new TempFolder();
        var (summary, _) = await RunnerHarness.RunAsync(folder.Path, [Repository.PathTo("notebooks", "00-start-here.ipynb")]);
        Assert.Equal(0, summary.ExitCode);

        var (dom, log) = await Chromium.DumpDomAsync(folder.File("00-start-here.html"));

        Assert.Contains("id=\"chart-00-start-here-1\"", dom);
        Assert.Contains("class=\"main-svg\"", dom);              // plotly.js drew the chart as SVG
        Assert.Contains("class=\"scatterlayer", dom);
        Assert.Contains("class=\"katex\"", dom);                 // KaTeX rendered the LaTeX
        Assert.DoesNotContain("data-script-errors", dom);
        Assert.DoesNotContain("Uncaught", log);
    }

    [ChromiumFact]
    public async Task AScriptErrorOnAPageIsCaught()
    {
        // Guards the test above: the page's error banner really sees a failing script.
        using var folder = new TempFolder();
        await RunnerHarness.RunNotebookAsync(folder, "broken-script.ipynb", "1");
        string page = folder.File("site", "broken-script.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("</body>", "<script>undefinedFunction();</script></body>"));

        var (dom, _) = await Chromium.DumpDomAsync(page);

        Assert.Contains("data-script-errors=\"1\"", dom);
        Assert.Contains("A script on this page failed", dom);
    }
}
