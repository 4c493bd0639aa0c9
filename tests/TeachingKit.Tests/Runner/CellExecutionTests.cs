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
}
