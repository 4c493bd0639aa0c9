using TeachingKit.Differentiation;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>The critical points a multi-start search found in a box, each classified.</summary>
/// <param name="Points">Distinct critical points inside the box, sorted by kind, then x, then y.</param>
/// <param name="Starts">Number of starting points (a grid over the box).</param>
/// <param name="ConvergedStarts">How many Newton runs converged to a critical point inside the box.</param>
/// <param name="Evaluations">Total evaluations of f with its derivatives.</param>
public sealed record CriticalPointSearchResult(IReadOnlyList<CriticalPointReport> Points, int Starts, int ConvergedStarts, int Evaluations)
{
    /// <summary>How many of the points are of the given (resolved) kind.</summary>
    public int Count(CriticalPointKind kind) => Points.Count(p => p.ResolvedKind == kind);
}

/// <summary>
/// Finds the critical points of a function of two variables inside a box: Newton's method from a
/// grid of starts (Newton converges to critical points of every kind), then de-duplication and
/// the Hessian test at each distinct point.
/// </summary>
/// <remarks>
/// Newton converges from starts close enough to a non-degenerate critical point, so a fine enough
/// grid finds them all; degenerate critical sets (valleys of minima) yield scattered representatives.
/// The search cannot prove that nothing was missed: refine <c>startsPerSide</c> to check.
/// </remarks>
public static class CriticalPointSearch
{
    /// <summary>Searches [xMin, xMax] × [yMin, yMax] from startsPerSide² Newton runs.</summary>
    public static CriticalPointSearchResult FindAll(
        Func<Var[], Var> f, double xMin, double xMax, double yMin, double yMax,
        int startsPerSide = 12, int maxSteps = 60, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireInterval(xMin, xMax, nameof(xMin), nameof(xMax));
        RequireInterval(yMin, yMax, nameof(yMin), nameof(yMax));
        Require.AtLeast(startsPerSide, 2, nameof(startsPerSide));
        // Starts at cell centres, so that a symmetric function's symmetric points (often critical) are avoided.
        double dx = (xMax - xMin) / startsPerSide, dy = (yMax - yMin) / startsPerSide;
        double[] xs = Grid.Linspace(xMin + dx / 2, xMax - dx / 2, startsPerSide);
        double[] ys = Grid.Linspace(yMin + dy / 2, yMax - dy / 2, startsPerSide);
        double sameDistance = 1e-6 * Math.Max(xMax - xMin, yMax - yMin);
        double inside = 1e-9 * Math.Max(xMax - xMin, yMax - yMin);

        var found = new List<double[]>();
        int evaluations = 0, converged = 0;
        foreach (double y in ys)
            foreach (double x in xs)
            {
                var run = CriticalPointMethods.Newton(f, [x, y], maxSteps, gradientTolerance: 1e-11);
                evaluations += run.Evaluations;
                double[] p = run.Converged ? SnapToZero(f, Polish(f, run.Final, maxSteps, ref evaluations), sameDistance, ref evaluations) : run.Final;
                if (!run.Converged || p[0] < xMin - inside || p[0] > xMax + inside || p[1] < yMin - inside || p[1] > yMax + inside)
                    continue;
                converged++;
                if (!found.Any(q => Math.Sqrt(Square(q[0] - p[0]) + Square(q[1] - p[1])) <= sameDistance)) found.Add(p);
            }

        var reports = found.Select(p => HessianClassifier.Analyze(f, p, options))
            .OrderBy(r => r.ResolvedKind).ThenBy(r => r.Point[0]).ThenBy(r => r.Point[1]).ToList();
        return new CriticalPointSearchResult(reports, startsPerSide * startsPerSide, converged, evaluations + reports.Count);
    }

    private static double Square(double x) => x * x;

    /// <summary>
    /// Keeps stepping from a converged point and returns the iterate with the smallest |∇f|. At a
    /// degenerate point (monkey saddle) Newton converges only linearly, and |∇f| ≤ tolerance is
    /// reached far from the point; more steps bring it to rounding level.
    /// </summary>
    private static double[] Polish(Func<Var[], Var> f, double[] point, int maxSteps, ref int evaluations)
    {
        var run = CriticalPointMethods.Newton(f, point, maxSteps, gradientTolerance: double.Epsilon);
        evaluations += run.Evaluations;
        int best = 0;
        for (int i = 1; i < run.GradientNorms.Count; i++)
            if (run.GradientNorms[i] < run.GradientNorms[best]) best = i;
        return run.Points[best];
    }

    /// <summary>
    /// Sets coordinates closer to 0 than the de-duplication distance to exactly 0 when that does not
    /// increase |∇f|. At a degenerate point Newton only halves its distance each step (monkey saddle),
    /// and at (1e-24, 1e-25) the Hessian ±6·10⁻²⁴ is honestly indefinite, whatever f's scale; at the
    /// origin itself it is 0, the lecture's verdict.
    /// </summary>
    private static double[] SnapToZero(Func<Var[], Var> f, double[] point, double sameDistance, ref int evaluations)
    {
        if (!point.Any(v => v != 0 && Math.Abs(v) < sameDistance)) return point;
        double[] snapped = point.Select(v => Math.Abs(v) < sameDistance ? 0 : v).ToArray();
        evaluations += 2;
        return Norm(AutoDiff.Gradient(f, snapped)) <= Norm(AutoDiff.Gradient(f, point)) ? snapped : point;
    }

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));

    private static void RequireInterval(double min, double max, string minName, string maxName)
    {
        Require.Finite(min, minName);
        Require.Finite(max, maxName);
        if (!(max > min)) throw new ArgumentException($"{maxName} must exceed {minName}, but [{min}, {max}] is empty.", maxName);
    }
}
