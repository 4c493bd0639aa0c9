using MathNet.Numerics.LinearAlgebra;
using TeachingKit.CriticalPoints;

namespace TeachingKit.Tests.CriticalPoints;

public class RandomHessianTests
{
    [Fact]
    public void TheSignModelGivesTwoToTheMinusN()
    {
        Assert.Equal(1.0 / 1024, IndependentSignModel.FractionOfMinima(10), 1e-18);
        Assert.Equal(252.0 / 1024, IndependentSignModel.IndexProbability(10, 5), 1e-15);
        Assert.Equal(1.0, IndependentSignModel.IndexDistribution(30).Sum(), 1e-14);
        Assert.Equal(System.Numerics.BigInteger.Parse("14226520737620288370"), TeachingKit.Counting.Combinatorics.Binomial(67, 33));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(10)]
    public void MonteCarloOfIndependentSignsAgreesWithTheBinomialLaw(int dimension)
    {
        var sample = RandomHessianMonteCarlo.Sample(RandomHessianModel.IndependentSigns, dimension, 40_000, seed: 11);
        Assert.True(sample.FractionOfMinima.Contains(IndependentSignModel.FractionOfMinima(dimension)),
            $"2^-{dimension} outside {sample.FractionOfMinima}");
        var distribution = sample.IndexDistribution;
        int outside = Enumerable.Range(0, dimension + 1)
            .Count(k => !distribution[k].Contains(IndependentSignModel.IndexProbability(dimension, k)));
        Assert.True(outside <= 1, $"{outside} of {dimension + 1} index probabilities outside their 95 % intervals");
    }

    [Fact]
    public void GoeInTwoDimensionsMatchesTheClosedForm()
    {
        // For H = [[a, c], [c, b]] with var a = var b = 2 var c, P(both eigenvalues > 0) = ½ − 1/(2√2):
        // with t = (a+b)/2 ~ N(0, ½) and r² = ((a−b)/2)² + c² ~ Exp(1), P(t > r) = ∫₀^∞ (1 − e^{−t²}) e^{−t²}/√π dt.
        double exact = 0.5 - 1 / (2 * Math.Sqrt(2));
        var sample = RandomHessianMonteCarlo.Sample(RandomHessianModel.Goe, 2, 40_000, seed: 5);
        Assert.True(sample.FractionOfMinima.Contains(exact), $"{exact} outside {sample.FractionOfMinima}");
        Assert.True(sample.FractionOfMinima.Upper < 0.25, "GOE minima are rarer than the sign model's 2^-N already at N = 2");
    }

    [Fact]
    public void TheIndexByInertiaEqualsTheCountOfNegativeEigenvalues()
    {
        var random = new Random(3);
        for (int trial = 0; trial < 50; trial++)
        {
            int n = 1 + trial % 9;
            var m = Matrix<double>.Build.Dense(n, n, (i, j) => 0);
            for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) m[i, j] = m[j, i] = random.NextDouble() * 2 - 1;
            int negative = HessianClassifier.Eigen(m).Values.Count(l => l < 0);
            Assert.Equal(negative, RandomHessianMonteCarlo.NegativeEigenvalueCount(m));
        }
    }

    [Fact]
    public void MonteCarloIsDeterministicAndSymmetricInTheIndex()
    {
        var a = RandomHessianMonteCarlo.Sample(RandomHessianModel.Goe, 5, 20_000, seed: 9);
        var b = RandomHessianMonteCarlo.Sample(RandomHessianModel.Goe, 5, 20_000, seed: 9);
        Assert.Equal(a.IndexCounts, b.IndexCounts);
        // H and −H are equally likely: index k and N − k have the same probability.
        for (int k = 0; k <= 5; k++)
        {
            var p = a.IndexDistribution[k];
            var q = a.IndexDistribution[5 - k];
            Assert.True(p.Lower <= q.Upper && q.Lower <= p.Upper, $"index {k}: {p} vs {5 - k}: {q}");
        }
    }

    [Fact]
    public void WilsonIntervalMatchesAHandComputation()
    {
        // k = 0, n = 100: upper end z²/(n + z²) = 3.8415/103.8415.
        var p = Proportion.Of(0, 100);
        Assert.Equal(0, p.Lower, 1e-15);
        Assert.Equal(Proportion.Z95 * Proportion.Z95 / (100 + Proportion.Z95 * Proportion.Z95), p.Upper, 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => RandomHessianMonteCarlo.Sample(RandomHessianModel.Goe, 0, 10, 1));
    }
}

public class GaussianSamplerTests
{
    [Fact]
    public void TheSamplesAreStandardNormalAndFixedByTheSeed()
    {
        const int count = 100_000;
        var sampler = new TeachingKit.Sampling.GaussianSampler(seed: 5);
        double[] x = Enumerable.Range(0, count).Select(_ => sampler.Next()).ToArray();
        double mean = x.Average(), variance = x.Sum(v => (v - mean) * (v - mean)) / (count - 1);
        // Standard errors: 1/√n ≈ 0.0032 for the mean, √(2/n) ≈ 0.0045 for the variance; allow 4 of them.
        Assert.InRange(mean, -0.013, 0.013);
        Assert.InRange(variance, 1 - 0.018, 1 + 0.018);
        // P(|Z| > 1.96) = 0.05 within 4 standard errors √(0.05·0.95/n) ≈ 0.00069.
        Assert.InRange(x.Count(v => Math.Abs(v) > 1.96) / (double)count, 0.05 - 0.0028, 0.05 + 0.0028);
        var again = new TeachingKit.Sampling.GaussianSampler(seed: 5);
        Assert.All(x.Take(10), v => Assert.Equal(v, again.Next()));   // exact: the same seed must replay bit for bit
    }
}
