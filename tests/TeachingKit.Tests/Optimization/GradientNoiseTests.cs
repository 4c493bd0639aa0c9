using TeachingKit.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

public class GradientNoiseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(9)]
    public void TheMeanOverEveryBatchIsTheFinitePopulationFormula(int m)
    {
        // All C(9, m) batches without replacement, enumerated: their mean ‖g_B − ḡ‖² is σ²(N − m)/((N − 1)m) exactly
        // (an identity of finite sums), so only rounding separates them.
        var (network, start, data) = SmallProblems.Classification(9, 5);
        var noise = GradientNoise.Measure(network, start, data);
        var g = new double[start.Length];
        double sum = 0;
        int batches = 0;
        for (int mask = 0; mask < 1 << 9; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != m) continue;
            var batch = Enumerable.Range(0, 9).Where(i => (mask >> i & 1) == 1).ToArray();
            network.LossAndGradient(start, data, batch, g);
            sum += Enumerable.Range(0, g.Length).Sum(p => (g[p] - noise.Mean[p]) * (g[p] - noise.Mean[p]));
            batches++;
        }
        double expected = noise.TotalVariance * (9 - m) / (8.0 * m);
        Assert.Equal(expected, noise.MinibatchVariance(m), 14);
        Assert.Equal(expected, sum / batches, 1e-12 * noise.TotalVariance);
    }

    [Fact]
    public void WithReplacementTheVarianceIsSigmaSquaredOverM()
    {
        // All 9² ordered pairs drawn with replacement: the mean ‖g_B − ḡ‖² is σ²/2.
        var (network, start, data) = SmallProblems.Classification(9, 6);
        var noise = GradientNoise.Measure(network, start, data);
        var g = new double[start.Length];
        double sum = 0;
        for (int i = 0; i < 9; i++)
            for (int j = 0; j < 9; j++)
            {
                network.LossAndGradient(start, data, [i, j], g);
                sum += Enumerable.Range(0, g.Length).Sum(p => (g[p] - noise.Mean[p]) * (g[p] - noise.Mean[p]));
            }
        Assert.Equal(noise.TotalVariance / 2, sum / 81, 1e-12 * noise.TotalVariance);
        Assert.Equal(noise.TotalVariance / 2, noise.MinibatchVariance(2, SamplingMode.WithReplacement), 14);
    }

    [Fact]
    public void MeasuredVarianceFollowsTheOneOverMLaw()
    {
        var (network, start, data) = SmallProblems.Classification(200, 7);
        var noise = GradientNoise.Measure(network, start, data);
        var points = noise.MeasureMinibatchVariance([2, 10, 50, 150, 200], draws: 300, seed: 3);
        foreach (var p in points.Take(4))
            Assert.True(Math.Abs(p.Measured - p.Predicted) <= 4 * p.StandardError, $"m = {p.BatchSize}: measured {p.Measured} ± {p.StandardError}, predicted {p.Predicted}");
        // The full batch is the mean gradient itself: no noise but rounding.
        Assert.Equal(0, points[^1].Predicted);
        Assert.True(points[^1].Measured < 1e-24 * noise.TotalVariance);
        // m = 10 → 50 divides the variance by 5 times the ratio of the corrections, 190/150.
        Assert.Equal(5 * 190 / 150.0, noise.MinibatchVariance(10) / noise.MinibatchVariance(50), 12);
    }

    [Fact]
    public void SignalToNoiseGrowsWithTheSquareRootOfTheBatch()
    {
        var (network, start, data) = SmallProblems.Classification(100, 8);
        var noise = GradientNoise.Measure(network, start, data);
        var one = noise.SignalToNoise(1);
        var four = noise.SignalToNoise(4);
        double correction = Math.Sqrt(4 * 99 / 96.0);   // √(m(N − 1)/(N − m)) for m = 4
        for (int p = 0; p < one.Length; p++) Assert.Equal(one[p] * correction, four[p], 10);
        Assert.All(noise.SignalToNoise(100), r => Assert.True(double.IsPositiveInfinity(r) || r == 0));
    }

    [Fact]
    public void TheFormulaRefusesImpossibleBatchSizes()
    {
        Assert.Equal("sampleSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientNoise.FinitePopulationVariance(1, 10, 11)).ParamName);
        Assert.Equal("populationSize", Assert.Throws<ArgumentOutOfRangeException>(() => GradientNoise.FinitePopulationVariance(1, 1, 1)).ParamName);
    }
}
