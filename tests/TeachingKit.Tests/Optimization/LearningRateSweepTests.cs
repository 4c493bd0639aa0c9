using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

public class LearningRateSweepTests
{
    [Fact]
    public void TheLogGridSpansTheDecadesEvenly()
    {
        var grid = LearningRateSweep.LogGrid(0.001, 1, 3);
        Assert.Equal(10, grid.Length);
        Assert.Equal(0.001, grid[0]);   // exact: the ends are the given numbers, not 10^log10(x)
        Assert.Equal(1, grid[^1]);
        Assert.Equal(0.01, grid[3], 15);
        for (int i = 1; i < grid.Length; i++) Assert.Equal(Math.Pow(10, 1 / 3.0), grid[i] / grid[i - 1], 12);
    }

    [Fact]
    public void TheSweepChoosesTheLowestValidationLossAndTestsOnlyThatRun()
    {
        var (network, start, data) = SmallProblems.Classification(150, 9);
        var split = new DataSplit(
            new Dataset(data.Inputs[..100], data.Targets[..100]),
            new Dataset(data.Inputs[100..125], data.Targets[100..125]),
            new Dataset(data.Inputs[125..], data.Targets[125..]));
        var rates = LearningRateSweep.LogGrid(0.001, 1, 1);
        var sweep = LearningRateSweep.Run(network, start, split, lr => new GradientDescent(lr), rates, new TrainingOptions { Epochs = 5, BatchSize = 10 });
        Assert.Equal(4, sweep.Runs.Count);
        double best = sweep.Runs.Min(r => r.ValidationLoss[^1]);
        Assert.Equal(best, sweep.Chosen.ValidationLoss[^1]);
        Assert.Equal(sweep.LearningRates[sweep.ChosenIndex], sweep.ChosenLearningRate);
        Assert.Equal(network.Evaluate(sweep.Chosen.FinalParameters.ToArray(), split.Test).Accuracy, sweep.TestAccuracy);
        Assert.True(sweep.ChosenLearningRate > 0.001);   // 5 epochs at 0.001 barely move the loss
    }

    [Fact]
    public void BadGridsAreRefused()
    {
        Assert.Equal("largest", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSweep.LogGrid(1, 0.1)).ParamName);
        Assert.Equal("smallest", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSweep.LogGrid(0, 1)).ParamName);
    }
}
