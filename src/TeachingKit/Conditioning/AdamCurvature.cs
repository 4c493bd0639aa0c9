using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>Adam's denominator at one step of a run on a quadratic, against the Hessian's diagonal.</summary>
/// <param name="Step">The number of Adam steps taken.</param>
/// <param name="Denominator">√r̂ᵢ for every weight.</param>
/// <param name="Fit">The power law √r̂ ≈ c·Hᵢᵢᵖ fitted across the weights: p = 1 means "proportional to the curvature".</param>
public sealed record AdamDenominator(int Step, IReadOnlyList<double> Denominator, PowerLaw Fit);

/// <summary>
/// Adam as "a little curvature": Newton divides the gradient by the Hessian; Adam divides it by √r̂, the root mean square
/// of recent gradients. On the quadratic ½ Σ λᵢwᵢ², gᵢ = λᵢwᵢ, so √r̂ᵢ ≈ λᵢ·rms(wᵢ): proportional to the Hessian's
/// diagonal λᵢ as long as the weights are at similar distances from the minimum, and not otherwise.
/// </summary>
/// <remarks>
/// At step 1 from w = (1, …, 1), r̂ = g² exactly (bias correction), so √r̂ᵢ = λᵢ: the diagonal itself. Later the
/// weights shrink at different speeds and the relation loosens; the fitted exponent says by how much. Uses the kit's
/// <see cref="Adam"/> and its recorded <see cref="AdaptiveVectors.CorrectedSecondMoment"/>.
/// </remarks>
public static class AdamCurvature
{
    /// <summary>Runs <paramref name="adam"/> on <paramref name="quadratic"/> from <paramref name="start"/> and reads √r̂ after each of <paramref name="steps"/> (each ≥ 1).</summary>
    public static AdamDenominator[] Compare(Quadratic quadratic, Adam adam, IReadOnlyList<double> start, IReadOnlyList<int> steps)
    {
        ArgumentNullException.ThrowIfNull(quadratic);
        ArgumentNullException.ThrowIfNull(adam);
        Require.NotEmpty(steps, nameof(steps));
        foreach (int k in steps) Require.AtLeast(k, 1, nameof(steps));
        if (!adam.Diagnostics) throw new ArgumentException("adam must record its diagnostics (diagnostics: true).", nameof(adam));
        var run = Optimize.Run(quadratic, adam, start, new RunOptions { MaxSteps = steps.Max(), RecordVectors = true });
        var trajectory = run.EnsureNotDiverged().Trajectory;
        return steps.Select(k =>
        {
            if (k >= trajectory.Count) throw new ArgumentException($"The run stopped after {trajectory.Count - 1} steps, before step {k}.", nameof(steps));
            var denominator = trajectory.Vector(AdaptiveVectors.CorrectedSecondMoment, k).ToArray().Select(Math.Sqrt).ToArray();
            return new AdamDenominator(k, denominator, PowerLaw.Fit(quadratic.Eigenvalues, denominator));
        }).ToArray();
    }
}
