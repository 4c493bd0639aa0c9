using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Optimization;
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
        Require.SameLength(start.Length, objective.ParameterCount, nameof(start), nameof(objective.ParameterCount));
        var weights = start.ToArray();
        var gradient = new double[weights.Length];
        var scratch = new double[objective.ScratchLength];
        double value = objective.ValueAndGradient(weights, gradient, scratch);
        double norm = VectorKernels.Norm(gradient);
        int steps = 0;
        while (norm > tolerance && steps < maxIterations)
        {
            var step = objective.Hessian(weights).LU().Solve(Vector<double>.Build.Dense(gradient));
            for (int p = 0; p < weights.Length; p++) weights[p] -= step[p];
            value = objective.ValueAndGradient(weights, gradient, scratch);
            norm = VectorKernels.Norm(gradient);
            steps++;
        }
        return new ReluDescentResult(weights, value, norm, steps, norm <= tolerance ? DescentEnd.GradientTolerance : DescentEnd.StepLimit);
    }
}
