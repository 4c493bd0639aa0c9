using TeachingKit.CriticalPoints;
using TeachingKit.Symmetry;

namespace TeachingKit.SpuriousMinima;

/// <summary>
/// What the second-order test says about one point of <see cref="ReluPopulationObjective"/>: F, ‖∇F‖ and the exact
/// Hessian's eigenvalues counted by sign.
/// </summary>
/// <remarks>
/// A point is a spurious local minimum when it is critical (‖∇F‖ ≤ <see cref="CriticalGradient"/>), its Hessian is
/// positive definite (every eigenvalue above the spectrum's zero tolerance) and F is clearly above the global minimum 0
/// (F &gt; <see cref="SpuriousMinimaExperiment.StuckValue"/>): the lecture's definition, and Safran &amp; Shamir's test.
/// </remarks>
/// <param name="Value">F at the point.</param>
/// <param name="GradientNorm">‖∇F‖ (Euclidean).</param>
/// <param name="Spectrum">The exact Hessian's eigenvalues and their sign counts.</param>
public sealed record CandidatePoint(double Value, double GradientNorm, HessianSpectrum Spectrum)
{
    /// <summary>The largest ‖∇F‖ that still counts as a critical point.</summary>
    public const double CriticalGradient = 1e-8;

    /// <summary>‖∇F‖ ≤ <see cref="CriticalGradient"/>.</summary>
    public bool IsCritical => GradientNorm <= CriticalGradient;

    /// <summary>Critical, positive-definite Hessian and F &gt; <see cref="SpuriousMinimaExperiment.StuckValue"/>.</summary>
    public bool IsSpuriousMinimum => IsCritical && Spectrum.NegativeCount == 0 && Spectrum.ZeroCount == 0 && Value > SpuriousMinimaExperiment.StuckValue;

    /// <summary>Evaluates F, ∇F and the exact Hessian at <paramref name="weights"/>.</summary>
    public static CandidatePoint Of(ReluPopulationObjective objective, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(weights);
        var at = new ReluIterate(objective, weights.ToArray());
        return new CandidatePoint(at.Value, at.GradientNorm,
            HessianSpectrum.Classify(objective.Hessian(at.Weights), at.GradientNorm, criticalTolerance: CriticalGradient));
    }
}
