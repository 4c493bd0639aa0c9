using TeachingKit.Validation;

namespace TeachingKit.Sampling;

/// <summary>Evenly spaced sample points and functions evaluated on them, for tables and plots.</summary>
public static class Grid
{
    /// <summary><paramref name="count"/> evenly spaced points from <paramref name="start"/> to <paramref name="stop"/>, both included.</summary>
    /// <remarks>The last point is <paramref name="stop"/> exactly, not an accumulated sum.</remarks>
    public static double[] Linspace(double start, double stop, int count)
    {
        Require.Finite(start, nameof(start));
        Require.Finite(stop, nameof(stop));
        Require.AtLeast(count, 2, nameof(count));
        var points = new double[count];
        double step = (stop - start) / (count - 1);
        for (int i = 0; i < count; i++) points[i] = start + i * step;
        points[^1] = stop;
        return points;
    }

    /// <summary><paramref name="count"/> points from <paramref name="start"/> to <paramref name="stop"/> (both positive, both included), evenly spaced in log x.</summary>
    public static double[] Logspace(double start, double stop, int count)
    {
        var exponents = Linspace(Math.Log10(Require.Positive(start, nameof(start))), Math.Log10(Require.Positive(stop, nameof(stop))), count);
        var points = exponents.Select(e => Math.Pow(10, e)).ToArray();
        (points[0], points[^1]) = (start, stop);
        return points;
    }

    /// <summary>Evaluates <paramref name="f"/> at every point of <paramref name="xs"/>.</summary>
    public static double[] Evaluate(Func<double, double> f, IReadOnlyList<double> xs)
    {
        ArgumentNullException.ThrowIfNull(f);
        Require.NotEmpty(xs, nameof(xs));
        var values = new double[xs.Count];
        for (int i = 0; i < xs.Count; i++) values[i] = f(xs[i]);
        return values;
    }

    /// <summary>
    /// Evaluates <paramref name="f"/>(x, y) on the grid xs × ys. Row i holds y = ys[i], column j
    /// holds x = xs[j]: the layout that Plotly's contour and surface traces expect for z.
    /// </summary>
    public static double[][] Evaluate(Func<double, double, double> f, IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        ArgumentNullException.ThrowIfNull(f);
        Require.NotEmpty(xs, nameof(xs));
        Require.NotEmpty(ys, nameof(ys));
        var z = new double[ys.Count][];
        for (int i = 0; i < ys.Count; i++)
        {
            z[i] = new double[xs.Count];
            for (int j = 0; j < xs.Count; j++) z[i][j] = f(xs[j], ys[i]);
        }
        return z;
    }

    /// <summary>
    /// Indices i of the interior samples that are strict local minima: values[i] below both
    /// neighbours. On a fine enough grid these bracket the local minima of the sampled function.
    /// </summary>
    public static int[] LocalMinima(IReadOnlyList<double> values)
    {
        Require.AllFinite(values, nameof(values));
        var minima = new List<int>();
        for (int i = 1; i < values.Count - 1; i++)
        {
            if (values[i] < values[i - 1] && values[i] < values[i + 1]) minima.Add(i);
        }
        return minima.ToArray();
    }
}
