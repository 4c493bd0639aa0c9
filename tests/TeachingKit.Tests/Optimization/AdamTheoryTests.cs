using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>Adam with and without bias correction on a constant gradient against the closed forms, and the δ placements.</summary>
public class AdamTheoryTests
{
    [Fact]
    public void FirstUncorrectedStepIsRootTenTimesTheCorrectedOne()
    {
        // (1 − 0.9)/√(1 − 0.999) = 0.1/√0.001 = √10.
        Assert.Equal(Math.Sqrt(10), AdamTheory.FirstStepFactor(), 14);
        double corrected = RunSteps(new Adam(0.001, epsilon: 1e-16), 1, 1)[0];
        double uncorrected = RunSteps(new Adam(0.001, epsilon: 1e-16, biasCorrection: false), 1, 1)[0];
        Assert.Equal(-0.001, corrected, 15);
        Assert.Equal(Math.Sqrt(10), uncorrected / corrected, 9);
    }

    [Theory]
    [InlineData(true, 0.5)]
    [InlineData(false, 0.5)]
    [InlineData(true, -3.0)]
    [InlineData(false, 1e-3)]
    public void ConstantGradientStepsFollowTheClosedForm(bool biasCorrection, double gradient)
    {
        var steps = RunSteps(new Adam(0.01, biasCorrection: biasCorrection), gradient, 300);
        for (int t = 1; t <= steps.Length; t++)
        {
            // Inline, independent of AdamTheory: s = g(1 − β₁ᵗ), r = g²(1 − β₂ᵗ) (geometric sums); bias
            // correction divides them back to g and g²; δ = 10⁻⁸ inside the root.
            double s = gradient * (1 - Math.Pow(0.9, t)), r = gradient * gradient * (1 - Math.Pow(0.999, t));
            double sHat = biasCorrection ? gradient : s, rHat = biasCorrection ? gradient * gradient : r;
            double expected = -0.01 * sHat / Math.Sqrt(rHat + 1e-8);
            Assert.Equal(expected, steps[t - 1], 12);
        }
        if (biasCorrection) Assert.All(steps, s => Assert.Equal(-0.01 * Math.Sign(gradient), s, 5));
    }

    [Fact]
    public void RawMomentsFollowTheGeometricSums()
    {
        var adam = new Adam(0.01, biasCorrection: false);
        double[] w = [0];
        for (int t = 1; t <= 50; t++)
        {
            adam.Step(w, [2.0]);
            Assert.Equal(2 * (1 - Math.Pow(0.9, t)), adam.Vector(AdaptiveVectors.FirstMoment)[0], 14);
            Assert.Equal(4 * (1 - Math.Pow(0.999, t)), adam.Vector(AdaptiveVectors.SecondMoment)[0], 14);
            Assert.Equal(AdamTheory.RawMoment(4, 0.999, t), adam.Vector(AdaptiveVectors.SecondMoment)[0], 14);
        }
    }

    [Fact]
    public void UncorrectedStepsOvershootUpToAboutSixPointSix()
    {
        // (1 − 0.9ᵗ)/√(1 − 0.999ᵗ): 3.16 at t = 1, rising to ≈ 6.6 near t = 12, then slowly back to 1.
        var (step, ratio) = AdamTheory.LargestUncorrectedRatio(1000);
        Assert.InRange(step, 10, 14);
        Assert.InRange(ratio, 6.5, 6.7);
        double brute = Enumerable.Range(1, 1000).Max(t => (1 - Math.Pow(0.9, t)) / Math.Sqrt(1 - Math.Pow(0.999, t)));
        Assert.Equal(brute, ratio, 14);
    }

