using TeachingKit.Sampling;

namespace TeachingKit.Tests.Foundation;

public class GridTests
{
    [Fact]
    public void LinspaceHitsBothEndsExactly()
    {
        double[] xs = Grid.Linspace(-2.2, 2.2, 401);
        Assert.Equal(401, xs.Length);
        Assert.Equal(-2.2, xs[0]);
        Assert.Equal(2.2, xs[^1]);
        Assert.Equal(0.011, xs[1] - xs[0], 12);
        Assert.Equal(0.0, xs[200], 12);
    }

    [Fact]
    public void TwoDimensionalValuesAreRowsOfYAndColumnsOfX()
    {
        var z = Grid.Evaluate((x, y) => 10 * x + y, [1.0, 2.0, 3.0], [0.5, 0.25]);
        Assert.Equal(2, z.Length);
        Assert.Equal([10.5, 20.5, 30.5], z[0]);
        Assert.Equal([10.25, 20.25, 30.25], z[1]);
    }

    [Fact]
    public void LocalMinimaOfASampledQuarticAgreeWithItsCriticalPoints()
    {
        // L(w) = w⁴ − 3w² + w; minima are the roots of 4w³ − 6w + 1 with 12w² − 6 > 0,
        // found here independently by bisection.
        double[] xs = Grid.Linspace(-2.2, 2.2, 4401);
        int[] minima = Grid.LocalMinima(Grid.Evaluate(w => Math.Pow(w, 4) - 3 * w * w + w, xs));
        double[] roots = [Bisect(-2, -1), Bisect(1, 2)];

        Assert.Equal(2, minima.Length);
        for (int k = 0; k < 2; k++) Assert.Equal(roots[k], xs[minima[k]], 3);
    }

    [Fact]
    public void AFlatStretchIsNotAStrictMinimum() =>
        Assert.Empty(Grid.LocalMinima([1.0, 0.0, 0.0, 1.0]));

    [Fact]
    public void BadInputIsNamed()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Grid.Linspace(0, 1, 1)).ParamName);
        Assert.Equal("stop", Assert.Throws<ArgumentException>(() => Grid.Linspace(0, double.NaN, 5)).ParamName);
        Assert.Equal("xs", Assert.Throws<ArgumentException>(() => Grid.Evaluate(x => x, Array.Empty<double>())).ParamName);
        Assert.Contains("values[1] must be a finite number", Assert.Throws<ArgumentException>(() => Grid.LocalMinima([0.0, double.PositiveInfinity, 1.0])).Message);
    }

    private static double Bisect(double a, double b)
    {
        static double Derivative(double w) => 4 * w * w * w - 6 * w + 1;
        for (int i = 0; i < 100; i++)
        {
            double m = 0.5 * (a + b);
            if (Math.Sign(Derivative(m)) == Math.Sign(Derivative(a))) a = m; else b = m;
        }
        return 0.5 * (a + b);
    }
}
