using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Execution;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>
/// The Hessian of an objective whose exact gradient is known but whose second derivatives the kit does not compute
/// (a batch-normalised network): central differences of the exact gradient, column by column.
/// </summary>
/// <remarks>
/// Column i is (∇L(θ + h eᵢ) − ∇L(θ − h eᵢ))/(2h) with h = <c>relativeStep</c>·max(1, |θᵢ|); the result is symmetrised.
/// Its truncation error is O(h²) times the third derivatives and its rounding error about ε‖∇L‖/h, so with the default
/// h ≈ 10⁻⁵ the entries carry about ten significant digits — ample for λmax and κ, not for an exactly zero eigenvalue
/// (use <see cref="Networks.Mlp.Hessian"/> or <see cref="Differentiation.AutoDiff"/> where exactness matters). Costs 2N gradients.
/// </remarks>
public static class GradientDifferenceHessian
{
    /// <summary>The symmetrised central-difference Hessian of <paramref name="objective"/> at <paramref name="point"/>.</summary>
    public static Matrix<double> At(Objective objective, IReadOnlyList<double> point, double relativeStep = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Require.AllFinite(point, nameof(point));
        Require.SameLength(point.Count, objective.Dimension, nameof(point), nameof(objective));
        Require.Positive(relativeStep, nameof(relativeStep));
        int n = point.Count;
        var x = point.ToArray();
        var plus = new double[n];
        var minus = new double[n];
        var hessian = Matrix<double>.Build.Dense(n, n);
        var interruption = Interruption.Current;
        for (int i = 0; i < n; i++)
        {
            interruption.ThrowIfCancellationRequested();
            double h = relativeStep * Math.Max(1, Math.Abs(point[i]));
            x[i] = point[i] + h;
            objective.Evaluate(x, plus);
            x[i] = point[i] - h;
            objective.Evaluate(x, minus);
            x[i] = point[i];
            for (int j = 0; j < n; j++) hessian[j, i] = (plus[j] - minus[j]) / (2 * h);
        }
        return (hessian + hessian.Transpose()) * 0.5;
    }
}
