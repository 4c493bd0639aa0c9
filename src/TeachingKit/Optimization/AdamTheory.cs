using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>The lecture's per-weight statistics of a gradient sequence: ⟨g⟩, ⟨g²⟩ and the ratios that set Adam's step.</summary>
/// <param name="Weight">The weight's index.</param>
/// <param name="MeanGradient">⟨g⟩ over one cycle.</param>
/// <param name="MeanSquareGradient">⟨g²⟩ over one cycle.</param>
/// <param name="LectureRatio">⟨g⟩/⟨g²⟩, the quantity the lecture's exercise asks for.</param>
/// <param name="AdamStepPerLearningRate">⟨g⟩/√⟨g²⟩: Adam's long-run step divided by the learning rate (ŝ → ⟨g⟩, r̂ → ⟨g²⟩).</param>
/// <param name="EffectiveLearningRatePerLearningRate">1/√⟨g²⟩: Adam's long-run effective learning rate divided by the learning rate.</param>
public sealed record WeightStatistics(
    int Weight, double MeanGradient, double MeanSquareGradient, double LectureRatio,
    double AdamStepPerLearningRate, double EffectiveLearningRatePerLearningRate);

/// <summary>Closed forms for Adam on a constant gradient, and the three-weight exercise, computed without running Adam.</summary>
/// <remarks>
/// On a constant gradient g the moments after t steps are s = g(1 − β₁ᵗ) and r = g²(1 − β₂ᵗ)
/// (geometric sums; <see cref="ExponentialMovingAverage.ErrorOnConstantInput"/> is the error term).
/// With bias correction ŝ = g and r̂ = g² exactly, so every step is learningRate·g/√(g² + δ) ≈
/// learningRate·sign(g). Without it the t-th step is learningRate·g(1 − β₁ᵗ)/√(g²(1 − β₂ᵗ) + δ), and the
/// first is (1 − β₁)/√(1 − β₂) times the corrected one (Kingma &amp; Ba 2015, Sec. 3).
/// </remarks>
public static class AdamTheory
{
    /// <summary>
    /// (1 − β₁)/√(1 − β₂): the first uncorrected Adam step over the first corrected one (δ → 0).
    /// For the defaults β₁ = 0.9, β₂ = 0.999 it is 0.1/√0.001 = √10 ≈ 3.162.
    /// </summary>
    public static double FirstStepFactor(double beta1 = 0.9, double beta2 = 0.999)
    {
        Require.InHalfOpenRange(beta1, 0, 1, nameof(beta1));
        Require.InHalfOpenRange(beta2, 0, 1, nameof(beta2));
        return (1 - beta1) / Math.Sqrt(1 - beta2);
    }

    /// <summary>The raw moment after <paramref name="step"/> steps of a constant input <paramref name="value"/>: value·(1 − βᵗ).</summary>
    public static double RawMoment(double value, double beta, int step)
    {
        Require.AtLeast(step, 0, nameof(step));
        return value + ExponentialMovingAverage.ErrorOnConstantInput(value, beta, step);
    }

    /// <summary>
    /// The signed t-th Adam step Δθ (t = <paramref name="step"/> ≥ 1) on the constant gradient
    /// <paramref name="gradient"/>, from the closed-form moments — no iteration.
    /// </summary>
    public static double StepOnConstantGradient(
        int step, double gradient, double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999,
        double epsilon = 1e-8, bool biasCorrection = true, EpsilonPlacement epsilonPlacement = EpsilonPlacement.InsideSquareRoot)
    {
        Require.AtLeast(step, 1, nameof(step));
        Require.Finite(gradient, nameof(gradient));
        Require.Positive(learningRate, nameof(learningRate));
        Require.Positive(epsilon, nameof(epsilon));
        double s = RawMoment(gradient, beta1, step), r = RawMoment(gradient * gradient, beta2, step);
        double c1 = biasCorrection ? ExponentialMovingAverage.BiasCorrectionDivisor(beta1, step) : 1;
        double c2 = biasCorrection ? ExponentialMovingAverage.BiasCorrectionDivisor(beta2, step) : 1;
        double denominator = Denominator.For(Denominator.Check(epsilonPlacement, nameof(epsilonPlacement)), epsilon, c2).Of(r);
        return -learningRate * (s / c1) / denominator;
    }

    /// <summary>
    /// The largest ratio of an uncorrected to a corrected step on a constant gradient, over steps
    /// 1 … <paramref name="steps"/>, and the step where it occurs: (1 − β₁ᵗ)/√(1 − β₂ᵗ) peaks near
    /// t ≈ 12 for the defaults, at about 6.6 — early steps without correction are too large, not too small.
    /// </summary>
    public static (int Step, double Ratio) LargestUncorrectedRatio(int steps = 1000, double beta1 = 0.9, double beta2 = 0.999)
    {
        Require.AtLeast(steps, 1, nameof(steps));
        Require.InHalfOpenRange(beta1, 0, 1, nameof(beta1));
        Require.InHalfOpenRange(beta2, 0, 1, nameof(beta2));
        (int Step, double Ratio) best = (0, 0);
        for (int t = 1; t <= steps; t++)
        {
            double ratio = ExponentialMovingAverage.BiasCorrectionDivisor(beta1, t) / Math.Sqrt(ExponentialMovingAverage.BiasCorrectionDivisor(beta2, t));
            if (ratio > best.Ratio) best = (t, ratio);
        }
        return best;
    }

    /// <summary>⟨g⟩, ⟨g²⟩, ⟨g⟩/⟨g²⟩ and ⟨g⟩/√⟨g²⟩ for each weight of <paramref name="sequence"/> (the three-weight exercise).</summary>
    public static WeightStatistics[] WeightStatistics(GradientSequence sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        var result = new WeightStatistics[sequence.Dimension];
        for (int i = 0; i < result.Length; i++)
        {
            var cycle = sequence.Cycles[i];
            double mean = 0, meanSquare = 0;
            foreach (double g in cycle)
            {
                mean += g;
                meanSquare += g * g;
            }
            mean /= cycle.Count;
            meanSquare /= cycle.Count;
            result[i] = new WeightStatistics(i + 1, mean, meanSquare, mean / meanSquare, mean / Math.Sqrt(meanSquare), 1 / Math.Sqrt(meanSquare));
        }
        return result;
    }
}
