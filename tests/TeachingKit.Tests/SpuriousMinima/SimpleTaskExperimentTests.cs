using TeachingKit.Networks;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Tests.SpuriousMinima;

public class SimpleTaskExperimentTests
{
    [Fact]
    public void SolvedMeansEveryPointClassifiedAndTheRunStopsAtTheCheckThatFoundIt()
    {
        var xor = SimpleTasks.Xor();
        var runs = Enumerable.Range(0, 12).Select(seed => SimpleTaskExperiment.Run(xor, 3, Activation.Sigmoid, SimpleTaskOptimizer.Adam, seed)).ToArray();
        Assert.Contains(runs, r => r.Solved);
        foreach (var run in runs)
        {
            var network = SimpleTaskExperiment.Network(3, Activation.Sigmoid);
            // Independent of the run's own bookkeeping: classify the four points with the returned parameters.
            int correct = Enumerable.Range(0, 4).Count(s =>
            {
                var p = network.Predict(run.Parameters, xor.Inputs[s]);
                return (p[1] > p[0] ? 1 : 0) == SimpleTasks.Labels(xor)[s];
            });
            Assert.Equal(run.Solved, correct == 4);
            if (run.Solved) Assert.Equal(0, run.Steps % SimpleTaskExperiment.CheckInterval);
            else Assert.Equal(SimpleTaskExperiment.DefaultStepLimit, run.Steps);
        }
    }

    [Fact]
    public void OneStepSolvesNothingAndARunIsDeterministicPerSeed()
    {
        var jellyfish = SimpleTasks.Jellyfish();
        var once = SimpleTaskExperiment.Run(jellyfish, 2, Activation.Relu, SimpleTaskOptimizer.GradientDescent, seed: 5, stepLimit: 1);
        Assert.False(once.Solved);   // Xavier weights with zero biases put both units' lines through the origin
        Assert.Equal(1, once.Steps);
        var first = SimpleTaskExperiment.Run(jellyfish, 4, Activation.Relu, SimpleTaskOptimizer.Adam, seed: 5);
        var again = SimpleTaskExperiment.Run(jellyfish, 4, Activation.Relu, SimpleTaskOptimizer.Adam, seed: 5);
        Assert.Equal(first.Parameters, again.Parameters);
        Assert.Equal(first.Steps, again.Steps);
    }

    [Fact]
    public void RowsAreDeterministicPerSeedWhateverTheScheduleAndTheTableHasTwentyFourCells()
    {
        var xor = SimpleTasks.Xor();
        var a = SimpleTaskExperiment.Row("XOR", xor, 2, Activation.Relu, SimpleTaskOptimizer.Adam, runs: 16, baseSeed: 3, stepLimit: 500);
        var b = SimpleTaskExperiment.Row("XOR", xor, 2, Activation.Relu, SimpleTaskOptimizer.Adam, runs: 16, baseSeed: 3, stepLimit: 500);
        Assert.Equal(a.Solved, b.Solved);
        Assert.Equal(16, a.Solved.Trials);
        var table = SimpleTaskExperiment.Table("XOR", xor, runs: 1, stepLimit: 50);
        Assert.Equal(24, table.Count);
        Assert.Equal(6, table.Select(r => r.Hidden).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => SimpleTaskExperiment.Row("XOR", xor, 2, Activation.Relu, SimpleTaskOptimizer.Adam, runs: 0));
    }
}

public class SimpleTaskTablesTests
{
    [Fact]
    public void WriterPutsASourceLineTheHeaderAndFortyEightCellsWithTheLecturesShare()
    {
        using var text = new StringWriter();
        PublishedSimpleTaskRow[] lecture = [new("XOR", SimpleTaskOptimizer.Adam, Activation.Relu, 2, 0.28)];
        var rows = SimpleTaskTables.Write(1, lecture, text, baseSeed: 2, stepLimit: 25);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.StartsWith("# source:", lines[0]);
        Assert.Equal(SimpleTaskTables.CsvHeader, lines[1]);
        Assert.Equal(48, lines.Length - 2);
        Assert.Equal(48, rows.Count);
        var first = lines[2].Split(',');
        Assert.Equal(["XOR", "Adam", "ReLU", "2", "1"], first[..5]);
        Assert.Equal("0.28", first[9]);
        Assert.Equal(rows[0].Solved.Contains(0.28) ? "yes" : "no", first[10]);
        Assert.Equal("", lines[3].Split(',')[9]);   // no lecture share given for h = 3
    }
}
