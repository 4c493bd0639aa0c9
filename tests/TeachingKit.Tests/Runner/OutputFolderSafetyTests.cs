using System.Diagnostics;
using TeachingKit.Notebooks.IO;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>Issue 19, items 1, 3, 4 and 5: the output folder never costs a notebook or a stranger's file, and two runners never share it.</summary>
public class OutputFolderSafetyTests
{
    [Fact]
    public async Task Item1AnExecutedFolderLinkedToTheNotebooksIsRefusedAndNoSourceIsTouched()
    {
        using var folder = new TempFolder();
        string nb = folder.File("nb");
        Directory.CreateDirectory(nb);
        string good = TestNotebook.Write(nb, "good.ipynb", "1 + 1");
        File.WriteAllText(Path.Combine(nb, "bad.ipynb"), "{ broken");
        string before = File.ReadAllText(good);
        Directory.CreateDirectory(folder.File("site"));
        File.WriteAllText(folder.File("site", SiteFolder.MarkerFileName), "teachingkit site\nexecuted/bad.ipynb\n");
        Directory.CreateSymbolicLink(folder.File("site", "executed"), nb);

        var (code, output) = await RunnerProcess.RunAsync(["run", nb, "--out", folder.File("site")]);

        Assert.Equal(2, code);
        Assert.Contains($"error: The executed copy of \"{Path.Combine(nb, "bad.ipynb")}\" would overwrite the input notebook", output);
        Assert.Contains($"is \"{Path.Combine(nb, "bad.ipynb")}\" once links are resolved", output);
        Assert.Equal(before, File.ReadAllText(good));
        Assert.Equal("{ broken", File.ReadAllText(Path.Combine(nb, "bad.ipynb")));   // not deleted as a stale executed copy
        Assert.Equal(RealPath.Of(Path.Combine(nb, "good.ipynb")), RealPath.Of(folder.File("site", "executed", "good.ipynb")));
    }

    [Fact]
    public async Task Item3AFolderTheKitDidNotWriteIsRefusedUnlessForced()
    {
        using var folder = new TempFolder();
        string notebook = TestNotebook.Write(folder.Path, "good.ipynb", "1 + 1");
        Directory.CreateDirectory(folder.File("home"));
        File.WriteAllText(folder.File("home", "index.html"), "someone's own page");

        var (code, output) = await RunnerProcess.RunAsync(["run", notebook, "--out", folder.File("home")]);

        Assert.Equal(2, code);
        Assert.Contains($"error: The output folder \"{folder.File("home")}\" (--out) is not empty and was not written by the kit", output);
        Assert.Contains("pass --force", output);
        Assert.Equal("someone's own page", File.ReadAllText(folder.File("home", "index.html")));
        Assert.False(Directory.Exists(folder.File("home", "executed")));

        (code, output) = await RunnerProcess.RunAsync(["run", notebook, "--out", folder.File("home"), "--force"]);
        Assert.Equal(0, code);
        Assert.True(File.Exists(folder.File("home", SiteFolder.MarkerFileName)));
        (code, _) = await RunnerProcess.RunAsync(["run", notebook, "--out", folder.File("home")]);      // now it is the kit's
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task Item4And5ASecondRunnerIsRefusedNamingTheFirstAndAKilledRunLeavesAnIndexThatSaysSo()
    {
        using var folder = new TempFolder();
        string slow = TestNotebook.Write(folder.Path, "a-slow.ipynb", "System.Threading.Thread.Sleep(60_000);");
        string after = TestNotebook.Write(folder.Path, "b-after.ipynb", "1 + 1");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "TeachingKit.Notebooks.dll"), "run", slow, after, "--out", folder.File("site"), "--parallel", "1" })
            start.ArgumentList.Add(a);
        using var first = Process.Start(start)!;
        try
        {
            while (await first.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith("▶ a-slow.ipynb", StringComparison.Ordinal)) { }
            string index = File.ReadAllText(folder.File("site", "index.html"));
            Assert.Contains("This run has not finished: 0 of 2 notebooks have ended.", index);
            Assert.Equal(2, index.Split("not run yet").Length - 1);

            var (code, output) = await RunnerProcess.RunAsync(["run", after, "--out", folder.File("site")]);

            Assert.Equal(2, code);
            Assert.Contains($"is being written by another runner (process {first.Id})", output);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        Assert.Contains("This run has not finished", File.ReadAllText(folder.File("site", "index.html")));
        var (rerun, _) = await RunnerProcess.RunAsync(["run", after, "--out", folder.File("site")]);     // the lock died with it
        Assert.Equal(0, rerun);
    }
}
