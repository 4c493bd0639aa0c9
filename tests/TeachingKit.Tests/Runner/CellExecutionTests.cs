using TeachingKit.Notebooks.Model;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class CellExecutionTests
{
    [Fact]
    public async Task CellsShareStateInOrder()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "var x = 20;", "x = x * 2 + 2;", "x");

        Assert.Null(result.Failure);
        var last = Assert.IsType<DisplayOutput>(Assert.Single(RunnerHarness.CodeCells(result)[2].Outputs));
        Assert.True(last.IsExecuteResult);
        Assert.Equal("42", last.Data["text/plain"]);
        Assert.Equal([1, 2, 3], RunnerHarness.CodeCells(result).Select(c => c.ExecutionCount!.Value));
    }

    [Fact]
    public async Task ConsoleOutputIsCapturedPerCellAndStream()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder,
            "Console.WriteLine(\"first\"); Console.Write(\"same \"); Console.WriteLine(\"stream\");",
            "Console.Error.WriteLine(\"warning\");");

        var cells = RunnerHarness.CodeCells(result);
        var stdout = Assert.IsType<StreamOutput>(Assert.Single(cells[0].Outputs));
        Assert.Equal(("stdout", "first\nsame stream\n"), (stdout.Name, stdout.Text));
        var stderr = Assert.IsType<StreamOutput>(Assert.Single(cells[1].Outputs));
        Assert.Equal(("stderr", "warning\n"), (stderr.Name, stderr.Text));
    }

    [Fact]
    public async Task DisplayAndConsoleKeepTheirOrder()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder,
            "Console.WriteLine(\"before\"); display(\"shown\"); Console.WriteLine(\"after\"); display(7);");

        var outputs = RunnerHarness.CodeCells(result)[0].Outputs;
        Assert.Collection(outputs,
            o => Assert.Equal("before\n", Assert.IsType<StreamOutput>(o).Text),
            o => Assert.Equal("shown", Assert.IsType<DisplayOutput>(o).Data["text/plain"]),
            o => Assert.Equal("after\n", Assert.IsType<StreamOutput>(o).Text),
            o => Assert.Equal("7", Assert.IsType<DisplayOutput>(o).Data["text/plain"]));
        Assert.All(outputs.OfType<DisplayOutput>(), d => Assert.False(d.IsExecuteResult));
    }

    [Fact]
    public async Task ACellWithoutAFinalExpressionHasNoResult()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "var y = 3;", "display(y)");

        var cells = RunnerHarness.CodeCells(result);
        Assert.Empty(cells[0].Outputs);
        Assert.False(Assert.IsType<DisplayOutput>(Assert.Single(cells[1].Outputs)).IsExecuteResult);
    }

    [Fact]
    public async Task ConsoleOutputOfTasksStartedByACellStaysInThatCell()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder,
            "await Task.Run(() => Console.WriteLine(\"from a task\"));",
            "System.Threading.Tasks.Parallel.For(0, 4, i => Console.Write(\"x\"));");

        var cells = RunnerHarness.CodeCells(result);
        Assert.Equal("from a task\n", Assert.IsType<StreamOutput>(Assert.Single(cells[0].Outputs)).Text);
        Assert.Equal("xxxx", Assert.IsType<StreamOutput>(Assert.Single(cells[1].Outputs)).Text);
    }

    [Fact]
    public async Task TextAThreadWritesAfterItsCellFinishedIsNotRecordedAndTheRunnerSaysSo()
    {
        using var folder = new TempFolder();
        string notebook = TestNotebook.Write(folder.Path, "late.ipynb",
            "new System.Threading.Thread(() => { System.Threading.Thread.Sleep(300); Console.WriteLine(\"late\"); Console.WriteLine(\"later\"); }).Start();",
            "System.Threading.Thread.Sleep(1500); Console.WriteLine(\"second\");");

        var (code, output) = await RunnerProcess.RunAsync(["run", notebook, "--out", folder.File("site")]);

        Assert.Equal(0, code);
        Assert.Single(output.Split("warning: late.ipynb, cell 2: console output written after the cell finished").Skip(1)); // once
        string executed = File.ReadAllText(folder.File("site", "executed", "late.ipynb"));
        Assert.DoesNotContain("late\\n", executed);                 // neither in cell 2 nor in cell 3
        Assert.Contains("\"second\\n\"", executed);
    }
}
