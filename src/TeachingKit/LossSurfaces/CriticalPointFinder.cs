using MathNet.Numerics.LinearAlgebra;
using TeachingKit.CriticalPoints;
using TeachingKit.Execution;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>How <see cref="CriticalPointFinder"/> walks toward a point where ∇f = 0.</summary>
public enum CriticalPointMethod
{
    /// <summary>Newton's step −H⁺g (pseudo-inverse), halved until ‖∇f‖ falls: attracted to critical points of every index.</summary>
    Newton,

    /// <summary>Levenberg–Marquardt on ½‖∇f‖²: the step −(H² + μI)⁻¹Hg, μ adapted; finds zeros of ∇f of any index (and minima of ‖∇f‖ that are not zeros).</summary>
    GradientNormMinimization,

    /// <summary>Saddle-free Newton −(|H| + δI)⁻¹g, δ = damping·min(1, ‖g‖), with an Armijo search on f (Dauphin et al. 2014): goes downhill, so it ends at low-index points.</summary>
    SaddleFreeNewton,
}

/// <summary>Where a critical-point search ended.</summary>
/// <param name="Point">The last iterate.</param>
/// <param name="Value">f there.</param>
/// <param name="GradientNorm">‖∇f‖ there.</param>
/// <param name="Iterations">Steps taken.</param>
/// <param name="Converged">Whether ‖∇f‖ reached the tolerance.</param>
public sealed record CriticalPointRun(double[] Point, double Value, double GradientNorm, int Iterations, bool Converged);

/// <summary>
/// Three second-order searches for critical points of a function given by its exact gradient and Hessian (Dauphin et al. 2014,
/// "Identifying and attacking the saddle point problem", §5 and Fig. 1; Pennington &amp; Bahri 2017, §4: Newton's method and the
/// minimisation of ‖∇f‖² find saddles as readily as minima).
/// </summary>
/// <remarks>
/// Every step is computed in the Hessian's eigenbasis (λᵢ, vᵢ); eigenvalues with |λ| ≤ 10⁻¹⁰·max|λ| are treated as zero
/// (a network has exactly flat directions: softmax is unchanged by adding one constant to every output bias), so Newton uses
/// the pseudo-inverse. A run stops when ‖∇f‖ ≤ tolerance (converged), at the iteration limit, or when no step length lowers
/// its merit function (‖∇f‖ for Newton and Levenberg–Marquardt, f for saddle-free Newton).
/// </remarks>
public static class CriticalPointFinder
{
    /// <summary>Runs <paramref name="method"/> from <paramref name="start"/>.</summary>
    public static CriticalPointRun Find(SecondOrderObjective objective, IReadOnlyList<double> start, CriticalPointMethod method,
        double gradientTolerance = 1e-9, int maxIterations = 100, double damping = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Require.AllFinite(start, nameof(start));
        Require.SameLength(start.Count, objective.Dimension, nameof(start), "the objective's dimension");
        Require.Positive(gradientTolerance, nameof(gradientTolerance));
        Require.AtLeast(maxIterations, 1, nameof(maxIterations));
        Require.Positive(damping, nameof(damping));
        var x = start.ToArray();
        var g = new double[x.Length];
        double value = objective.ValueAndGradient(x, g), norm = Norm(g), mu = 1;
        for (int k = 0; k < maxIterations; k++)
        {
            if (norm <= gradientTolerance) return new CriticalPointRun(x, value, norm, k, true);
            Interruption.ThrowIfRequested();
            var (values, vectors) = HessianClassifier.Eigen(objective.Hessian(x));
            var projections = vectors.TransposeThisAndMultiply(Vector<double>.Build.Dense(g));
            double zero = 1e-10 * values.Max(Math.Abs);
            var next = method switch
            {
                CriticalPointMethod.Newton => Backtrack(objective, x, Step(values, vectors, projections, l => Math.Abs(l) <= zero ? 0 : 1 / l), norm, useGradientNorm: true, value, g),
                CriticalPointMethod.SaddleFreeNewton => Backtrack(objective, x, Step(values, vectors, projections, l => 1 / (Math.Abs(l) + damping * Math.Min(1, norm))), norm, useGradientNorm: false, value, g),
                _ => Marquardt(objective, x, values, vectors, projections, norm, ref mu),
            };
            if (next is null) return new CriticalPointRun(x, value, norm, k, false);
            (x, value, g) = next.Value;
            norm = Norm(g);
        }
        return new CriticalPointRun(x, value, norm, maxIterations, norm <= gradientTolerance);
    }

    // Σᵢ −scale(λᵢ)(vᵢ·g) vᵢ.
    private static double[] Step(double[] values, Matrix<double> vectors, Vector<double> projections, Func<double, double> scale)
    {
        var coefficients = Vector<double>.Build.Dense(values.Length, i => -scale(values[i]) * projections[i]);
        return (vectors * coefficients).ToArray();
    }

    // Tries x + 2⁻ʲ·step, j = 0…30, until the merit (‖∇f‖, or f with Armijo's sufficient decrease) falls.
    private static (double[], double, double[])? Backtrack(SecondOrderObjective objective, double[] x, double[] step, double norm,
        bool useGradientNorm, double value, double[] gradient)
    {
        double slope = 0;
        for (int i = 0; i < x.Length; i++) slope += gradient[i] * step[i];
        var trial = new double[x.Length];
        var g = new double[x.Length];
        for (double alpha = 1; alpha > 1e-9; alpha /= 2)
        {
            for (int i = 0; i < x.Length; i++) trial[i] = x[i] + alpha * step[i];
            double f = objective.ValueAndGradient(trial, g);
            if (!double.IsFinite(f)) continue;
            bool better = useGradientNorm ? Norm(g) < norm : f <= value + 1e-4 * alpha * slope && (f < value || Norm(g) < norm);
            if (better) return (trial, f, g);
        }
        return null;
    }

    // Levenberg–Marquardt on r(x) = ∇f(x) with Jacobian H: step −(H² + m I)⁻¹Hg with m = μ‖g‖² (Yamashita & Fukushima 2001: quadratic
    // convergence even where H is singular); μ shrinks tenfold after a success and grows tenfold after a failure.
    private static (double[], double, double[])? Marquardt(SecondOrderObjective objective, double[] x, double[] values, Matrix<double> vectors,
        Vector<double> projections, double norm, ref double mu)
    {
        var trial = new double[x.Length];
        var g = new double[x.Length];
        for (int attempt = 0; attempt < 30; attempt++)
        {
            double m = mu * norm * norm;
            var step = Step(values, vectors, projections, l => l / (l * l + m));
            for (int i = 0; i < x.Length; i++) trial[i] = x[i] + step[i];
            double f = objective.ValueAndGradient(trial, g);
            if (double.IsFinite(f) && Norm(g) < norm)
            {
                mu = Math.Max(mu / 10, 1e-12);
                return (trial, f, g);
            }
            mu *= 10;
        }
        return null;
    }

    private static double Norm(double[] v)
    {
        double sum = 0;
        foreach (double x in v) sum += x * x;
        return Math.Sqrt(sum);
    }
}
