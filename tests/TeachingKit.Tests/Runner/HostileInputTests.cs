using System.Text.Json.Nodes;
using TeachingKit.Notebooks.Site;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>
/// Issue 19, items 2, 4 and 6–14 (and the page side of 16): each hostile input fails alone with its own message, in
/// one run whose good notebooks keep their full outputs and whose site describes this run only.
/// </summary>
public class HostileInputTests(HostileInputRun run) : IClassFixture<HostileInputRun>
{
    private const string NotValid = "not a valid notebook: ";

    [Fact]
    public void TheGoodNotebooksRanWithTheirFullOutputsAndTheRunExitsWithTwo()
    {
        Assert.Equal(2, run.ExitCode);                                           // malformed files were among the inputs
        foreach (string name in new[] { "a-good.ipynb", "z-good.ipynb", "index.ipynb" })
        {
            Assert.Contains($"✔ {name}: 2 code cells", run.Output);
            var cells = RunnerHarness.ReadExecuted(run.Site(), name)["cells"]!.AsArray();
            Assert.Equal("0.5\n", string.Concat(cells[1]!["outputs"]![0]!["text"]!.AsArray().Select(l => l!.GetValue<string>())));
            Assert.Equal("42", PlainText(cells[2]!));
        }
    }

    [Fact]
    public void Item2IndexIpynbGetsItsOwnPageBesideTheSitesIndex()
    {
        Assert.Equal("index_.html", SiteLayout.PageFileName("index.ipynb"));
        Assert.Equal("INDEX__.html", SiteLayout.PageFileName("INDEX_.ipynb"));            // one-to-one: index_.ipynb does not take it
        Assert.Contains("Test notebook index.ipynb", File.ReadAllText(run.Site("index_.html")));
        Assert.Contains("<a href=\"index_.html\">Test notebook index.ipynb</a>", run.Index);
        Assert.Contains("This run is complete", run.Index);                          // index.html is still the site's index
    }

    [Fact]
    public void Item4WhatTheEarlierRunWroteIsGoneAndTheIndexIsMarkedComplete()
    {
        Assert.False(File.Exists(run.Site("old.html")));
        Assert.False(File.Exists(run.Site("executed", "old.ipynb")));
        Assert.Empty(Directory.GetFiles(run.Site("executed"), "*.tmp"));
        Assert.DoesNotContain("old.html", run.Index);
        Assert.Contains("This run is complete: 21 of 21 notebooks.", run.Index);
        Assert.DoesNotContain("not run yet", run.Index);
    }

    [Fact]
    public void Item6ADuplicateKeyIsThatFilesErrorWithItsLine()
    {
        Assert.Contains($"✘ dup-key.ipynb: {NotValid}duplicate key 'nbformat' at line 3", run.Output);
        Assert.Contains("duplicate key &#39;nbformat&#39; at line 3", run.Index);
    }

    [Fact]
    public void Item7AFifoAHugeFileAndADanglingLinkAreReadErrorsOfTheirOwn()
    {
        Assert.Contains($"✘ fifo.ipynb: {NotValid}cannot read the file: it is empty or not a regular file (a pipe, socket or device)", run.Output);
        Assert.Contains($"✘ huge.ipynb: {NotValid}cannot read the file: it is 268,435,457 bytes, larger than the runner's limit of 268,435,456 bytes", run.Output);
        Assert.Contains($"✘ gone.ipynb: {NotValid}cannot read the file: Could not find file", run.Output);
        Assert.DoesNotContain("cannot write the site", run.Output);
    }

    [Fact]
    public void Item8AnExceptionWhoseMessageThrowsIsReportedAsSuch()
    {
        Assert.Contains("✘ message-throws.ipynb, cell 2, line 2: Evil: (the exception's Message property threw InvalidOperationException)", run.Output);
    }

    [Fact]
    public void Item9InvalidUtf8NamesTheByteAndDeepNestingAndBadJsonSayWhatTheyAre()
    {
        Assert.Contains($"✘ bad-utf8.ipynb: {NotValid}invalid UTF-8 at byte offset {run.Utf8Offset}", run.Output);
        Assert.Contains($"✘ deep-refused.ipynb: {NotValid}nested too deeply at line 1 (limit 990 levels)", run.Output);
        Assert.Contains("✔ deep-ok.ipynb: 1 code cells", run.Output);              // 500 levels: Python's json reads it, so does the kit
        Assert.Contains($"✘ bad-json.ipynb: {NotValid}bad JSON at line 1: ", run.Output);
        Assert.DoesNotContain("LineNumber", run.Output);
    }

