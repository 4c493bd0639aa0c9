using TeachingKit.Networks;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Tests.SpuriousMinima;

public class ReluBlindSpotTests
{
    private static readonly Dataset Corners = new(
        [[2, 2], [-2, 2], [-2, -2], [2, -2], [0, 0]],
        [[1], [0], [1], [0], [0.5]]);

    [Fact]
    public void DeadUnitsMatchAHandMadeCase()
    {
        // On the square's corners and centre: max of w·x + b is 2(|w₁| + |w₂|) + b.
        var network = new BatchMlp([2, 4, 1], Activation.Relu, LossFunction.SquaredError);
        UnitLine[] lines = [new(1, 0, -3), new(0, 1, 0), new(-1, -1, -4), new(0.5, -0.5, 0.5)];
        var parameters = ReluBlindSpot.WithLines(network, lines);
        // Unit 0: max −1 (dead). Unit 1: 2 at (·, 2). Unit 2: max 0 at (−2, −2), not > 0 (dead). Unit 3: 2.5 at (2, −2).
        Assert.Equal([true, false, true, false], ReluBlindSpot.DeadUnits(network.Architecture, parameters, Corners));
    }

    [Fact]
    public void ADeadUnitsGradientIsExactlyZero()
    {
        var network = new BatchMlp([2, 2, 1], Activation.Relu, LossFunction.SquaredError);
        var mlp = network.Architecture;
        var parameters = ReluBlindSpot.WithLines(network, [new(1, 1, -5), new(1, -1, 0.5)]);
        parameters[mlp.WeightIndex(2, 0, 0)] = 0.7;
        parameters[mlp.WeightIndex(2, 0, 1)] = -1.3;
        var gradient = new double[network.ParameterCount];
        network.LossAndGradient(parameters, Corners, gradient);
        // Exactness is the point: ReLU′ = 0 on every input of unit 0, so these partial derivatives are 0, not small.
        Assert.Equal(0.0, gradient[mlp.WeightIndex(1, 0, 0)]);
        Assert.Equal(0.0, gradient[mlp.WeightIndex(1, 0, 1)]);
        Assert.Equal(0.0, gradient[mlp.BiasIndex(1, 0)]);
        Assert.Equal(0.0, gradient[mlp.WeightIndex(2, 0, 0)]);
        Assert.NotEqual(0.0, gradient[mlp.WeightIndex(2, 0, 1)]);   // the live unit does learn
    }

    [Fact]
    public void UnitsDeadAtTheStartNeverMoveAndARunIsDeterministic()
    {
        var teacher = CommitteeMachine.Create(hiddenNeurons: 3, samples: 60, seed: 1, activation: Activation.Relu);
        var runs = Enumerable.Range(1, 6).Select(seed => ReluBlindSpot.Train(teacher, 4, hiddenBias: -2, seed, steps: 300)).ToArray();
        Assert.Contains(runs, r => r.DeadAtStart.Any(d => d));
        var mlp = runs[0].Network.Architecture;
        foreach (var run in runs)
            for (int i = 0; i < 4; i++)
                if (run.DeadAtStart[i])
                {
                    Assert.True(run.DeadAtEnd[i]);
                    Assert.Equal(run.Start[mlp.WeightIndex(1, i, 0)], run.Final[mlp.WeightIndex(1, i, 0)]);
                    Assert.Equal(run.Start[mlp.BiasIndex(1, i)], run.Final[mlp.BiasIndex(1, i)]);
                }
        var again = ReluBlindSpot.Train(teacher, 4, hiddenBias: -2, seed: 1, steps: 300);
        Assert.Equal(runs[0].Final, again.Final);
    }

    [Fact]
    public void StartSetsEveryHiddenBiasAndSweepCountsUnits()
    {
        var network = new BatchMlp([2, 5, 1], Activation.Relu, LossFunction.SquaredError);
        var start = ReluBlindSpot.Start(network, seed: 4, hiddenBias: -1.5);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(-1.5, start[network.Architecture.BiasIndex(1, i)]));
        var teacher = CommitteeMachine.Create(hiddenNeurons: 2, samples: 30, seed: 2, activation: Activation.Relu);
        var rows = ReluBlindSpot.Sweep(teacher, 3, [0, -3], runs: 2, steps: 20);
        Assert.Equal(6, rows[0].DeadUnits.Trials);
        Assert.True(rows[1].DeadAtStart.Successes >= rows[0].DeadAtStart.Successes);   // same weights, every line shifted away from the data
        Assert.Throws<ArgumentException>(() => ReluBlindSpot.WithLines(network, [new(1, 0, 0)]));
    }
}
