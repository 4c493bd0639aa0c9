using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class DeterminismTests
{
    [Fact]
    public async Task RerunningANotebookWritesTheSameFiles()
    {
        using var folder = new TempFolder();
        string path = TestNotebook.Write(folder.Path, "twice.ipynb",
            TestNotebook.SetupCell(folder.Path),
            "using TeachingKit.Plots;\nFunctionCharts.Lines(\"t\", \"x\", \"y\", new[] { 0.0, 1.0 }, (\"c\", new[] { 2.0, 3.0 }))",
            "var random = new Random(7);\nEnumerable.Range(0, 3).Select(_ => random.NextDouble())");

        await RunnerHarness.RunAsync(folder.File("a"), [path]);
        await RunnerHarness.RunAsync(folder.File("b"), [path]);

        foreach (string file in new[] { "executed/twice.ipynb", "twice.html" })
            Assert.Equal(File.ReadAllText(folder.File("a", file)), File.ReadAllText(folder.File("b", file)));
    }
}
