using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Differentiation;
using TeachingKit.Landscapes;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// Three ways to walk toward a point where ∇f = 0, each recording its trajectory: Newton's method,
/// gradient descent, and saddle-free Newton.
/// </summary>
/// <remarks>
/// Newton (lecture): θ ← θ − H⁻¹g jumps to the critical point of the local quadratic model —
/// whatever its kind, so it is attracted to saddles and maxima as readily as to minima.
/// Gradient descent θ ← θ − ηg only goes downhill but crawls where g is small, as near a saddle.
/// Saddle-free Newton θ ← θ − |H|⁻¹g (Dauphin et al. 2014, "Identifying and attacking the saddle
/// point problem", NeurIPS) rescales by |λ| in each eigen-direction, so it keeps Newton's speed but
/// moves downhill along negative curvature and escapes saddles.
/// </remarks>
public static class CriticalPointMethods
{
    /// <summary>Default stopping tolerance on |∇f|.</summary>
    public const double DefaultGradientTolerance = 1e-10;

    /// <summary>Newton's method θ ← θ − H⁻¹g; stops at a singular Hessian (some |λ| ≤ 1e-12·max|λ|, relative so that it scales with f; H = 0 is singular).</summary>
    public static CriticalPointPath Newton(Func<Var[], Var> f, IReadOnlyList<double> start, int maxSteps = 50,
        double gradientTolerance = DefaultGradientTolerance) =>
        Run("Newton", f, start, maxSteps, gradientTolerance, needsHessian: true, (g, h) => EigenStep(g, h!, absolute: false, damping: 0));

    /// <summary>
    /// Saddle-free Newton θ ← θ − (|H| + damping·I)⁻¹g, with |H| the Hessian with its eigenvalues
    /// replaced by their absolute values; <paramref name="damping"/> keeps the step finite where λ ≈ 0.
    /// </summary>
    public static CriticalPointPath SaddleFreeNewton(Func<Var[], Var> f, IReadOnlyList<double> start, int maxSteps = 50,
        double damping = 1e-3, double gradientTolerance = DefaultGradientTolerance)
    {
        Require.Positive(damping, nameof(damping));
        return Run("Saddle-free Newton", f, start, maxSteps, gradientTolerance, needsHessian: true, (g, h) => EigenStep(g, h!, absolute: true, damping));
    }

    /// <summary>Gradient descent θ ← θ − learningRate·∇f.</summary>
    public static CriticalPointPath GradientDescent(Func<Var[], Var> f, IReadOnlyList<double> start, double learningRate,
        int maxSteps = 100, double gradientTolerance = DefaultGradientTolerance)
    {
        Require.Positive(learningRate, nameof(learningRate));
        return Run("Gradient descent", f, start, maxSteps, gradientTolerance, needsHessian: false, (g, _) => -learningRate * g);
    }

    /// <summary>Newton's method on a catalogue landscape; <paramref name="start"/> must have its dimension.</summary>
    public static CriticalPointPath Newton(Landscape landscape, IReadOnlyList<double> start, int maxSteps = 50,
        double gradientTolerance = DefaultGradientTolerance) =>
        Newton(Checked(landscape, start), start, maxSteps, gradientTolerance);

    /// <summary>Saddle-free Newton on a catalogue landscape; <paramref name="start"/> must have its dimension.</summary>
    public static CriticalPointPath SaddleFreeNewton(Landscape landscape, IReadOnlyList<double> start, int maxSteps = 50,
        double damping = 1e-3, double gradientTolerance = DefaultGradientTolerance) =>
        SaddleFreeNewton(Checked(landscape, start), start, maxSteps, damping, gradientTolerance);

    /// <summary>Gradient descent on a catalogue landscape; <paramref name="start"/> must have its dimension.</summary>
    public static CriticalPointPath GradientDescent(Landscape landscape, IReadOnlyList<double> start, double learningRate,
        int maxSteps = 100, double gradientTolerance = DefaultGradientTolerance) =>
        GradientDescent(Checked(landscape, start), start, learningRate, maxSteps, gradientTolerance);

    // A function cannot tell that a point has coordinates it never reads (h ≡ 0 reads none), so only
    // the landscape's declared dimension can reject a too-long start.
    private static Func<Var[], Var> Checked(Landscape landscape, IReadOnlyList<double> start)
    {
        ArgumentNullException.ThrowIfNull(landscape);
        Require.NotEmpty(start, nameof(start));
        Require.SameLength(start.Count, landscape.Dimension, nameof(start), $"{landscape.Name}'s dimension");
        return landscape.Function;
    }

