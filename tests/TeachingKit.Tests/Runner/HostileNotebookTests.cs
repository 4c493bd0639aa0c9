using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>
/// One run of the runner over good notebooks around hostile ones: each hostile notebook runs in its own kernel
/// process, so it fails (or misbehaves) alone, with a message naming it, and the good ones keep their full outputs.
/// </summary>
public sealed class HostileRun : IDisposable
{
    /// <summary>Notebook file name → its cells; each prints 0.5 first so a changed culture or a lost console shows.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Hostile = new Dictionary<string, string[]>
    {
        ["b01-exit.ipynb"] = ["Environment.Exit(0);"],
        ["b02-failfast.ipynb"] = ["Environment.FailFast(\"hostile\");"],
        ["b03-stack-overflow.ipynb"] = ["int Deeper(int n) => Deeper(n + 1) + 1;\nDeeper(0)"],
        ["b04-endless-loop.ipynb"] = ["while (true) { }"],
        ["b05-thread-exception.ipynb"] = ["new System.Threading.Thread(() => throw new InvalidOperationException(\"hostile\")).Start();\nSystem.Threading.Thread.Sleep(5000);"],
        ["b06-async-void.ipynb"] = ["async void Boom() { await Task.Yield(); throw new InvalidOperationException(\"hostile\"); }\nBoom();\nSystem.Threading.Thread.Sleep(5000);"],
        ["b07-finalizer.ipynb"] = ["class Hostile { ~Hostile() { throw new InvalidOperationException(\"hostile\"); } }\nvoid Make() => new Hostile();\nMake(); GC.Collect(); GC.WaitForPendingFinalizers(); System.Threading.Thread.Sleep(2000);"],
        ["b08-console-null.ipynb"] = ["Console.SetOut(System.IO.TextWriter.Null);", "Console.WriteLine(\"lost\");"],
        ["b09-culture.ipynb"] = ["var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();\n" +
            "comma.NumberFormat.NumberDecimalSeparator = \",\";\nSystem.Globalization.CultureInfo.DefaultThreadCurrentCulture = comma;\n" +
            "System.Globalization.CultureInfo.CurrentCulture = comma;", "Console.WriteLine(0.5);"],
        ["b10-current-directory.ipynb"] = ["System.IO.Directory.SetCurrentDirectory(System.IO.Path.GetTempPath());"],
        ["b11-tostring-never-returns.ipynb"] = ["class Stuck { public override string ToString() { while (true) { } } }\nConsole.WriteLine(new Stuck());"],
    };

    public const double CellTimeLimitSeconds = 8;

    public HostileRun()
    {
        Write("a-good.ipynb");
        foreach (var (name, cells) in Hostile) TestNotebook.Write(Folder.Path, name, cells);
        Write("z-good.ipynb");
        (Summary, Progress) = RunnerHarness.RunAsync(Folder.File("site"), [Folder.Path], CellTimeLimitSeconds, parallel: 2).GetAwaiter().GetResult();
    }

    public TempFolder Folder { get; } = new();

    public RunSummary Summary { get; }

    public string Progress { get; }

    public NotebookResult Result(string name) => Summary.Results.Single(r => Path.GetFileName(r.Path) == name);

    public void Dispose() => Folder.Dispose();

    private void Write(string name) => TestNotebook.Write(Folder.Path, name, "Console.WriteLine(0.5);", "var answer = 6 * 7;\nanswer");
}

public class HostileNotebookTests(HostileRun run) : IClassFixture<HostileRun>
{
    [Theory]
    [InlineData("b01-exit.ipynb", "the kernel died (exit code 0)")]
    [InlineData("b02-failfast.ipynb", "the kernel died (exit code")]
    [InlineData("b03-stack-overflow.ipynb", "Stack overflow")]
    [InlineData("b04-endless-loop.ipynb", "it did not stop when interrupted, so its kernel was ended")]
    [InlineData("b05-thread-exception.ipynb", "the kernel died (exit code")]
    [InlineData("b06-async-void.ipynb", "the kernel died (exit code")]
    [InlineData("b07-finalizer.ipynb", "the kernel died (exit code")]
    [InlineData("b11-tostring-never-returns.ipynb", "the cell ran longer than the time limit")]
    public void AHostileCellFailsOnlyItsNotebookWithAMessageNamingIt(string notebook, string message)
    {
        var result = run.Result(notebook);
        Assert.Equal(NotebookStatus.Failed, result.Status);
        Assert.Equal(2, result.Failure!.CellNumber);
        Assert.Contains(message, result.Failure.Message);
        Assert.Contains($"✘ {notebook}, cell 2: ", run.Progress);
    }

    [Fact]
    public void TheGoodNotebooksBeforeAndAfterRanWithTheirFullOutputs()
    {
        foreach (string name in new[] { "a-good.ipynb", "z-good.ipynb" })
        {
            var result = run.Result(name);
            Assert.Equal(NotebookStatus.Passed, result.Status);
            var cells = RunnerHarness.CodeCells(result);
            Assert.Equal("0.5\n", Assert.IsType<StreamOutput>(Assert.Single(cells[0].Outputs)).Text);
            Assert.Equal("42", Assert.IsType<DisplayOutput>(Assert.Single(cells[1].Outputs)).Data["text/plain"]);
        }
        Assert.Equal(1, run.Summary.ExitCode);
    }

    [Fact]
    public void ProcessWideChangesStayInTheirOwnNotebook()
    {
        // Console.SetOut, a changed culture and a changed working directory affect only their own kernel process.
        Assert.Equal(NotebookStatus.Passed, run.Result("b08-console-null.ipynb").Status);
        var culture = RunnerHarness.CodeCells(run.Result("b09-culture.ipynb"));
        Assert.Equal("0,5\n", Assert.IsType<StreamOutput>(Assert.Single(culture[1].Outputs)).Text);
        Assert.Equal(NotebookStatus.Passed, run.Result("b10-current-directory.ipynb").Status);
        Assert.True(File.Exists(run.Folder.File("site", "index.html")));
        Assert.True(File.Exists(run.Folder.File("site", "executed", "z-good.ipynb")));
    }

    [Fact]
    public void NoKernelIsLeftRunningAfterTheRun()
    {
        // Every kernel's working directory is the notebooks' folder: none may still be there (an endless loop
        // would keep a core busy).
        string folder = run.Folder.Path.TrimEnd('/');
        var left = Directory.GetDirectories("/proc").Where(p => int.TryParse(Path.GetFileName(p), out _)).Where(p =>
        {
            try { return new DirectoryInfo(Path.Combine(p, "cwd")).LinkTarget?.TrimEnd('/') == folder; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
        }).ToList();
        Assert.Empty(left);
    }
}
