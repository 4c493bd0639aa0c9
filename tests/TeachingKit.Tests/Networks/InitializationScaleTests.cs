using TeachingKit.Networks;

namespace TeachingKit.Tests.Networks;

public class InitializationScaleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 10)]
    [InlineData(40, 40)]
    [InlineData(784, 256)]
    public void EachScaleGivesItsVariance(int fanIn, int fanOut)
    {
        // U(−r, r) has variance r²/3; N(0, σ²) has σ².
        double r = InitializationScale.XavierBound(fanIn, fanOut), sigma = InitializationScale.HeStandardDeviation(fanIn);
        Assert.Equal(2.0 / (fanIn + fanOut), r * r / 3, 1e-15);
        Assert.Equal(2.0 / fanIn, sigma * sigma, 1e-15);
        Assert.Equal(2.0 / (fanIn + fanOut), InitializationScale.XavierVariance(fanIn, fanOut), 1e-15);
        Assert.Equal(2.0 / fanIn, InitializationScale.HeVariance(fanIn), 1e-15);
    }

    [Theory]
    [InlineData(Initialization.He)]
    [InlineData(Initialization.Xavier)]
    public void TheDrawnWeightsHaveTheStatedVariance(Initialization initialization)
    {
        // One 400 × 300 layer: 120,000 weights, so the sample variance is within a few percent of the stated one.
        var network = new BatchMlp([400, 300], Activation.Relu, LossFunction.SquaredError);
        int start = network.Architecture.WeightIndex(1, 0, 0);
        double[] weights = network.InitialParameters(initialization, seed: 7)[start..(start + 400 * 300)];
        double variance = weights.Select(w => w * w).Average();
        double stated = initialization == Initialization.He
            ? InitializationScale.HeVariance(400) : InitializationScale.XavierVariance(400, 300);
        Assert.InRange(variance / stated, 0.98, 1.02);
    }

    [Fact]
    public void AFanBelowOneIsNamed()
    {
        Assert.Equal("fanIn", Assert.Throws<ArgumentOutOfRangeException>(() => InitializationScale.HeVariance(0)).ParamName);
        Assert.Equal("fanOut", Assert.Throws<ArgumentOutOfRangeException>(() => InitializationScale.XavierBound(3, 0)).ParamName);
    }
}
