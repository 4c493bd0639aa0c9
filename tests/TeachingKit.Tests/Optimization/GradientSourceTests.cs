using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>The fixed gradient sequences, the noisy source with a chosen variance, and the race landscapes' gradients.</summary>
public class GradientSourceTests
{
    [Fact]
    public void ThreeWeightSequenceReplaysTheLectureGradients()
    {
        var sequence = GradientSequence.ThreeWeightExercise();
        var g = new double[3];
        double[][] expected = [[1.1, 0.1, 1.1], [0.9, 0.1, -0.9], [1.1, 0.1, 1.1], [0.9, 0.1, -0.9]];
        foreach (var row in expected)
        {
            sequence.Evaluate(new double[3], g);
            Assert.Equal(row, g);
        }
        sequence.Reset();
        sequence.Evaluate(new double[3], g);
        Assert.Equal(expected[0], g);
        Assert.Equal(1.0 * 2 + 0.1 * 3 + 0.1 * 4, sequence.Value([2, 3, 4]), 12);
    }

    [Fact]
    public void SequenceRunsAreRepeatable()
    {
        var sequence = GradientSequence.ThreeWeightExercise();
        var a = Optimize.Run(sequence, new Adam(0.01), [0, 0, 0], new RunOptions { MaxSteps = 51 });
        var b = Optimize.Run(sequence, new Adam(0.01), [0, 0, 0], new RunOptions { MaxSteps = 51 });
        Assert.Equal(a.FinalParameters, b.FinalParameters);
    }

    [Fact]
    public void NoiseHasTheChosenVariancePerCoordinate()
    {
        var noisy = StochasticGradients.WithNoiseVariance(new LinearSlope([1.0, -2.0]), [0.25, 4.0], seed: 7);
        const int n = 20000;
        double[] sum = new double[2], sumSquares = new double[2], g = new double[2];
        for (int k = 0; k < n; k++)
        {
            noisy.Evaluate([0.0, 0.0], g);
            for (int i = 0; i < 2; i++)
            {
                sum[i] += g[i];
                sumSquares[i] += g[i] * g[i];
            }
        }
        double[] mean = [1.0, -2.0], variance = [0.25, 4.0];
        for (int i = 0; i < 2; i++)
        {
            double m = sum[i] / n, v = sumSquares[i] / n - m * m;
            Assert.InRange(m, mean[i] - 5 * Math.Sqrt(variance[i] / n), mean[i] + 5 * Math.Sqrt(variance[i] / n));
            Assert.InRange(v / variance[i], 0.95, 1.05);   // σ of the ratio ≈ √(2/n) = 0.01
        }
        Assert.Equal("variances", Assert.ThrowsAny<ArgumentException>(() => StochasticGradients.WithNoiseVariance(new LinearSlope([1.0]), [-1.0], 1)).ParamName);
    }

    public static TheoryData<string, double, double> LandscapePoints() => new()
    {
        { "saddle", 0.7, -1.3 }, { "Rosenbrock", -1.2, 1.0 }, { "Beale", 1.0, 1.5 }, { "Beale", -2.0, 0.3 }, { "quadratic", 3, -1 },
    };

    [Theory]
    [MemberData(nameof(LandscapePoints))]
    public void LandscapeGradientsAgreeWithCentralDifferences(string name, double x, double y)
    {
        Objective f = name switch
        {
            "saddle" => RaceLandscapes.Saddle,
            "Rosenbrock" => RaceLandscapes.Rosenbrock,
            "Beale" => RaceLandscapes.Beale,
            _ => RaceLandscapes.BadlyScaledQuadratic,
        };
        var g = new double[2];
        f.Evaluate([x, y], g);
        const double h = 1e-5;
        double dx = (f.Value([x + h, y]) - f.Value([x - h, y])) / (2 * h);
        double dy = (f.Value([x, y + h]) - f.Value([x, y - h])) / (2 * h);
        Assert.Equal(dx, g[0], 5);
        Assert.Equal(dy, g[1], 5);
    }

    [Fact]
    public void CatalogueRosenbrockAgreesWithTheChainedFormula()
    {
        double[] g = new double[2], h = new double[2];
        foreach (var (x, y) in new[] { (-1.5, 2.0), (0.3, -0.7), (1.1, 1.3) })
        {
            Assert.Equal(RaceLandscapes.ChainedRosenbrock(2).Evaluate([x, y], h), RaceLandscapes.Rosenbrock.Evaluate([x, y], g), 12);
            Assert.Equal(h[0], g[0], 11);
            Assert.Equal(h[1], g[1], 11);
        }
    }

    [Fact]
    public void LandscapeMinimaAreWhereTheBooksSay()
    {
        var g = new double[2];
        Assert.Equal(0, RaceLandscapes.Rosenbrock.Evaluate([1, 1], g), 15);
        Assert.Equal(0, g[0], 15);
        Assert.Equal(0, RaceLandscapes.Beale.Evaluate([3, 0.5], g), 15);
        Assert.Equal(0, Math.Abs(g[0]) + Math.Abs(g[1]), 15);
        Assert.Equal(14.203125, RaceLandscapes.Beale.Value([0, 0]), 12);   // 1.5² + 2.25² + 2.625²
        Assert.Equal(24.2, RaceLandscapes.Rosenbrock.Value([-1.2, 1]), 12);
        Assert.Equal(0.1 * 9 + 2 * 1, RaceLandscapes.BadlyScaledQuadratic.Value([3, -1]), 14);
        Assert.Equal(3, RaceLandscapes.ChainedRosenbrock(4).Value([0, 0, 0, 0]), 14);
    }
}
