using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>Newton's step: the minimiser of the local quadratic model, and what it costs.</summary>
/// <remarks>
/// Lecture (Gerstner, "Second-order methods"; Goodfellow et al. §8.6.1): θ ← θ − H⁻¹∇L. On a quadratic with
/// positive definite H one step lands on the minimiser, whatever κ; the price is the Hessian's N² entries and a dense
/// solve of about N³/3 flops (Cholesky) or 2N³/3 (LU), which is why the method does not scale to large networks.
/// </remarks>
public static class Newton
{
    /// <summary>Bytes needed to store an N×N Hessian of doubles: 8N².</summary>
    public static double HessianBytes(double parameterCount)
    {
        Require.Positive(parameterCount, nameof(parameterCount));
        return 8 * parameterCount * parameterCount;
    }

    /// <summary>Flops of an LU solve of an N×N system, 2N³/3 (Golub &amp; Van Loan, Alg. 3.2.1) plus the two triangular solves, 2N².</summary>
    public static double SolveFlops(double parameterCount)
    {
        Require.Positive(parameterCount, nameof(parameterCount));
        return 2.0 / 3 * parameterCount * parameterCount * parameterCount + 2 * parameterCount * parameterCount;
    }

    /// <summary>The Newton step d = −H⁻¹g (LU with partial pivoting, so an indefinite but invertible H is allowed).</summary>
    public static double[] Step(Matrix<double> hessian, IReadOnlyList<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        Require.AllFinite(gradient, nameof(gradient));
        Require.SameLength(gradient.Count, hessian.RowCount, nameof(gradient), nameof(hessian));
        var step = hessian.LU().Solve(Vector<double>.Build.DenseOfEnumerable(gradient));
        if (step.Any(v => !double.IsFinite(v)))
            throw new ArgumentException("The Hessian is singular: the Newton step is not defined.", nameof(hessian));
        return (-step).ToArray();
    }
}
