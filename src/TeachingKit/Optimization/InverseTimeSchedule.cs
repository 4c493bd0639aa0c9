using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>The 1/t decay: η(k) = 1/(1 + k/τ), about τ/k for k ≫ τ.</summary>
/// <remarks>
/// Robbins &amp; Monro (1951): Σλ_k = ∞ and Σλ_k² &lt; ∞ make SGD converge, and λ_k ∝ 1/k is the classic choice
/// (Goodfellow et al. §8.3.1, eq. 8.12–8.13; Bottou 2012, "Stochastic gradient descent tricks", λ₀/(1 + λ₀μk));
/// Keras's <c>InverseTimeDecay(decay_steps=τ, decay_rate=1)</c>.
/// </remarks>
public sealed class InverseTimeSchedule : LearningRateSchedule
{
    /// <summary>Halve the rate after <paramref name="timeScale"/> = τ &gt; 0 steps, third it after 2τ, and so on.</summary>
    public InverseTimeSchedule(double timeScale)
    {
        TimeScale = Require.Positive(timeScale, nameof(timeScale));
    }

    /// <summary>τ, the step at which the rate is halved.</summary>
    public double TimeScale { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"1/t decay, τ={TimeScale:G4}");

    /// <inheritdoc/>
    protected override double FactorAt(long step) => 1 / (1 + step / TimeScale);
}
