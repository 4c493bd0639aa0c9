using System.Globalization;

namespace TeachingKit.Optimization;

/// <summary>Linear warm-up: η(k) = min(1, (k + 1)/W)·η_inner(k), a ramp over the first W steps in front of another schedule.</summary>
/// <remarks>
/// Goyal et al. (2017), "Accurate, large minibatch SGD", §2.2 (gradual warm-up): large early steps, taken while the
/// weights are still random, can throw a network out of its good region. The ramp starts at 1/W, not 0, so that no
/// step is wasted; the inner schedule keeps counting from step 0 (Keras's <c>CosineDecay(warmup_steps)</c> counts the
/// decay after the warm-up instead).
/// </remarks>
public sealed class WarmupSchedule : LearningRateSchedule
{
    /// <summary>Ramp <paramref name="inner"/> up over <paramref name="warmupSteps"/> = W ≥ 1 steps.</summary>
    public WarmupSchedule(LearningRateSchedule inner, long warmupSteps)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        WarmupSteps = PositiveSteps(warmupSteps, nameof(warmupSteps));
    }

    /// <summary>The schedule that the ramp multiplies.</summary>
    public LearningRateSchedule Inner { get; }

    /// <summary>W, the length of the ramp.</summary>
    public long WarmupSteps { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"{Inner.Name} with {WarmupSteps}-step warm-up");

    /// <inheritdoc/>
    protected override double FactorAt(long step) => Math.Min(1.0, (step + 1.0) / WarmupSteps) * Inner.Factor(step);
}
