using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>Step decay: η(k) = γ^⌊k/s⌋, the rate cut by a factor γ every s steps.</summary>
/// <remarks>PyTorch's <c>StepLR(step_size=s, gamma=γ)</c> and Keras's <c>ExponentialDecay(staircase=True)</c>; He et al. (2016) divide by 10 twice during training.</remarks>
public sealed class StepDecaySchedule : LearningRateSchedule
{
    /// <summary>Multiply by <paramref name="gamma"/> γ ∈ (0, 1] every <paramref name="interval"/> = s ≥ 1 steps.</summary>
    public StepDecaySchedule(double gamma, long interval)
    {
        Gamma = Require.Positive(UnitFactor(gamma, nameof(gamma)), nameof(gamma));
        Interval = PositiveSteps(interval, nameof(interval));
    }

    /// <summary>γ, the factor applied at each cut.</summary>
    public double Gamma { get; }

    /// <summary>s, the steps between cuts.</summary>
    public long Interval { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"step decay ×{Gamma:G3} every {Interval}");

    /// <inheritdoc/>
    protected override double FactorAt(long step) => Math.Pow(Gamma, step / Interval);
}
