using TeachingKit.Networks;

namespace TeachingKit.Tests.Networks;

public class DropoutEnsembleTests
{
    private static (BatchMlp Layer, double[] Theta, double[] X) TinyLayer(int seed)
    {
        var random = new Random(seed);
        var layer = new BatchMlp([5, 3], Activation.Tanh);   // a single softmax layer: 5 inputs, 3 classes
        var theta = Enumerable.Range(0, layer.ParameterCount).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var x = Enumerable.Range(0, 5).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        return (layer, theta, x);
    }

    // The lecture's formula written out independently: logits by hand from W and b, a plain softmax, and the
    // 2^d-th root of the product over all 2^d masks (q = ½, every mask equally likely).
    private static double[] LectureGeometricMean(BatchMlp layer, double[] theta, double[] x)
    {
        var mlp = layer.Architecture;
        int d = x.Length, classes = 3;
        var logProduct = new double[classes];
        for (int mask = 0; mask < 1 << d; mask++)
        {
            var logits = new double[classes];
            for (int y = 0; y < classes; y++)
            {
                logits[y] = theta[mlp.BiasIndex(1, y)];
                for (int j = 0; j < d; j++)
                    if (((mask >> j) & 1) == 1) logits[y] += theta[mlp.WeightIndex(1, y, j)] * x[j];
            }
            double norm = logits.Sum(Math.Exp);
            for (int y = 0; y < classes; y++) logProduct[y] += Math.Log(Math.Exp(logits[y]) / norm);
        }
        var root = logProduct.Select(v => Math.Exp(v / (1 << d))).ToArray();
        return root.Select(v => v / root.Sum()).ToArray();
    }

    private static double[] HalfWeightsByHand(BatchMlp layer, double[] theta, double[] x) =>
        SoftmaxByHand(Enumerable.Range(0, 3).Select(y =>
            theta[layer.Architecture.BiasIndex(1, y)] + Enumerable.Range(0, x.Length).Sum(j => 0.5 * theta[layer.Architecture.WeightIndex(1, y, j)] * x[j])).ToArray());

    private static double[] SoftmaxByHand(double[] z) => z.Select(v => Math.Exp(v) / z.Sum(Math.Exp)).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AtOneHalfTheNormalisedGeometricMeanIsSoftmaxOfHalfTheWeights(int seed)
    {
        var (layer, theta, x) = TinyLayer(seed);
        var enumerated = DropoutEnsemble.NormalisedGeometricMean(layer, theta, x, 0.5);
        // Probabilities of order 0.1–1 from sums of 32 logarithms: agreement to 1e-12 is rounding, not approximation.
        Assert.Equal(LectureGeometricMean(layer, theta, x), enumerated, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(HalfWeightsByHand(layer, theta, x), enumerated, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(DropoutEnsemble.WeightScaled(layer, theta, x, 0.5), enumerated, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.8)]
    public void ForAnyKeepProbabilityTheWeightedGeometricMeanIsTheWeightScalingRule(double q)
    {
        var (layer, theta, x) = TinyLayer(4);
        var geometric = DropoutEnsemble.NormalisedGeometricMean(layer, theta, x, q);
        Assert.Equal(DropoutEnsemble.WeightScaled(layer, theta, x, q), geometric, (a, b) => Math.Abs(a - b) < 1e-12);
        // The arithmetic mean, the "ideal" ensemble, is a different distribution: the rule approximates it only.
        var arithmetic = DropoutEnsemble.ArithmeticMean(layer, theta, x, q);
        Assert.Equal(1, arithmetic.Sum(), 12);
        Assert.True(arithmetic.Zip(geometric).Max(p => Math.Abs(p.First - p.Second)) > 1e-4);
    }

    [Fact]
    public void OnlyASingleSoftmaxLayerIsAccepted()
    {
        var deep = new BatchMlp([2, 3, 2], Activation.Tanh);
        Assert.Throws<ArgumentException>(() => DropoutEnsemble.WeightScaled(deep, new double[deep.ParameterCount], [1, 1], 0.5));
        var (layer, theta, x) = TinyLayer(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => DropoutEnsemble.ArithmeticMean(layer, theta, x, 1));
    }
}