    [Fact]
    public void EpsilonPlacementsDifferExactlyAsTheFormulasSay()
    {
        // A tiny constant gradient g = 10⁻⁶ with δ = 10⁻⁸, first step, γ = 1 (so ŝ = g, r̂ = g²):
        // inside √(g² + δ); after √(g²) + δ; Keras √(g²) + δ/√(1 − β₂).
        const double g = 1e-6, delta = 1e-8;
        double inside = RunSteps(new Adam(1, epsilon: delta), g, 1)[0];
        double after = RunSteps(new Adam(1, epsilon: delta, epsilonPlacement: EpsilonPlacement.AfterSquareRoot), g, 1)[0];
        double keras = RunSteps(new Adam(1, epsilon: delta, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot), g, 1)[0];
        Assert.Equal(-g / Math.Sqrt(g * g + delta), inside, 15);
        Assert.Equal(-g / (g + delta), after, 14);
        Assert.Equal(-g / (g + delta / Math.Sqrt(0.001)), keras, 14);
        Assert.Equal(0.0099995, -inside, 7);          // δ inside dominates a tiny r̂: a 100× smaller step
        Assert.Equal(1 / 1.01, -after, 12);
        Assert.Equal(1 / (1 + 0.01 / Math.Sqrt(0.001)), -keras, 12);
        // Without bias correction the Keras placement is the after-placement.
        double uncorrectedAfter = RunSteps(new Adam(1, epsilon: delta, biasCorrection: false, epsilonPlacement: EpsilonPlacement.AfterSquareRoot), g, 5)[4];
        double uncorrectedKeras = RunSteps(new Adam(1, epsilon: delta, biasCorrection: false, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot), g, 5)[4];
        Assert.Equal(uncorrectedAfter, uncorrectedKeras, 15);
        // For a large gradient the placements agree to about δ/|g|.
        double big1 = RunSteps(new Adam(1, epsilon: delta), 1.0, 1)[0];
        double big2 = RunSteps(new Adam(1, epsilon: delta, epsilonPlacement: EpsilonPlacement.AfterSquareRoot), 1.0, 1)[0];
        Assert.InRange(Math.Abs(big1 - big2), 1e-9, 2e-8);
    }

    [Fact]
    public void RmsPropAndAdaGradPlacementsFollowTheirFormulas()
    {
        const double g = 1e-4, delta = 1e-6;
        // RMSprop ρ = 0.9, first step: r = 0.1 g².
        Assert.Equal(-g / Math.Sqrt(0.1 * g * g + delta), RunSteps(new RmsProp(1, 0.9, delta), g, 1)[0], 14);
        Assert.Equal(-g / (Math.Sqrt(0.1) * g + delta), RunSteps(new RmsProp(1, 0.9, delta, EpsilonPlacement.AfterSquareRoot), g, 1)[0], 14);
        // AdaGrad, first step: r = g².
        Assert.Equal(-g / (g + delta), RunSteps(new AdaGrad(1, delta), g, 1)[0], 14);
        Assert.Equal(-g / Math.Sqrt(g * g + delta), RunSteps(new AdaGrad(1, delta, EpsilonPlacement.InsideSquareRoot), g, 1)[0], 14);
    }

    [Fact]
    public void ThreeWeightStatisticsMatchTheLecture()
    {
        // ⟨g⟩ = 1, 0.1, 0.1; ⟨g²⟩ = 1.01, 0.01, 1.01.
        var stats = AdamTheory.WeightStatistics(GradientSequence.ThreeWeightExercise());
        Assert.Equal([1.0, 0.1, 0.1], stats.Select(s => Math.Round(s.MeanGradient, 12)));
        Assert.Equal([1.01, 0.01, 1.01], stats.Select(s => Math.Round(s.MeanSquareGradient, 12)));
        Assert.Equal(1 / 1.01, stats[0].LectureRatio, 12);
        Assert.Equal(10, stats[1].LectureRatio, 12);
        Assert.Equal(0.1 / 1.01, stats[2].LectureRatio, 12);
        Assert.Equal(1, stats[1].AdamStepPerLearningRate, 12);
        Assert.Equal(0.1 / Math.Sqrt(1.01), stats[2].AdamStepPerLearningRate, 12);
    }

    /// <summary>The signed steps of <paramref name="count"/> updates with the constant gradient <paramref name="gradient"/>.</summary>
    internal static double[] RunSteps(Optimizer optimizer, double gradient, int count)
    {
        var w = new[] { 0.0 };
        var steps = new double[count];
        for (int t = 0; t < count; t++)
        {
            double before = w[0];
            optimizer.Step(w, [gradient]);
            steps[t] = w[0] - before;
        }
        return steps;
    }
}
