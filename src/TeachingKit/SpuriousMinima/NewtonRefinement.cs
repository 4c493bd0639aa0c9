using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>Newton's method on the exact gradient and Hessian of <see cref="ReluPopulationObjective"/>: polishes a critical point.</summary>
/// <remarks>
/// Near a non-degenerate critical point Newton converges quadratically, so a point gradient descent left
/// at ‖∇F‖ ≈ 10⁻⁶ reaches rounding level in a few steps; far from one it may go anywhere, so use it only
/// to refine. It solves ∇²F δ = −∇F by LU and stops when ‖∇F‖ ≤ tolerance or after the iteration limit.
/// </remarks>
public static class NewtonRefinement
{
    /// <summary>Newton steps from <paramref name="start"/>; returns the weights, F, ‖∇F‖ and the steps taken.</summary>
    public static ReluDescentResult Refine(ReluPopulationObjective objective, ReadOnlySpan<double> start,
        double tolerance = 1e-13, int maxIterations = 20)
    {
        Require.Positive(tolerance, nameof(tolerance));
        Require.AtLeast(maxIterations, 0, nameof(maxIterations));
        var at = new ReluIterate(objective, start);
        int steps = 0;
        while (at.GradientNorm > tolerance && steps < maxIterations)
        {
            var step = objective.Hessian(at.Weights).LU().Solve(Vector<double>.Build.Dense(at.Gradient));
            for (int p = 0; p < at.Weights.Length; p++) at.Weights[p] -= step[p];
            at.Evaluate();
            steps++;
        }
        return at.Result(steps, at.GradientNorm <= tolerance ? DescentEnd.GradientTolerance : DescentEnd.StepLimit);
    }
}
