using TeachingKit.Differentiation;
using TeachingKit.Networks;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Networks;

public class SkipConnectionTests
{
    [Theory]
    [InlineData(Activation.Tanh, false, 9)]
    [InlineData(Activation.Relu, false, 70)]   // more than one block
    [InlineData(Activation.Tanh, true, 70)]    // skips and batch normalisation together
    public void TheGradientWithSkipsAgreesWithAutoDiff(Activation activation, bool batchNormalization, int samples)
    {
        var (network, theta, data) = BatchNormalizationTests.RandomNetwork(activation, samples, samples + 1, batchNormalization, skipConnections: true);
        Assert.True(network.SkipsInto(2));
        Assert.False(network.SkipsInto(1));
        var batch = Enumerable.Range(0, samples).ToArray();
        var expected = AutoDiff.Gradient(t => ReferenceNetwork.Loss(network, t, data, batch), theta);
        var gradient = new double[theta.Length];
        double loss = network.LossAndGradient(theta, data, batch, gradient);
        Assert.Equal(AutoDiff.Value(t => ReferenceNetwork.Loss(network, t, data, batch), theta), loss, 12);
        // Both exact: sums of ≤ 70 terms of size ≤ ~10 differ by rounding only.
        for (int p = 0; p < theta.Length; p++)
            Assert.True(Math.Abs(gradient[p] - expected[p]) <= 1e-10 * Math.Max(1, Math.Abs(expected[p])), $"parameter {p}: {gradient[p]} vs AutoDiff {expected[p]}");
    }

    [Fact]
    public void ASkipChangesTheFunctionAndNeedsEqualWidths()
    {
        var (plain, theta, data) = BatchNormalizationTests.RandomNetwork(Activation.Tanh, 9, 3, batchNormalization: false);
        var skip = new BatchMlp([3, 5, 5, 3], Activation.Tanh, skipConnections: true);
        Assert.NotEqual(plain.Loss(theta, data), skip.Loss(theta, data), 6);
        Assert.Equal("layerSizes", Assert.Throws<ArgumentException>(() => new BatchMlp([3, 5, 4, 3], Activation.Tanh, skipConnections: true)).ParamName);
    }
}
