using TeachingKit.Notebooks.Cli;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class CommandLineTests
{
    [Fact]
    public void RunDefaultsToTheNotebooksFolderAndTheArtifactsSite()
    {
        var run = Assert.IsType<RunCommand>(CommandLine.Parse(["run"]));
        Assert.Equal(["notebooks"], run.Options.Inputs);
        Assert.Equal(Path.Combine("artifacts", "site"), run.Options.OutputDirectory);
        Assert.Equal(TimeSpan.FromSeconds(120), run.Options.CellTimeLimit);
    }

    [Fact]
    public void TheLongestAllowedTimeLimitIsOneDay()
    {
        var run = Assert.IsType<RunCommand>(CommandLine.Parse(["run", "--cell-timeout", "86400"]));
        Assert.Equal(TimeSpan.FromDays(1), run.Options.CellTimeLimit);
    }

    [Fact]
    public void RunTakesFilesAnOutputFolderAndATimeLimit()
    {
        var run = Assert.IsType<RunCommand>(CommandLine.Parse(["run", "a.ipynb", "--out", "site", "--cell-timeout", "2.5", "b"]));
        Assert.Equal(["a.ipynb", "b"], run.Options.Inputs);
        Assert.Equal("site", run.Options.OutputDirectory);
        Assert.Equal(TimeSpan.FromSeconds(2.5), run.Options.CellTimeLimit);
    }

    [Theory]
    [InlineData(new string[0], "No command given")]
    [InlineData(new[] { "execute" }, "Unknown command \"execute\"")]
    [InlineData(new[] { "run", "--cell-timeout", "0" }, "--cell-timeout must be a positive number of seconds, but was \"0\"")]
    [InlineData(new[] { "run", "--cell-timeout", "soon" }, "--cell-timeout must be a positive number")]
    [InlineData(new[] { "run", "--cell-timeout", "1e12" }, "--cell-timeout must be at most 86400 seconds (one day), but was \"1e12\"")]
    [InlineData(new[] { "run", "--cell-timeout", "5000000" }, "--cell-timeout must be at most 86400 seconds")]
    [InlineData(new[] { "run", "--cell-timeout", "-3" }, "--cell-timeout must be a positive number")]
    [InlineData(new[] { "run", "--out" }, "--out needs a value")]
    [InlineData(new[] { "run", "--verbose" }, "Unknown option \"--verbose\"")]
    [InlineData(new[] { "validate" }, "validate needs at least one .ipynb file")]
    public void MistakesAreExplained(string[] args, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => CommandLine.Parse(args)).Message);

    [Fact]
    public async Task TheRunnerProcessExitsWithOneWhenACellFailsAndTwoForAMalformedNotebook()
    {
        using var folder = new TempFolder();
        string failing = TestNotebook.Write(folder.Path, "failing.ipynb", "var a = 1;\nthrow new Exception(\"no\");");
        var (code, output) = await RunRunnerAsync("run", failing, "--out", folder.File("site1"));
        Assert.Equal(1, code);
        Assert.Contains("failing.ipynb, cell 2, line 2: Exception: no", output);
        Assert.Contains("Open the site: " + folder.File("site1", "index.html"), output);

        File.WriteAllText(folder.File("malformed.ipynb"), "not json");
        (code, output) = await RunRunnerAsync("run", folder.File("malformed.ipynb"), "--out", folder.File("site2"));
        Assert.Equal(2, code);
        Assert.Contains("malformed.ipynb: not a valid notebook: bad JSON", output);

        (code, output) = await RunRunnerAsync("run", folder.File("absent"));
        Assert.Equal(2, code);
        Assert.Contains("No notebook or folder at", output);
    }

    private static Task<(int ExitCode, string Output)> RunRunnerAsync(params string[] args) => RunnerProcess.RunAsync(args);
}
