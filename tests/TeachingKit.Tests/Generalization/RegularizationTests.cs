using TeachingKit.Generalization;
using TeachingKit.Networks;
using TeachingKit.Optimization;

namespace TeachingKit.Tests.Generalization;

public class RegularizationTests
{
    private static Dataset SmallData(int seed, int count = 30)
    {
        var random = new Random(seed);
        var inputs = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, 3).Select(_ => 2 * random.NextDouble() - 1).ToArray()).ToArray();
        var targets = inputs.Select(x => x[0] + x[1] > 0 ? new[] { 1.0, 0 } : [0, 1.0]).ToArray();
        return new Dataset(inputs, targets);
    }

    // One gradient step with the penalty equals one step on ∇J + 2αw (weights) and ∇J (biases), written out by hand.
    [Fact]
    public void TheL2PenaltyAddsTwoAlphaWToTheWeightsOnly()
    {
        var network = new BatchMlp([3, 4, 2], Activation.Tanh);
        var theta = network.InitialParameters(Initialization.Xavier, 1);
        for (int p = 0; p < theta.Length; p++) theta[p] += 0.05;   // non-zero biases, so that leaving them alone is visible
        var data = SmallData(1);
        var gradient = new double[theta.Length];
        network.LossAndGradient(theta, data, gradient);
        var stepped = (double[])theta.Clone();
        new L2Penalty(new GradientDescent(0.1), network, alpha: 0.3).Step(stepped, gradient);
        var isWeight = L2Penalty.WeightEntries(network);
        Assert.Equal(4 * 3 + 2 * 4, isWeight.Count(w => w));
        for (int p = 0; p < theta.Length; p++)
        {
            double expected = theta[p] - 0.1 * (gradient[p] + (isWeight[p] ? 2 * 0.3 * theta[p] : 0));
            Assert.Equal(expected, stepped[p], 14);   // the same arithmetic in another order: agreement to rounding
        }
    }

    [Fact]
    public void EarlyStoppingKeepsTheEpochOfLowestValidationLoss()
    {
        var network = new BatchMlp([3, 16, 2], Activation.Tanh);
        var train = SmallData(2, 20);
        var validation = SmallData(3, 40);
        var result = EarlyStopping.Run(network, network.InitialParameters(Initialization.Xavier, 0), train, validation,
            new Adam(0.05), new TrainingOptions { Epochs = 80, BatchSize = 5 }, patience: 5);
        int argmin = Enumerable.Range(0, result.ValidationLoss.Count).MinBy(e => result.ValidationLoss[e]);
        Assert.Equal(argmin, result.BestEpoch);
        Assert.Equal(result.ValidationLoss[argmin], network.Loss(result.Parameters, validation), 12);
        Assert.True(result.StoppedAfter == 80 || result.StoppedAfter - result.BestEpoch == 5);
    }

    [Fact]
    public void BaggingsErrorMomentsSatisfyTheLectureFormulaAndMembersDiffer()
    {
        var network = new BatchMlp([3, 6, 2], Activation.Tanh);
        var train = SmallData(4, 40);
        var test = SmallData(5, 50);
        var bag = Bagging.Train(network, train, count: 4, epochs: 10, seed: 7);
        var (v, c, formula, measured) = bag.ErrorMoments(test);
        // v/k + (k − 1)c/k is an identity for sample moments: equal up to rounding of sums of 200 terms.
        Assert.Equal(measured, formula, 12);
        Assert.True(c <= v + 1e-12, "Cauchy–Schwarz: the mean cross moment cannot exceed the mean square");
        Assert.NotEqual(bag.Members[0], bag.Members[1]);
        // Deterministic per seed.
        Assert.Equal(bag.Members[2], Bagging.Train(network, train, 4, 10, 7).Members[2]);
    }

    [Fact]
    public void FitResultsAreDeterministicPerSeed()
    {
        var network = new BatchMlp([3, 5, 2], Activation.Tanh);
        var a = FitResult.Train(network, SmallData(6), SmallData(7), 5, seed: 3);
        var b = FitResult.Train(network, SmallData(6), SmallData(7), 5, seed: 3);
        var c = FitResult.Train(network, SmallData(6), SmallData(7), 5, seed: 4);
        Assert.Equal(a.Parameters, b.Parameters);
        Assert.NotEqual(a.Parameters, c.Parameters);
        var dropout = network.WithDropout(0.5, seed: 1);
        Assert.Equal(FitResult.Train(dropout, SmallData(6), SmallData(7), 5, 3).Parameters,
            FitResult.Train(network.WithDropout(0.5, seed: 1), SmallData(6), SmallData(7), 5, 3).Parameters);
    }
}
