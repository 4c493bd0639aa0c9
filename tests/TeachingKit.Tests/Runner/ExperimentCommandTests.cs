using TeachingKit.Notebooks.Cli;

namespace TeachingKit.Tests.Runner;

public class ExperimentCommandTests
{
    [Fact]
    public void SpuriousMinimaDefaultsToTable1WithAThousandRunsIntoArtifacts()
    {
        var command = Assert.IsType<SpuriousMinimaCommand>(CommandLine.Parse(["spurious-minima"]));
        Assert.Equal(new SpuriousMinimaCommand("1", 1000, 1, Path.Combine("artifacts", "spurious-minima.csv")), command);
    }

    [Fact]
    public void SpuriousMinimaTakesTableRunsSeedAndFile()
    {
        var command = Assert.IsType<SpuriousMinimaCommand>(
            CommandLine.Parse(["spurious-minima", "--table", "all", "--runs", "100", "--seed", "7", "--out", "t.csv"]));
        Assert.Equal(new SpuriousMinimaCommand("all", 100, 7, "t.csv"), command);
    }

    [Theory]
    [InlineData(new[] { "spurious-minima", "--table", "3" }, "--table must be 1, 2 or all")]
    [InlineData(new[] { "spurious-minima", "--runs", "0" }, "--runs must be a whole number from 1")]
    [InlineData(new[] { "spurious-minima", "--runs" }, "--runs needs a value")]
    [InlineData(new[] { "spurious-minima", "--fast" }, "Unknown option \"--fast\"")]
    public void SpuriousMinimaRejectsBadArguments(string[] args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(args));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void SimpleTasksDefaultsToAHundredRunsIntoArtifactsAndTakesRunsSeedAndFile()
    {
        Assert.Equal(new SimpleTasksCommand(100, 1, Path.Combine("artifacts", "simple-tasks.csv")), CommandLine.Parse(["simple-tasks"]));
        Assert.Equal(new SimpleTasksCommand(20, 3, "t.csv"), CommandLine.Parse(["simple-tasks", "--runs", "20", "--seed", "3", "--out", "t.csv"]));
        Assert.Contains("Unknown option \"--table\"", Assert.Throws<ArgumentException>(() => CommandLine.Parse(["simple-tasks", "--table", "1"])).Message);
    }
}