    /// <summary>The step −Σᵢ (vᵢ·g)/μᵢ vᵢ with μᵢ = λᵢ (Newton) or |λᵢ| + damping (saddle-free); null when singular.</summary>
    private static Vector<double>? EigenStep(Vector<double> g, Matrix<double> h, bool absolute, double damping)
    {
        var (values, vectors) = HessianClassifier.Eigen(h);
        double zero = 1e-12 * HessianClassifier.SpectrumScale(values);
        var step = Vector<double>.Build.Dense(g.Count);
        for (int i = 0; i < values.Length; i++)
        {
            double mu = absolute ? Math.Abs(values[i]) + damping : values[i];
            if (!absolute && Math.Abs(mu) <= zero) return null;
            var v = vectors.Column(i);
            step -= (v.DotProduct(g) / mu) * v;
        }
        return step;
    }

    private static CriticalPointPath Run(string method, Func<Var[], Var> f, IReadOnlyList<double> start, int maxSteps,
        double gradientTolerance, bool needsHessian, Func<Vector<double>, Matrix<double>?, Vector<double>?> step)
    {
        ArgumentNullException.ThrowIfNull(f);
        Require.NotEmpty(start, nameof(start));
        Require.AllFinite(start, nameof(start));
        Require.AtLeast(maxSteps, 0, nameof(maxSteps));
        Require.Positive(gradientTolerance, nameof(gradientTolerance));
        var points = new List<double[]>();
        var values = new List<double>();
        var norms = new List<double>();
        double[] x = [.. start];
        (double Value, Vector<double> Gradient, Matrix<double>? Hessian) d;
        try { d = Evaluate(f, x, needsHessian); }   // throws for a non-finite f (named "f") or a too-short start
        catch (ArgumentException e) when (e.ParamName == "point")
        {
            throw new ArgumentException(e.Message.Replace("the point", "start", StringComparison.Ordinal), nameof(start), e);
        }
        HessianClassifier.RequireFiniteDerivatives(d.Gradient, d.Hessian, x, nameof(start));
        int evaluations = 1;
        while (true)
        {
            points.Add(x);
            values.Add(d.Value);
            norms.Add(d.Gradient.L2Norm());
            if (norms[^1] <= gradientTolerance) return Done(StopReason.Converged);
            if (points.Count > maxSteps) return Done(StopReason.MaxSteps);
            var delta = step(d.Gradient, d.Hessian);
            if (delta is null) return Done(StopReason.SingularHessian);
            double[] next = x.Zip(delta, (a, b) => a + b).ToArray();
            if (!next.All(double.IsFinite)) return Done(StopReason.Diverged);
            var nextDerivatives = TryEvaluate(f, next, needsHessian);
            evaluations++;
            if (nextDerivatives is null) return Done(StopReason.Diverged);
            (x, d) = (next, nextDerivatives.Value);
        }

        CriticalPointPath Done(StopReason reason) => new(method, points, values, norms, reason, evaluations);
    }

    /// <summary>f, ∇f and, when the method needs it, H (gradient descent needs only one reverse sweep).</summary>
    private static (double Value, Vector<double> Gradient, Matrix<double>? Hessian) Evaluate(Func<Var[], Var> f, double[] x, bool needsHessian)
    {
        if (needsHessian)
        {
            var d = AutoDiff.SecondOrder(f, x);
            return (d.Value, d.Gradient, d.Hessian);
        }
        var gradient = new double[x.Length];
        double value = AutoDiff.ValueAndGradient(f, x, gradient);
        return (value, Vector<double>.Build.Dense(gradient), null);
    }

    // A diverging iterate may make f overflow; that ends the run as Diverged instead of throwing.
    private static (double Value, Vector<double> Gradient, Matrix<double>? Hessian)? TryEvaluate(Func<Var[], Var> f, double[] x, bool needsHessian)
    {
        try
        {
            var d = Evaluate(f, x, needsHessian);
            bool finite = d.Gradient.All(double.IsFinite) && (d.Hessian is null || d.Hessian.Enumerate().All(double.IsFinite));
            return finite ? d : null;
        }
        catch (ArgumentException) { return null; }
    }
}
