using TeachingKit.Notebooks.Runner;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>Wrong inputs and unwritable output folders are refused before any notebook runs; stale outputs go.</summary>
public class InputsAndOutputFolderTests
{
    [Fact]
    public async Task AnOutputPathThatIsAFileFailsWithExitCodeTwoBeforeAnythingRuns()
    {
        using var folder = new TempFolder();
        string notebook = TestNotebook.Write(folder.Path, "good.ipynb", "Console.WriteLine(\"ran\");");
        File.WriteAllText(folder.File("taken"), "a file, not a folder");

        var (code, output) = await RunnerProcess.RunAsync(["run", notebook, "--out", folder.File("taken")]);

        Assert.Equal(2, code);
        Assert.Contains($"error: cannot write the site: the output folder \"{folder.File("taken")}\" (--out) is an existing file", output);
        Assert.DoesNotContain("▶ good.ipynb", output);                       // refused before running
        Assert.Equal("a file, not a folder", File.ReadAllText(folder.File("taken")));
    }

    [Fact]
    public async Task AnOutputFolderInsideAFileIsRefusedInProcessToo()
    {
        using var folder = new TempFolder();
        string notebook = TestNotebook.Write(folder.Path, "good.ipynb", "1");
        File.WriteAllText(folder.File("taken"), "");

        var e = await Assert.ThrowsAsync<IOException>(() => RunnerHarness.RunAsync(folder.File("taken", "site"), [notebook]));
        Assert.Contains("(--out) cannot be written", e.Message);
    }

    [Fact]
    public async Task AnEmptyInputFolderIsAnArgumentErrorWithExitCodeTwo()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("empty"));

        var (code, output) = await RunnerProcess.RunAsync(["run", folder.File("empty"), "--out", folder.File("site")]);

        Assert.Equal(2, code);
        Assert.Contains($"error: The folder \"{folder.File("empty")}\" holds no .ipynb notebook.", output);
    }

    [Fact]
    public async Task TwoInputsWithTheSameFileNameAreRefusedNamingBoth()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("a"));
        Directory.CreateDirectory(folder.File("b"));
        string first = TestNotebook.Write(folder.File("a"), "x.ipynb", "1");
        string second = TestNotebook.Write(folder.File("b"), "x.ipynb", "2");

        var e = await Assert.ThrowsAsync<ArgumentException>(() => RunnerHarness.RunAsync(folder.File("site"), [first, second]));

        Assert.Contains("Two notebooks have the file name \"x.ipynb\"", e.Message);
        Assert.Contains($"\"{first}\" and \"{second}\"", e.Message);
        Assert.False(Directory.Exists(folder.File("site")));                    // nothing ran, nothing was written
    }

    [Fact]
    public async Task ANotebookThatBecameMalformedLosesItsOldPageAndExecutedCopy()
    {
        using var folder = new TempFolder();
        string site = folder.File("site");
        string path = TestNotebook.Write(folder.Path, "stale.ipynb", "Console.WriteLine(\"old result\");");
        await RunnerHarness.RunAsync(site, [path]);
        Assert.True(File.Exists(Path.Combine(site, "stale.html")));

        File.WriteAllText(path, "{ broken");
        var (summary, _) = await RunnerHarness.RunAsync(site, [path]);

        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(NotebookStatus.Malformed, summary.Results.Single().Status);
        Assert.False(File.Exists(Path.Combine(site, "stale.html")));
        Assert.False(File.Exists(Path.Combine(site, "executed", "stale.ipynb")));
        string index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("✘ not a valid notebook: bad JSON", index);              // listed as malformed ...
        Assert.DoesNotContain("href=\"stale.html\"", index);                     // ... without a link to a page
    }

    [Fact]
    public async Task WrongArgumentsThroughTheRealProcessExitWithTwoAndShowTheUsage()
    {
        var (code, output) = await RunnerProcess.RunAsync(["run", "--cell-timeout", "1e12"]);
        Assert.Equal(2, code);
        Assert.Contains("error: --cell-timeout must be at most 86400 seconds", output);
        Assert.Contains("Usage:", output);

        (code, output) = await RunnerProcess.RunAsync(["frobnicate"]);
        Assert.Equal(2, code);
        Assert.Contains("Unknown command \"frobnicate\"", output);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    [InlineData("student")]
    [InlineData("grade")]
    [InlineData("spurious-minima")]
    [InlineData("simple-tasks")]
    public void TheUsageStartsEachCommandOnItsOwnLine(string command)
    {
        // The usage is three raw literals joined; "student" once ran on at the end of validate's last line.
        Assert.Contains($"\n  TeachingKit.Notebooks {command} ", TeachingKit.Notebooks.Cli.CommandLine.Usage.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ValidateSaysOneForANonConformingFileAndTwoForAMissingOrNonJsonFile()
    {
        using var folder = new TempFolder();
        string conforming = TestNotebook.Write(folder.Path, "ok.ipynb", "1");
        File.WriteAllText(folder.File("old.ipynb"), "{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"# 4.4\"}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 4}");
        File.WriteAllText(folder.File("text.ipynb"), "not json");

        Assert.Equal(0, (await RunnerProcess.RunAsync(["validate", conforming])).ExitCode);
        var (code, output) = await RunnerProcess.RunAsync(["validate", conforming, folder.File("old.ipynb")]);
        Assert.Equal(1, code);
        Assert.Contains("$.nbformat_minor: must be an integer >= 5", output);
        Assert.Equal(2, (await RunnerProcess.RunAsync(["validate", folder.File("old.ipynb"), folder.File("text.ipynb")])).ExitCode);
        (code, output) = await RunnerProcess.RunAsync(["validate", folder.File("absent.ipynb")]);
        Assert.Equal(2, code);
        Assert.Contains("cannot read the file", output);
    }

    [Fact]
    public async Task AnExecutedCopyThatWouldOverwriteItsSourceIsRefusedWithExitCodeTwo()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("executed"));
        string notebook = TestNotebook.Write(folder.File("executed"), "own.ipynb", "Console.WriteLine(\"ran\");");
        string before = File.ReadAllText(notebook);

        var (code, output) = await RunnerProcess.RunAsync(["run", folder.File("executed"), "--out", folder.Path]);

        Assert.Equal(2, code);
        Assert.Contains($"error: The executed copy of \"{notebook}\" would overwrite the input notebook \"{notebook}\"", output);
        Assert.DoesNotContain("▶ own.ipynb", output);
        Assert.Equal(before, File.ReadAllText(notebook));                     // the source keeps no outputs
    }

    [Fact]
    public async Task TheInputFolderAsOutputFolderLeavesTheSourcesUnexecuted()
    {
        using var folder = new TempFolder();
        string notebook = TestNotebook.Write(folder.Path, "here.ipynb", "1 + 1");
        string before = File.ReadAllText(notebook);

        var (summary, _) = await RunnerHarness.RunAsync(folder.Path, [folder.Path], force: true);

        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(before, File.ReadAllText(notebook));
        Assert.Equal(1, RunnerHarness.ReadExecuted(folder.Path, "here.ipynb")["cells"]![1]!["execution_count"]!.GetValue<int>());
    }
}
