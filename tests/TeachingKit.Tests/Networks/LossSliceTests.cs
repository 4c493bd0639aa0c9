using TeachingKit.Networks;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Networks;

public class LossSliceTests
{
    private static (BatchMlp Network, double[] Center, Dataset Data, int W1, int W2) Problem()
    {
        var (network, start, data) = SmallProblems.Classification(96, 11);
        // A weight and the bias of output neuron 1: cross-entropy is convex in them, and strictly so unless hidden
        // neuron 0 is constant over the data (two hidden neurons instead can be nearly collinear: a flat valley).
        return (network, start, data, network.Architecture.WeightIndex(2, 1, 0), network.Architecture.BiasIndex(2, 1));
    }

    [Fact]
    public void ASliceAlongTwoWeightsMovesOnlyThoseWeights()
    {
        var (network, center, data, w1, w2) = Problem();
        var slice = LossSlice.AlongWeights(network, center, w1, w2, data);
        var moved = (double[])center.Clone();
        moved[w1] += 0.3;
        moved[w2] -= 0.7;
        Assert.Equal(network.Loss(moved, data), slice.Value(0.3, -0.7), 14);
        Assert.Equal(network.Loss(center, data), slice.Value(0, 0), 14);
        Assert.True(slice.IsFullBatch);
        // A hidden weight with the output bias: the general path, which propagates through every layer at each point.
        int hidden = network.Architecture.WeightIndex(1, 2, 3);
        var deep = LossSlice.AlongWeights(network, center, hidden, w2, data, [5, 9, 11]);
        moved = (double[])center.Clone();
        moved[hidden] += 0.3;
        moved[w2] -= 0.7;
        Assert.Equal(network.Loss(moved, data, [5, 9, 11]), deep.Value(0.3, -0.7), 14);
    }

    [Fact]
    public void LayerOutputsAreTheHiddenRepresentation()
    {
        var (network, center, data, _, _) = Problem();
        var hidden = network.LayerOutputs(center, data, 1);
        var mlp = network.Architecture;
        for (int i = 0; i < 6; i++)
        {
            double z = center[mlp.BiasIndex(1, i)] + Enumerable.Range(0, 4).Sum(j => center[mlp.WeightIndex(1, i, j)] * data.Inputs[70][j]);
            Assert.Equal(Math.Tanh(z), hidden[70][i], 14);
        }
        Assert.Equal(data.Inputs[3], network.LayerOutputs(center, data, 0)[3]);
        Assert.Equal("layer", Assert.Throws<ArgumentOutOfRangeException>(() => network.LayerOutputs(center, data, 3)).ParamName);
    }

    [Fact]
    public void TheMinimumIsAStationaryPointBelowItsNeighbours()
    {
        var (network, center, data, w1, w2) = Problem();
        var slice = LossSlice.AlongWeights(network, center, w1, w2, data);
        var minimum = slice.Minimum();
        Assert.True(minimum.Converged);
        var gradient = new double[2];
        Assert.Equal(minimum.Loss, slice.ValueAndGradient(minimum.A, minimum.B, gradient), 14);
        Assert.True(Math.Abs(gradient[0]) < 1e-7 && Math.Abs(gradient[1]) < 1e-7);
        foreach (var (da, db) in new[] { (0.05, 0.0), (-0.05, 0.0), (0.0, 0.05), (0.0, -0.05) })
            Assert.True(slice.Value(minimum.A + da, minimum.B + db) > minimum.Loss);
    }

    [Fact]
    public void EveryMinibatchHasItsOwnMinimumAndTheirLossesAverageToTheFullOne()
    {
        var (network, center, data, w1, w2) = Problem();
        var full = LossSlice.AlongWeights(network, center, w1, w2, data);
        var batches = LossSlice.ForMinibatches(network, center, w1, w2, data, batchSize: 16, count: 6, seed: 1);
        Assert.Equal(Enumerable.Range(0, 96), batches.SelectMany(b => b.Batch).Order());
        // Six disjoint batches of 16 cover the 96 samples: the full loss is the mean of theirs, at any point.
        Assert.Equal(full.Value(0.4, -0.2), batches.Average(b => b.Value(0.4, -0.2)), 13);
        var minima = batches.Select(b => b.Minimum()).ToArray();
        var fullMinimum = full.Minimum();
        Assert.True(minima.Select(m => (Math.Round(m.A, 3), Math.Round(m.B, 3))).Distinct().Count() == minima.Length);
        Assert.All(minima, m => Assert.True(full.Value(m.A, m.B) >= fullMinimum.Loss));
    }

    [Fact]
    public void BadSlicesAreRefused()
    {
        var (network, center, data, w1, _) = Problem();
        Assert.Equal("weight2", Assert.Throws<ArgumentException>(() => LossSlice.AlongWeights(network, center, w1, w1, data)).ParamName);
        Assert.Equal("weight1", Assert.Throws<ArgumentOutOfRangeException>(() => LossSlice.AlongWeights(network, center, -1, w1, data)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => LossSlice.ForMinibatches(network, center, 0, 1, data, 16, 7)).ParamName);
    }
}