    [Fact]
    public async Task Item10RunAndValidateGiveTheSameVerdictAndMessage()
    {
        string nb = run.Folder.File("nb");
        string[] refused = ["no-metadata.ipynb", "dup-key.ipynb", "bad-utf8.ipynb", "deep-refused.ipynb"];
        Assert.Contains($"✘ no-metadata.ipynb: {NotValid}it has no top-level \"metadata\" object", run.Output);
        foreach (string name in refused)
        {
            var (code, output) = await RunnerProcess.RunAsync(["validate", Path.Combine(nb, name)]);
            Assert.Equal(2, code);
            string runMessage = run.Output.Split('\n').Single(l => l.StartsWith($"✘ {name}: ", StringComparison.Ordinal))[$"✘ {name}: ".Length..];
            Assert.Contains(runMessage, output);
        }
        Assert.Equal(0, (await RunnerProcess.RunAsync(["validate", Path.Combine(nb, "a-good.ipynb"), Path.Combine(nb, "deep-ok.ipynb")])).ExitCode);
    }

    [Fact]
    public void Item11DirectivesAreFoundAsTheCompilerFindsThem()
    {
        Assert.Contains("✔ directives.ipynb: 2 code cells", run.Output);
        var cells = RunnerHarness.ReadExecuted(run.Site(), "directives.ipynb")["cells"]!.AsArray();
        // The raw string keeps its "#r" and "#!" lines.
        Assert.Equal("#r \"nuget: Nothing, 1.0.0\"\n#!/bin/bash".Length.ToString(), PlainText(cells[1]!));
        Assert.Equal("120", PlainText(cells[2]!));
    }

    [Fact]
    public void Item12ACellDeclaredFSharpOrPowerShellIsRefused()
    {
        Assert.Contains("✘ fsharp.ipynb, cell 3: cell 3 is F#; the kit runs C# cells only", run.Output);
        Assert.Contains("✘ pwsh.ipynb, cell 2: cell 2 is PowerShell; the kit runs C# cells only", run.Output);
        var cells = RunnerHarness.ReadExecuted(run.Site(), "fsharp.ipynb")["cells"]!.AsArray();
        Assert.Equal(1, cells[1]!["execution_count"]!.GetValue<int>());              // the C# cell before it ran
    }

    [Fact]
    public void Item13LoadWorksAndItsErrorsNameTheLoadedFileAndTheKitHintIsOnlyForTheKit()
    {
        Assert.Contains("✔ load-ok.ipynb: 1 code cells", run.Output);
        Assert.Contains($"✘ load-error.ipynb, cell 3: in the loaded file {run.Folder.File("helpers-bad.csx")}, line 5: CS0029", run.Output);
        string missing = run.Output.Split('\n').Single(l => l.StartsWith("✘ missing-ref.ipynb", StringComparison.Ordinal));
        Assert.Contains("CS0006", missing);
        Assert.DoesNotContain("Build the kit first", missing);
    }

    [Fact]
    public void Item14APublicToHtmlIsInsertedAsHtmlAndAnythingElseIsEscaped()
    {
        string page = File.ReadAllText(run.Site("to-html.html"));
        Assert.Contains("<b id=\"raw-html\">bold</b>", page);
        Assert.Contains("&lt;i&gt;escaped&lt;/i&gt;", page);
        Assert.DoesNotContain("<i>x</i>", page);
        // The script compiler emits a cell's internal members as public, so an internal ToHtml counts too (README says so).
        Assert.Contains("<u id=\"internal-html\">u</u>", page);
    }

    [Fact]
    public void Item16AGiantLineIsCutOnThePageAndKeptWholeInTheExecutedCopy()
    {
        string page = File.ReadAllText(run.Site("giant-line.html"));
        Assert.Contains($"… {(HostileInputRun.GiantLine + 1 - PageRenderer.MaxOutputCharacters).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} more characters not shown here", page);
        Assert.True(page.Length < PageRenderer.MaxOutputCharacters + 20_000, $"the page has {page.Length} characters");
        var output = RunnerHarness.ReadExecuted(run.Site(), "giant-line.ipynb")["cells"]![1]!["outputs"]![0]!["text"]!;
        Assert.Equal(HostileInputRun.GiantLine + 1, string.Concat(output.AsArray().Select(l => l!.GetValue<string>())).Length);
    }

    private static string PlainText(JsonNode cell) =>
        cell["outputs"]![0]!["data"]!["text/plain"] is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : cell["outputs"]![0]!["data"]!["text/plain"]!.GetValue<string>();
}
