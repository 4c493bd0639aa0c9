using TeachingKit.Optimization;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>Where one plain gradient-descent run on <see cref="ReluPopulationObjective"/> ended.</summary>
/// <param name="Weights">The final weights θ.</param>
/// <param name="Value">F(θ).</param>
/// <param name="GradientNorm">‖∇F(θ)‖.</param>
/// <param name="Steps">Gradient steps taken.</param>
/// <param name="End">Why the run stopped.</param>
public sealed record ReluDescentResult(double[] Weights, double Value, double GradientNorm, int Steps, DescentEnd End)
{
    /// <summary>Whether ‖∇F‖ reached the tolerance.</summary>
    public bool Converged => End == DescentEnd.GradientTolerance;
}

/// <summary>Why a descent on <see cref="ReluPopulationObjective"/> stopped.</summary>
public enum DescentEnd
{
    /// <summary>‖∇F‖ fell to the tolerance.</summary>
    GradientTolerance,
    /// <summary>F fell to the requested value and had decreased over the last <see cref="ReluDescent.SteadySteps"/> steps.</summary>
    BelowValue,
    /// <summary>The step limit was used up.</summary>
    StepLimit,
    /// <summary>F or the weights became NaN or infinite (the step is too large for this n and k).</summary>
    Diverged,
}

/// <summary>Safran &amp; Shamir's training protocol: Xavier initialisation, then plain gradient descent with step 5/k.</summary>
/// <remarks>
/// Safran &amp; Shamir (2018), experiments behind their Tables 1 and 2 (as lecture 001 quotes them): weights initialised with i.i.d. N(0, 1/k) entries (Xavier for fan-in k),
/// gradient descent with a fixed step size 5/k until ‖∇F‖ ≤ 10⁻¹². A run that has not converged after
/// <see cref="DefaultStepLimit"/> steps is stopped and reported as not converged; the paper states no limit.
/// </remarks>
public static class ReluDescent
{
    /// <summary>The gradient-norm tolerance of the paper, 10⁻¹².</summary>
    public const double DefaultTolerance = 1e-12;

    /// <summary>The step limit of this kit (the paper has none): enough for the slowest convergence seen at k ≤ 20.</summary>
    public const int DefaultStepLimit = 200_000;

    /// <summary>Consecutive decreasing steps before a run below the threshold may stop early.</summary>
    public const int SteadySteps = 100;

    /// <summary>The paper's step size 5/k.</summary>
    public static double StepSize(int teachers) => 5.0 / Require.AtLeast(teachers, 1, nameof(teachers));

    /// <summary>n·k i.i.d. N(0, 1/k) entries, fixed by <paramref name="seed"/>.</summary>
    public static double[] XavierWeights(ReluPopulationObjective objective, int seed)
    {
        var sampler = new GaussianSampler(seed);
        double scale = 1 / Math.Sqrt(objective.Teachers);
        var weights = new double[objective.ParameterCount];
        for (int p = 0; p < weights.Length; p++) weights[p] = scale * sampler.Next();
        return weights;
    }

    /// <summary>
    /// Gradient descent θ ← θ − η∇F(θ) from <paramref name="start"/> until ‖∇F‖ ≤ <paramref name="tolerance"/>,
    /// <paramref name="stepLimit"/> steps, or F ≤ <paramref name="stopAtOrBelow"/> after steps that all decreased F.
    /// </summary>
    /// <remarks>
    /// The last rule only saves time: a run that has descended steadily for <see cref="SteadySteps"/> steps to below
    /// the "stuck" threshold would have to climb back over it to end in a spurious minimum above it, and gradient
    /// descent that has settled into decreasing F does not climb. (Requiring monotone descent from the first step
    /// is too strict: with step 5/k, F often rises in the first few steps.) A test compares the rule's verdicts
    /// with runs to ‖∇F‖ ≤ 10⁻¹².
    /// </remarks>
    public static ReluDescentResult Run(ReluPopulationObjective objective, ReadOnlySpan<double> start, double stepSize,
        double tolerance = DefaultTolerance, int stepLimit = DefaultStepLimit, double stopAtOrBelow = double.NegativeInfinity)
    {
        Require.Positive(stepSize, nameof(stepSize));
        Require.Positive(tolerance, nameof(tolerance));
        Require.AtLeast(stepLimit, 0, nameof(stepLimit));
        var at = new ReluIterate(objective, start);
        int steps = 0, decreasing = 0;
        while (at.GradientNorm > tolerance && steps < stepLimit)
        {
            if (decreasing >= SteadySteps && at.Value <= stopAtOrBelow) return at.Result(steps, DescentEnd.BelowValue);
            VectorKernels.AddScaled(at.Weights, -stepSize, at.Gradient);
            double previous = at.Value;
            at.Evaluate();
            steps++;
            if (!double.IsFinite(at.GradientNorm) || !double.IsFinite(at.Value)) return at.Result(steps, DescentEnd.Diverged);
            decreasing = at.Value < previous ? decreasing + 1 : 0;
        }
        return at.Result(steps, at.GradientNorm <= tolerance ? DescentEnd.GradientTolerance : DescentEnd.StepLimit);
    }
}
