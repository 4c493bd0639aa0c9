using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class ErrorHandlingTests
{
    [Fact]
    public async Task ACompileErrorNamesCellAndLineAndStopsTheNotebook()
    {
        using var folder = new TempFolder();
        var (summary, progress) = await RunnerHarness.RunNotebookAsync(folder, "broken.ipynb",
            "var ok = 1;", "var a = 2;\nvar b = undefinedName + 1;", "Console.WriteLine(\"never\");");

        var result = summary.Results.Single();
        var failure = result.Failure!;
        Assert.Equal(("CompilationError", 3, 2), (failure.Kind, failure.CellNumber, failure.Line));
        Assert.Contains("CS0103", failure.Message);
        Assert.Contains("broken.ipynb, cell 3, line 2: CS0103", progress);
        Assert.Equal(1, summary.ExitCode);

        var cells = RunnerHarness.CodeCells(result);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(cells[1].Outputs));
        Assert.Equal("broken.ipynb, cell 3, line 2: " + failure.Message, error.Traceback[0]);
        Assert.Null(cells[2].ExecutionCount);
        Assert.Empty(cells[2].Outputs);
    }

    [Fact]
    public async Task AnExceptionNamesTheLineThatThrewAndItsType()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder,
            "int Twice(int v) => 2 * v;\nvar x = Twice(2);\nthrow new InvalidOperationException(\"boom \" + x);");

        var failure = result.Failure!;
        Assert.Equal(("System.InvalidOperationException", 2, 3), (failure.Kind, failure.CellNumber, failure.Line));
        Assert.Equal("InvalidOperationException: boom 4", failure.Message);
    }

    [Fact]
    public async Task AnExceptionInsideLibraryCodeIsReportedAtTheCallingLine()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder,
            TestNotebook.SetupCell(folder.Path),
            "var n = 1;\nTeachingKit.Sampling.Grid.Linspace(0, 1, n)");

        var failure = result.Failure!;
        Assert.Equal((3, 2), (failure.CellNumber, failure.Line));
        Assert.Contains("count must be at least 2, but was 1", failure.Message);
    }

    [Fact]
    public async Task ACellOverTheTimeLimitFailsWithAClearMessage()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "slow.ipynb", "System.Threading.Thread.Sleep(5000);", "var after = 1;");
        var (summary, _) = await RunnerHarness.RunAsync(folder.File("site"), [path], cellTimeLimitSeconds: 0.5);

        var result = summary.Results.Single();
        Assert.Equal("TimeLimitExceeded", result.Failure!.Kind);
        Assert.Contains("time limit of 0.5 s", result.Failure.Message);
        Assert.Null(RunnerHarness.CodeCells(result)[1].ExecutionCount);
    }

    public static TheoryData<string, string> MalformedNotebooks => new()
    {
        { "{ \"cells\": [", "bad JSON at line 1" },
        { "[1, 2]", "the top level is not a JSON object" },
        { "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "it has no cells" },
        { "{\"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "it has no \"cells\" array" },
        { "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"1\", \"metadata\": {}}], \"metadata\": {}, \"nbformat\": 3, \"nbformat_minor\": 0}", "unknown nbformat version 3" },
        { "{\"cells\": [{\"cell_type\": \"chart\", \"source\": \"\", \"metadata\": {}}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "cell 1 has unknown cell_type \"chart\"" },
        { "{\"cells\": [{\"cell_type\": 5, \"source\": \"\", \"metadata\": {}}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "cell 1 has a cell_type that is not a string: 5" },
        { "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"1\", \"metadata\": {}}], \"metadata\": {}, \"nbformat\": 5, \"nbformat_minor\": 0}", "unknown nbformat version 5" },
        { "{\"cells\": [{\"cell_type\": \"code\", \"id\": \"bad id!\", \"source\": \"\", \"metadata\": {}}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}", "cell 1 has an invalid id" },
    };

    [Theory]
    [MemberData(nameof(MalformedNotebooks))]
    public async Task AMalformedNotebookGetsExitCodeTwoAndNothingIsWrittenForIt(string content, string expectedProblem)
    {
        using var folder = new TempFolder();
        string bad = folder.File("bad.ipynb");
        File.WriteAllText(bad, content);
        string good = TestNotebook.Write(folder.Path, "good.ipynb", "1 + 1");
        string site = folder.File("site");

        var (summary, progress) = await RunnerHarness.RunAsync(site, [folder.Path]);

        Assert.Equal(2, summary.ExitCode);
        var malformed = summary.Results.Single(r => r.Path == bad);
        Assert.Equal(NotebookStatus.Malformed, malformed.Status);
        Assert.Contains(expectedProblem, malformed.FormatError);
        Assert.Contains($"bad.ipynb: not a valid notebook: {expectedProblem}", progress);
        Assert.False(File.Exists(Path.Combine(site, "executed", "bad.ipynb")));
        Assert.False(File.Exists(Path.Combine(site, "bad.html")));
        Assert.Equal(NotebookStatus.Passed, summary.Results.Single(r => r.Path == good).Status);
        Assert.True(File.Exists(Path.Combine(site, "good.html")));
    }

    [Fact]
    public async Task NoTemporaryFilesAreLeftInTheOutput()
    {
        using var folder = new TempFolder();
        await RunnerHarness.RunNotebookAsync(folder, "fails.ipynb", "throw new Exception(\"stop\");");

        var leftovers = Directory.GetFiles(folder.File("site"), "*.tmp", SearchOption.AllDirectories);
        Assert.Empty(leftovers);
        Assert.True(File.Exists(folder.File("site", "executed", "fails.ipynb")));
    }
}
