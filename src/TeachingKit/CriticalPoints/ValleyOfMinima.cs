using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Differentiation;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// Follows a null direction of the Hessian along the level set: from x + r·d it minimizes f over the
/// Hessian's range directions (Newton steps in that subspace) and reports whether f comes back to f(x).
/// If it does, a point at distance about r has the same value: the minimum is not strict, it lies on a
/// valley of minima (the deep linear losses' hyperbola w₁w₂ = 1).
/// </summary>
/// <remarks>
/// Straight samples leave a curved valley at second order (for (1 − w₁w₂)² at (1, 1) the sample along the
/// null direction rises by r⁴/4), so only following the curve can see it. Evidence, like the probe: it
/// finds a second point of equal value, it does not trace the whole valley.
/// </remarks>
internal static class ValleyOfMinima
{
    private const int MaxNewtonSteps = 50;

    /// <summary>True when some null direction leads, after the range correction, back to f(x) within <paramref name="tolerance"/>.</summary>
    public static bool Found(
        Func<Var[], Var> f, double[] point, double value, IReadOnlyList<Vector<double>> nullDirections,
        IReadOnlyList<Vector<double>> rangeBasis, double radius, double tolerance)
    {
        if (rangeBasis.Count == 0) return false;   // no range to correct in: the straight samples already decided
        var range = Matrix<double>.Build.DenseOfColumnVectors(rangeBasis);
        return nullDirections.Any(d => ReturnsToValue(f, point, value, d, range, radius, tolerance));
    }

    private static bool ReturnsToValue(
        Func<Var[], Var> f, double[] point, double value, Vector<double> direction, Matrix<double> range, double radius, double tolerance)
    {
        var y = Vector<double>.Build.DenseOfArray(point) + radius * direction;
        for (int step = 0; step < MaxNewtonSteps; step++)
        {
            var derivatives = AutoDiff.SecondOrder(f, y.ToArray());
            if (Math.Abs(derivatives.Value - value) <= tolerance)
                // Still about r away from the point: the correction moved only across the null direction.
                return (y - Vector<double>.Build.DenseOfArray(point)).L2Norm() >= radius / 2;
            var reducedHessian = range.TransposeThisAndMultiply(derivatives.Hessian * range);
            var reducedGradient = range.TransposeThisAndMultiply(derivatives.Gradient);
            if (reducedHessian.Determinant() <= 0) return false;   // not convex across: no valley floor to fall back to
            y -= range * reducedHessian.Solve(reducedGradient);
        }
        return false;
    }
}
