using System.Globalization;
using System.Text.RegularExpressions;
using TeachingKit.Data;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Tests.Support;
using Xunit.Abstractions;

namespace TeachingKit.Tests.Optimization;

public class LearningRateSweepTests(ITestOutputHelper output)
{
    [Fact]
    public void NotebookSixsSweepReachesTheTestAccuracyTheNotebookQuotes()
    {
        // Notebook 06, §4: 64-32-10 tanh from Xavier seed 0, gradient descent at 13 rates 0.001 … 10, 10 epochs of
        // batches of 32 (sampler seed 0), chosen on validation, tested once. Measured over seeds 0–11 (init and sampler
        // together; 2026-12-01): test accuracy mean 0.9903, standard deviation 0.0072, lowest 0.978; seed 0 gives 0.989.
        // The run must lie within two standard deviations of the mean, and the notebook must quote what it gives.
        var split = Digits.Load(Repository.PathTo("data", "digits.csv")).Split();
        var network = new BatchMlp([64, 32, 10], Activation.Tanh);
        var sweep = LearningRateSweep.Run(network, network.InitialParameters(Initialization.Xavier, 0), split, lr => new GradientDescent(lr),
            LearningRateSweep.LogGrid(0.001, 10, 3), new TrainingOptions { Epochs = 10, BatchSize = 32 });
        output.WriteLine($"chosen {sweep.ChosenLearningRate:G3}, test accuracy {sweep.TestAccuracy:F4}");
        Assert.InRange(sweep.TestAccuracy, 0.9903 - 2 * 0.0072, 1);
        string notebook = File.ReadAllText(Repository.PathTo("notebooks", "06-stochastic-gradient-descent.ipynb"));
        var quoted = Regex.Match(notebook, @"measured once, is \*\*([0-9.]+) %\*\*");
        Assert.True(quoted.Success, "notebook 06 quotes the test accuracy as 'measured once, is **xx.x %**'");
        Assert.Equal(Math.Round(100 * sweep.TestAccuracy, 1), double.Parse(quoted.Groups[1].Value, CultureInfo.InvariantCulture), 9);
    }

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
