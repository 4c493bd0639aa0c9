using TeachingKit.Notebooks.Site;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>How outputs appear on a page: long text cut with a note, the executed notebook whole.</summary>
public class SiteOutputTests
{
    [Fact]
    public async Task ALongTextOutputShowsItsFirstLinesAndSaysHowManyMoreTheNotebookHas()
    {
        using var folder = new TempFolder();
        int total = PageRenderer.MaxOutputLines + 500;
        await RunnerHarness.RunNotebookAsync(folder, "long.ipynb",
            $"for (int i = 0; i < {total}; i++) Console.WriteLine($\"line {{i}}\");",
            $"for (int i = 0; i < {PageRenderer.MaxOutputLines}; i++) Console.WriteLine($\"row {{i}}\");");
        string page = File.ReadAllText(folder.File("site", "long.html"));

        Assert.Contains($"line {PageRenderer.MaxOutputLines - 1}\n</pre>", page);
        Assert.DoesNotContain($"line {PageRenderer.MaxOutputLines}\n", page);
        Assert.Contains("<p class=\"output-truncated\">… 500 more lines not shown here; the executed notebook (.ipynb) has the whole output.</p>", page);
        Assert.Contains($"row {PageRenderer.MaxOutputLines - 1}\n</pre>", page);   // exactly the limit: shown whole, no note
        Assert.Single(page.Split("output-truncated\"").Skip(1));

        var executed = RunnerHarness.ReadExecuted(folder.File("site"), "long.ipynb");
        string text = string.Concat(executed["cells"]![1]!["outputs"]![0]!["text"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(total, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task LinksToANotebookWithSpacesHashOrUnicodeInItsNameReachItsFiles()
    {
        using var folder = new TempFolder();
        await RunnerHarness.RunNotebookAsync(folder, "lecture #1 ü.ipynb", "1");
        string site = folder.File("site");
        string index = File.ReadAllText(Path.Combine(site, "index.html"));
        string page = File.ReadAllText(Path.Combine(site, "lecture #1 ü.html"));

        var links = System.Text.RegularExpressions.Regex.Matches(index + page, "<a href=\"(?<href>[^\"]+)\"")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["href"].Value)).Where(h => h != "index.html").ToList();
        Assert.Equal(["lecture%20%231%20%C3%BC.html", "executed/lecture%20%231%20%C3%BC.ipynb"], links);
        Assert.All(links, h => Assert.True(File.Exists(Path.Combine(site, Uri.UnescapeDataString(h))), h));
    }
}
