using System.Globalization;

namespace TeachingKit.Optimization;

/// <summary>Cosine annealing: η(k) = η_min + ½(1 − η_min)(1 + cos(πk/T)) until step T, then η_min.</summary>
/// <remarks>Loshchilov &amp; Hutter (2017), SGDR, eq. 5 without restarts; PyTorch's <c>CosineAnnealingLR(T_max=T, eta_min)</c> as a factor of the initial rate.</remarks>
public sealed class CosineSchedule : LearningRateSchedule
{
    /// <summary>From 1 down to <paramref name="finalFactor"/> = η_min ∈ [0, 1] over <paramref name="decaySteps"/> = T ≥ 1 steps.</summary>
    public CosineSchedule(long decaySteps, double finalFactor = 0)
    {
        DecaySteps = PositiveSteps(decaySteps, nameof(decaySteps));
        FinalFactor = UnitFactor(finalFactor, nameof(finalFactor));
    }

    /// <summary>T, the length of the half cosine.</summary>
    public long DecaySteps { get; }

    /// <summary>η_min, the factor reached at step T.</summary>
    public double FinalFactor { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"cosine to {FinalFactor:G3} over {DecaySteps}");

    /// <inheritdoc/>
    protected override double FactorAt(long step) =>
        FinalFactor + 0.5 * (1 - FinalFactor) * (1 + Math.Cos(Math.PI * Math.Min(1.0, (double)step / DecaySteps)));
}
