using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The exponential running average m(n+1) = ρ m(n) + (1 − ρ) x(n), started at m(0) = 0, with
/// and without bias correction m̂(n) = m(n) / (1 − ρⁿ).
/// </summary>
/// <remarks>
/// <para>Lecture: a momentum term is such an average of the gradients over about 1/(1 − ρ) samples
/// (<see cref="EffectiveWindow"/>); exercise: if all x equal x̄, m(n) → x̄. Indeed
/// m(n) = x̄ (1 − ρⁿ), so the error is −x̄ ρⁿ (<see cref="ErrorOnConstantInput"/>), and dividing
/// by 1 − ρⁿ removes it at every n (Kingma &amp; Ba 2015, Sec. 3).</para>
/// </remarks>
public sealed class ExponentialMovingAverage
{
    /// <summary>An average with decay <paramref name="decay"/> ρ ∈ [0, 1).</summary>
    public ExponentialMovingAverage(double decay)
    {
        Decay = Require.InHalfOpenRange(decay, 0, 1, nameof(decay));
    }

    /// <summary>The decay ρ: the weight kept from the previous average.</summary>
    public double Decay { get; }

    /// <summary>How many values have been averaged.</summary>
    public int Count { get; private set; }

    /// <summary>The raw average m(n), biased towards its start 0.</summary>
    public double Value { get; private set; }

    /// <summary>The bias-corrected average m(n)/(1 − ρⁿ); NaN before the first value.</summary>
    public double BiasCorrected => Count == 0 ? double.NaN : Value / BiasCorrectionDivisor(Decay, Count);

    /// <summary>Adds <paramref name="x"/> (finite) and returns the new raw average.</summary>
    public double Update(double x)
    {
        Require.Finite(x, nameof(x));
        Value = Decay * Value + (1 - Decay) * x;
        Count++;
        return Value;
    }

    /// <summary>Starts again from m = 0.</summary>
    public void Reset()
    {
        Value = 0;
        Count = 0;
    }

    /// <summary>The running averages after each of <paramref name="values"/>, raw or bias-corrected.</summary>
    public static double[] Smooth(IReadOnlyList<double> values, double decay, bool biasCorrection)
    {
        Require.NotEmpty(values, nameof(values));
        var average = new ExponentialMovingAverage(decay);
        var result = new double[values.Count];
        for (int i = 0; i < result.Length; i++)
        {
            average.Update(values[i]);
            result[i] = biasCorrection ? average.BiasCorrected : average.Value;
        }
        return result;
    }

    /// <summary>
    /// 1/(1 − ρ) = Σ ρʲ: the number of recent samples the average effectively spans. The same geometric series is
    /// momentum's constant-slope speed-up (<see cref="QuadraticTheory.ConstantSlopeSpeedUp(double)"/>), which uses this formula.
    /// </summary>
    /// <remarks>Errata: the lecture's slides ("estimate mean and variance from k = 1/α samples", "k = 1/ρ") write 1/ρ;
    /// the weights ρʲ(1 − ρ) sum to 1 over about 1/(1 − ρ) samples — 10 for ρ = 0.9, where 1/ρ would give 1.1.</remarks>
    public static double EffectiveWindow(double decay) => 1 / (1 - Require.InHalfOpenRange(decay, 0, 1, nameof(decay)));

    /// <summary>
    /// 1 − ρⁿ = (1 − ρ) Σ_{j&lt;n} ρʲ: the total weight the raw average gives its first <paramref name="count"/>
    /// samples, and so the divisor of the bias correction m̂(n) = m(n)/(1 − ρⁿ) (Kingma &amp; Ba 2015, Sec. 3;
    /// Adam's 1 − β₁ᵗ and 1 − β₂ᵗ). The one place this formula is written.
    /// </summary>
    public static double BiasCorrectionDivisor(double decay, long count)
    {
        Require.InHalfOpenRange(decay, 0, 1, nameof(decay));
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), count, $"{nameof(count)} must be at least 0, but was {count}.");
        return 1 - Math.Pow(decay, count);
    }

    /// <summary>
    /// √((1 − ρ)/(1 + ρ)): the standard deviation of the average of independent noisy samples,
    /// once settled, relative to the samples' own (variance (1 − ρ)² Σ ρ²ʲ = (1 − ρ)/(1 + ρ)).
    /// </summary>
    public static double NoiseReduction(double decay)
    {
        Require.InHalfOpenRange(decay, 0, 1, nameof(decay));
        return Math.Sqrt((1 - decay) / (1 + decay));
    }

    /// <summary>m(n) − x̄ = −x̄ ρⁿ: the raw average's error after <paramref name="count"/> equal values <paramref name="mean"/>.</summary>
    public static double ErrorOnConstantInput(double mean, double decay, int count)
    {
        Require.Finite(mean, nameof(mean));
        Require.InHalfOpenRange(decay, 0, 1, nameof(decay));
        Require.AtLeast(count, 0, nameof(count));
        return -mean * Math.Pow(decay, count);
    }
}
