using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>The outcome of a <see cref="Bfgs"/> run, with its diagnostics.</summary>
/// <param name="Point">The last point.</param>
/// <param name="Value">The function value there.</param>
/// <param name="GradientNorm">The largest absolute gradient entry there.</param>
/// <param name="Iterations">BFGS steps taken.</param>
/// <param name="Evaluations">Function-and-gradient evaluations.</param>
/// <param name="StopReason">Converged when the gradient fell below the tolerance; MaxSteps when the iteration limit was hit; Stalled when no step decreased the value.</param>
public sealed record BfgsResult(double[] Point, double Value, double GradientNorm, int Iterations, int Evaluations, StopReason StopReason)
{
    /// <summary>True when the gradient fell below the tolerance.</summary>
    public bool Converged => StopReason == StopReason.Converged;
}

/// <summary>
/// A small, deterministic quasi-Newton minimizer (BFGS with a dense inverse-Hessian estimate and
/// Armijo backtracking) for relaxing the few dozen weights of the lecture's networks.
/// </summary>
/// <remarks>
/// Nocedal &amp; Wright, Numerical Optimization, Algorithm 6.1. The update is skipped when the curvature
/// condition sᵀy &gt; 0 fails, so the estimate stays positive definite without a Wolfe line search.
/// </remarks>
public static class Bfgs
{
    /// <summary>Minimizes f from <paramref name="start"/>; <paramref name="valueAndGradient"/> returns f(x) and writes ∇f(x) into its second argument.</summary>
    /// <param name="valueAndGradient">Returns f(x) and writes ∇f(x) into its second argument.</param>
    /// <param name="start">The starting point.</param>
    /// <param name="gradientTolerance">Stop when every gradient entry is at most this in absolute value.</param>
    /// <param name="maxIterations">The most BFGS steps.</param>
    /// <param name="maxStep">The largest change of any coordinate in one step: keeps a warm-started relaxation near its start.</param>
    public static BfgsResult Minimize(
        Func<double[], double[], double> valueAndGradient, IReadOnlyList<double> start,
        double gradientTolerance = 1e-9, int maxIterations = 2000, double maxStep = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(valueAndGradient);
        Require.NotEmpty(start, nameof(start));
        Require.AllFinite(start, nameof(start));
        Require.Positive(gradientTolerance, nameof(gradientTolerance));
        Require.AtLeast(maxIterations, 0, nameof(maxIterations));
        if (!(maxStep > 0)) throw new ArgumentOutOfRangeException(nameof(maxStep), maxStep, $"{nameof(maxStep)} must be positive, but was {maxStep}.");

        int n = start.Count;
        var x = start.ToArray();
        var g = new double[n];
        double f = Evaluate(valueAndGradient, x, g);
        int evaluations = 1;
        var h = Identity(n);
        bool fresh = true;
        var p = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var s = new double[n];
        var y = new double[n];
        var hy = new double[n];

        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            if (MaxAbs(g) <= gradientTolerance) return new(x, f, MaxAbs(g), iteration, evaluations, StopReason.Converged);
            Multiply(h, g, p);
            double slope = 0;
            for (int i = 0; i < n; i++) { p[i] = -p[i]; slope += p[i] * g[i]; }
            if (!(slope < 0))
            {
                h = Identity(n);
                fresh = true;
                for (int i = 0; i < n; i++) p[i] = -g[i];
                slope = -Dot(g, g);
            }

            double step = Math.Min(1, maxStep / MaxAbs(p)), fNew = double.NaN;
            bool accepted = false;
            for (int halving = 0; halving < 60 && !accepted; halving++, step *= 0.5)
            {
                for (int i = 0; i < n; i++) xNew[i] = x[i] + step * p[i];
                fNew = Evaluate(valueAndGradient, xNew, gNew);
                evaluations++;
                // A step too small to move x (x + step·p == x) is no step: accepting it would repeat forever.
                accepted = fNew <= f + 1e-4 * step * slope && !xNew.AsSpan().SequenceEqual(x);
            }
            if (!accepted)
            {
                if (fresh) return new(x, f, MaxAbs(g), iteration, evaluations, StopReason.Stalled);
                h = Identity(n);
                fresh = true;
                continue;
            }

            for (int i = 0; i < n; i++) { s[i] = xNew[i] - x[i]; y[i] = gNew[i] - g[i]; }
            double sy = Dot(s, y);
            if (sy > 1e-14 * Math.Sqrt(Dot(s, s) * Dot(y, y)))
            {
                if (fresh) Scale(h, sy / Dot(y, y)); // Nocedal & Wright (6.20): first estimate sᵀy/yᵀy·I
                Update(h, s, y, sy, hy);
                fresh = false;
            }
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
        }
        return new(x, f, MaxAbs(g), maxIterations, evaluations, MaxAbs(g) <= gradientTolerance ? StopReason.Converged : StopReason.MaxSteps);
    }

    private static double Evaluate(Func<double[], double[], double> valueAndGradient, double[] x, double[] g)
    {
        double f = valueAndGradient(x, g);
        if (!double.IsFinite(f) || g.Any(v => !double.IsFinite(v)))
            throw new ArithmeticException($"The objective or its gradient is not finite (value {f}) at a point the minimizer tried; the model diverged.");
        return f;
    }

    // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded so that it costs O(n²).
    private static void Update(double[,] h, double[] s, double[] y, double sy, double[] hy)
    {
        int n = s.Length;
        double rho = 1 / sy;
        Multiply(h, y, hy);
        double yhy = Dot(y, hy);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                h[i, j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
    }

    private static double[,] Identity(int n)
    {
        var h = new double[n, n];
        for (int i = 0; i < n; i++) h[i, i] = 1;
        return h;
    }

    private static void Scale(double[,] h, double factor)
    {
        for (int i = 0; i < h.GetLength(0); i++)
            for (int j = 0; j < h.GetLength(1); j++) h[i, j] *= factor;
    }

    private static void Multiply(double[,] h, double[] v, double[] result)
    {
        for (int i = 0; i < v.Length; i++)
        {
            double sum = 0;
            for (int j = 0; j < v.Length; j++) sum += h[i, j] * v[j];
            result[i] = sum;
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double MaxAbs(double[] v) => v.Max(Math.Abs);
}
