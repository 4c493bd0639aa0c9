using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// A learning-rate schedule: the factor η(k) by which an optimizer's own learning rate is multiplied at step k
/// (k = 0 for the first step), so that λ_k = η(k)·learningRate.
/// </summary>
/// <remarks>
/// A schedule scales the step the optimizer takes, as PyTorch's <c>LambdaLR</c> scales the <c>lr</c> of its
/// optimizers, whose states never contain the learning rate; the optimizers of the kit are used unchanged
/// (see <see cref="Trainer"/>). Each schedule's formula is written once, in its class, with its source.
/// </remarks>
public abstract class LearningRateSchedule
{
    /// <summary>A short name with the parameters, for legends.</summary>
    public abstract string Name { get; }

    /// <summary>η(k), the factor at step <paramref name="step"/> ≥ 0.</summary>
    public double Factor(long step)
    {
        if (step < 0) throw new ArgumentOutOfRangeException(nameof(step), step, $"{nameof(step)} must be at least 0, but was {step}.");
        return FactorAt(step);
    }

    /// <summary>η(k) for a step already checked.</summary>
    protected abstract double FactorAt(long step);

    /// <summary>η(k) = 1: the optimizer's learning rate throughout.</summary>
    public static LearningRateSchedule Constant { get; } = new ConstantSchedule();

    /// <summary>The lecture's linear decay from 1 to <paramref name="finalFactor"/> at step <paramref name="decaySteps"/> = τ, then constant.</summary>
    public static LearningRateSchedule LinearDecay(double finalFactor, long decaySteps) => new LinearDecaySchedule(finalFactor, decaySteps);

    /// <summary>η(k) = γ^⌊k/s⌋: multiplied by <paramref name="gamma"/> γ every <paramref name="interval"/> = s steps.</summary>
    public static LearningRateSchedule StepDecay(double gamma, long interval) => new StepDecaySchedule(gamma, interval);

    /// <summary>η(k) = 1/(1 + k/τ) with <paramref name="timeScale"/> = τ: the 1/t decay.</summary>
    public static LearningRateSchedule InverseTime(double timeScale) => new InverseTimeSchedule(timeScale);

    /// <summary>Half a cosine from 1 down to <paramref name="finalFactor"/> over <paramref name="decaySteps"/> steps, then constant.</summary>
    public static LearningRateSchedule Cosine(long decaySteps, double finalFactor = 0) => new CosineSchedule(decaySteps, finalFactor);

    /// <summary>This schedule multiplied by a linear ramp (k + 1)/W over the first <paramref name="warmupSteps"/> = W steps.</summary>
    public LearningRateSchedule WithWarmup(long warmupSteps) => new WarmupSchedule(this, warmupSteps);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Checks a step count that must be at least 1.</summary>
    protected static long PositiveSteps(long steps, string paramName) =>
        steps >= 1 ? steps : throw new ArgumentOutOfRangeException(paramName, steps, $"{paramName} must be at least 1, but was {steps}.");

    /// <summary>Checks a factor that must lie in [0, 1].</summary>
    protected static double UnitFactor(double factor, string paramName)
    {
        Require.Finite(factor, paramName);
        return factor is >= 0 and <= 1 ? factor : throw new ArgumentOutOfRangeException(paramName, factor, $"{paramName} must lie in [0, 1], but was {factor}.");
    }
}
