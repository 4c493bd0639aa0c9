using TeachingKit.Kernel.Formatting;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>The per-cell time limit covers the cell's code AND the formatting of its last value.</summary>
public class TimeLimitTests
{
    [Fact]
    public async Task ASlowLazyLastValueIsBoundByTheTimeLimit()
    {
        // The cell itself returns at once; formatting its value reads 5 items of 1.5 s each
        // (7.5 s), far over the 3 s limit. The first cell warms the compiler so that only the
        // formatting can exceed the limit.
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "lazy.ipynb",
            "var warm = 1;",
            "Enumerable.Range(0, 5).Select(i => { System.Threading.Thread.Sleep(1500); return i; })",
            "var after = 1;");

        var (summary, _) = await RunnerHarness.RunAsync(folder.File("site"), [path], cellTimeLimitSeconds: 3);

        var result = summary.Results.Single();
        Assert.Equal("TimeLimitExceeded", result.Failure!.Kind);
        Assert.Equal(3, result.Failure.CellNumber);
        Assert.Contains("time limit of 3 s", result.Failure.Message);
        Assert.Null(RunnerHarness.CodeCells(result)[2].ExecutionCount);
    }

    [Fact]
    public async Task AnEndlessIteratorRendersItsFirstRowsAndTheNotebookFinishes()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder,
            "IEnumerable<int> Naturals() { for (int i = 0; ; i++) yield return i; }\nNaturals()", "var after = 2;");

        Assert.Null(result.Failure);
        var output = Assert.Single(RunnerHarness.CodeCells(result)[0].Outputs);
        string html = Assert.IsType<TeachingKit.Notebooks.Model.DisplayOutput>(output).Data["text/html"];
        Assert.Equal(HtmlTable.MaxRows, CountOccurrences(html, "<tr><td class=\"num\">"));
        Assert.Contains($"<td class=\"num\">{HtmlTable.MaxRows - 1}</td>", html);   // the last row shown: item 199
        Assert.DoesNotContain($"<td class=\"num\">{HtmlTable.MaxRows}</td>", html);
        Assert.Contains("… more rows", html);
        Assert.Equal(2, RunnerHarness.CodeCells(result)[1].ExecutionCount);
    }

    [Fact]
    public void TheFormatterReadsOnlyOneItemPastTheRowsItShows()
    {
        int read = 0;
        IEnumerable<int> Counted() { for (int i = 0; ; i++) { read++; yield return i; } }

        var data = new ValueFormatter("t").Format(Counted());

        Assert.Equal(HtmlTable.MaxRows + 1, read);
        Assert.EndsWith(", …]", data["text/plain"]);
    }

    [Fact]
    public async Task ABusyLoopFailsWithTheTimeLimitMessageAndTheRunnerProcessStillExits()
    {
        // while(true){} cannot be aborted in .NET: its thread spins until the process ends. The
        // runner must still report the time limit, write its outputs and exit (it runs cells on
        // background threads and does not wait for them). Run as a real process, so that the
        // spinning thread dies with it instead of taking a core from the rest of the test run.
        using var folder = new TempFolder();
        string loop = TestNotebook.Write(folder.Path, "loop.ipynb", "Console.WriteLine(\"looping\");\nwhile (true) { }", "var after = 1;");

        var (code, output) = await RunnerProcess.RunAsync(["run", loop, "--out", folder.File("site"), "--cell-timeout", "4"], timeoutSeconds: 90);

        Assert.Equal(1, code);
        Assert.Contains("loop.ipynb, cell 2: the cell ran longer than the time limit of 4 s", output);
        string executed = RunnerHarness.ReadExecuted(folder.File("site"), "loop.ipynb").ToJsonString();
        Assert.Contains("looping", executed);            // the loop really started before the limit hit
        Assert.Contains("TimeLimitExceeded", executed);
    }

    [Fact]
    public async Task CellsRunOnABackgroundThreadSoAStuckOneCannotKeepTheProcessAlive()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "System.Threading.Thread.CurrentThread.IsBackground");

        var output = Assert.IsType<TeachingKit.Notebooks.Model.DisplayOutput>(Assert.Single(RunnerHarness.CodeCells(result)[0].Outputs));
        Assert.Equal("True", output.Data["text/plain"]);
    }

    private static int CountOccurrences(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
