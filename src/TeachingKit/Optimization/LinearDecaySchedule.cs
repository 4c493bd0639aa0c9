using System.Globalization;

namespace TeachingKit.Optimization;

/// <summary>The lecture's linear decay: λ_k = (1 − k/τ)λ₀ + (k/τ)λ_τ until step τ, then λ_τ.</summary>
/// <remarks>
/// Goodfellow et al. (2016) §8.3.1, eq. 8.14, and the lecture's slide "Stochastic gradient descent: decaying the
/// learning rate until some iteration τ". As a factor of λ₀: η(k) = 1 − (k/τ)(1 − η_τ) with η_τ = λ_τ/λ₀, the book's
/// "roughly 1 percent". Errata: after τ the slide writes λ = λ₀ ("or another constant"); the book keeps λ_τ, as here.
/// </remarks>
public sealed class LinearDecaySchedule : LearningRateSchedule
{
    /// <summary>Decay to <paramref name="finalFactor"/> = λ_τ/λ₀ ∈ [0, 1] at step <paramref name="decaySteps"/> = τ ≥ 1.</summary>
    public LinearDecaySchedule(double finalFactor, long decaySteps)
    {
        FinalFactor = UnitFactor(finalFactor, nameof(finalFactor));
        DecaySteps = PositiveSteps(decaySteps, nameof(decaySteps));
    }

    /// <summary>η_τ = λ_τ/λ₀.</summary>
    public double FinalFactor { get; }

    /// <summary>τ, the step from which the rate stays at λ_τ.</summary>
    public long DecaySteps { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"linear decay to {FinalFactor:G3}·λ₀ at τ={DecaySteps}");

    /// <inheritdoc/>
    protected override double FactorAt(long step)
    {
        double alpha = Math.Min(1.0, (double)step / DecaySteps);
        return (1 - alpha) + alpha * FinalFactor;
    }
}
