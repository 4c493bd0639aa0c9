using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>The running-average exercise: m(n+1) = ρ m(n) + (1 − ρ) x(n) → x̄.</summary>
public class ExponentialMovingAverageTests
{
    [Theory]
    [InlineData(0.9, 3.0)]
    [InlineData(0.99, -1.5)]
    [InlineData(0.0, 2.0)]
    public void ConvergesToTheMeanWithThePredictedError(double rho, double mean)
    {
        var ema = new ExponentialMovingAverage(rho);
        for (int n = 1; n <= 300; n++)
        {
            ema.Update(mean);
            Assert.Equal(ExponentialMovingAverage.ErrorOnConstantInput(mean, rho, n), ema.Value - mean, 11);
            Assert.Equal(mean, ema.BiasCorrected, 11);
        }
        Assert.True(Math.Abs(ema.Value - mean) <= Math.Abs(mean) * Math.Pow(rho, 300) + 1e-12);
    }

    [Fact]
    public void FirstValuesByHand()
    {
        // ρ = 0.9, x = 1, 2, 3: m = 0.1, 0.29, 0.561; corrected by 0.1, 0.19, 0.271.
        var raw = ExponentialMovingAverage.Smooth([1, 2, 3], 0.9, biasCorrection: false);
        var corrected = ExponentialMovingAverage.Smooth([1, 2, 3], 0.9, biasCorrection: true);
        Assert.Equal([0.1, 0.29, 0.561], raw, (a, b) => Math.Abs(a - b) < 1e-14);
        Assert.Equal([1.0, 0.29 / 0.19, 0.561 / 0.271], corrected, (a, b) => Math.Abs(a - b) < 1e-13);
    }

    [Fact]
    public void MomentumIsAnAverageOverAboutOneOverOneMinusRhoSamples()
    {
        Assert.Equal(10, ExponentialMovingAverage.EffectiveWindow(0.9), 12);
        // Measured: after 1000 zeros, the raw average of W = 1/(1 − ρ) ones is the weight the newest W
        // samples carry, 1 − ρ^W; for ρ = 0.99 that is 0.634, close to 1 − 1/e = 0.632.
        int window = (int)Math.Round(ExponentialMovingAverage.EffectiveWindow(0.99));
        double[] inputs = [.. Enumerable.Repeat(0.0, 1000), .. Enumerable.Repeat(1.0, window)];
        double recentWeight = ExponentialMovingAverage.Smooth(inputs, 0.99, biasCorrection: false)[^1];
        Assert.Equal(1 - Math.Pow(0.99, 100), recentWeight, 12);
        Assert.InRange(recentWeight - (1 - 1 / Math.E), 0, 0.002);
    }

    [Fact]
    public void AveragingShrinksNoiseByTheSquareRootOfOneMinusRhoOverOnePlusRho()
    {
        // Independent draws of N(0, 1); the settled average's standard deviation over 2·10⁵ samples.
        var random = new MathNet.Numerics.Random.MersenneTwister(11);
        var samples = Enumerable.Range(0, 200_000).Select(_ => MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1)).ToArray();
        var smoothed = ExponentialMovingAverage.Smooth(samples, 0.9, biasCorrection: false);
        double std = Math.Sqrt(smoothed.Skip(1000).Select(x => x * x).Average());
        Assert.Equal(ExponentialMovingAverage.NoiseReduction(0.9), std, 2);
        Assert.Equal(Math.Sqrt(0.1 / 1.9), ExponentialMovingAverage.NoiseReduction(0.9), 14);
    }

    [Fact]
    public void BadInputIsRefused()
    {
        Assert.Equal("decay", Assert.ThrowsAny<ArgumentException>(() => new ExponentialMovingAverage(1.0)).ParamName);
        Assert.Equal("x", Assert.ThrowsAny<ArgumentException>(() => new ExponentialMovingAverage(0.5).Update(double.NaN)).ParamName);
        Assert.True(double.IsNaN(new ExponentialMovingAverage(0.5).BiasCorrected));
        Assert.Equal("count", Assert.ThrowsAny<ArgumentException>(() => ExponentialMovingAverage.BiasCorrectionDivisor(0.9, -1)).ParamName);
        Assert.Equal("decay", Assert.ThrowsAny<ArgumentException>(() => ExponentialMovingAverage.BiasCorrectionDivisor(1.0, 3)).ParamName);
        Assert.Equal("momentum", Assert.ThrowsAny<ArgumentException>(() => QuadraticTheory.ConstantSlopeSpeedUp(1.0)).ParamName);
    }

    [Fact]
    public void BiasCorrectionDivisorIsTheWeightOfTheSamplesSoFar()
    {
        // 1 − 0.9³ = 0.271: the raw average of three ones (0.1, 0.19, 0.271 by hand).
        Assert.Equal(0.271, ExponentialMovingAverage.BiasCorrectionDivisor(0.9, 3), 15);
        Assert.Equal(0.271, ExponentialMovingAverage.Smooth([1, 1, 1], 0.9, biasCorrection: false)[^1], 15);
        Assert.Equal(0.0, ExponentialMovingAverage.BiasCorrectionDivisor(0.9, 0), 15);
    }
}
