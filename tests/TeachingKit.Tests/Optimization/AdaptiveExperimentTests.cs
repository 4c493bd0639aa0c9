using Plotly.NET;
using TeachingKit.Optimization;
using TeachingKit.Plots.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>The notebook's experiments (bias correction, moments, per-weight steps, the race) and their charts.</summary>
public class AdaptiveExperimentTests
{
    [Fact]
    public void ExpectedEffectiveLearningRateFollowsTheRecordedPath()
    {
        // Gradient descent with γ = 0.5 on ½(x² + y²) from (1, 2) halves w: (1, 2), (0.5, 1), (0.25, 0.5).
        var run = Optimize.Run(new Quadratic([1.0, 1.0]), new GradientDescent(0.5), [1.0, 2.0], new RunOptions { MaxSteps = 2 });
        // By hand, y with σ² = 4 and β₂ = 0.5: E[g²] = 4 + 2² = 8, then 4 + 1² = 5; the running average is 4, then
        // 0.5·4 + 0.5·5 = 4.5; corrected by 1 − 0.5 and 1 − 0.25: 8 and 6.
        double[] eta = AdaptiveExperiments.ExpectedEffectiveLearningRate(new Quadratic([1.0, 1.0]), run.Trajectory, 1, 4.0, 0.1, beta2: 0.5);
        Assert.Equal(2, eta.Length);
        Assert.Equal(0.1 / Math.Sqrt(8 + 1e-8), eta[0], 14);
        Assert.Equal(0.1 / Math.Sqrt(6 + 1e-8), eta[1], 14);
        Assert.Equal("variance", Assert.Throws<ArgumentException>(() =>
            AdaptiveExperiments.ExpectedEffectiveLearningRate(new Quadratic([1.0, 1.0]), run.Trajectory, 1, -1, 0.1)).ParamName);
        Assert.Equal("coordinate", Assert.Throws<ArgumentOutOfRangeException>(() =>
            AdaptiveExperiments.ExpectedEffectiveLearningRate(new Quadratic([1.0, 1.0]), run.Trajectory, 2, 4.0, 0.1)).ParamName);
    }

    [Fact]
    public void BiasCorrectionStepsMatchClosedFormForTwoHundredSteps()
    {
        var points = AdaptiveExperiments.BiasCorrectionSteps(200);
        Assert.Equal(200, points.Length);
        foreach (var p in points)
        {
            Assert.Equal(p.UncorrectedTheory, p.Uncorrected, 9);
            Assert.Equal(1, p.Corrected, 7);
        }
        Assert.Equal(Math.Sqrt(10), points[0].Uncorrected, 4);
        Assert.Equal(0.1 * (1 - Math.Pow(0.9, 200)) / 0.1 / Math.Sqrt(1 - Math.Pow(0.999, 200)), points[199].Uncorrected, 6);
    }

    [Fact]
    public void CorrectedMomentsOfTheFirstStepAreTheFirstSample()
    {
        var source = StochasticGradients.WithNoiseVariance(new LinearSlope([1.0]), [0.25], seed: 5);
        var trace = AdaptiveExperiments.Moments(source, new Adam(0.001), [0.0], steps: 100);
        Assert.Equal(100, trace.FirstMoment.Length);
        double g1 = trace.CorrectedFirstMoment[0];
        Assert.Equal(0.1 * g1, trace.FirstMoment[0], 14);
        Assert.Equal(g1 * g1, trace.CorrectedSecondMoment[0], 12);
        Assert.Equal(0.001 * g1 * g1, trace.SecondMoment[0], 14);
        // The raw second moment lags: after 100 steps it is about (1 − 0.999¹⁰⁰) ≈ 0.095 of ⟨g²⟩ = 1.25.
        Assert.InRange(trace.SecondMoment[^1], 0.08, 0.16);
        Assert.InRange(trace.CorrectedSecondMoment[^1], 0.9, 1.6);
        Assert.Equal("adam", Assert.Throws<ArgumentException>(() => AdaptiveExperiments.Moments(source, new Adam(diagnostics: false), [0.0])).ParamName);
    }

    [Fact]
    public void NoisyWeightGetsATenthOfTheStep()
    {
        var sequence = GradientSequence.ThreeWeightExercise();
        var trace = AdaptiveExperiments.PerWeight(sequence, new Adam(0.01), 0.01, steps: 300);
        var stats = AdamTheory.WeightStatistics(sequence);
        for (int i = 0; i < 3; i++)
        {
            double step = AdaptiveExperiments.TailMean(trace.Step[i], 100);
            Assert.InRange(step / stats[i].AdamStepPerLearningRate, 0.98, 1.02);
            double eta = AdaptiveExperiments.TailMean(trace.EffectiveLearningRate[i], 100);
            Assert.InRange(eta / stats[i].EffectiveLearningRatePerLearningRate, 0.97, 1.03);
        }
    }

    [Fact]
    public void AdaGradEffectiveRateShrinksLikeOneOverRootT()
    {
        var trace = AdaptiveExperiments.PerWeight(GradientSequence.Constant([1.0]), new AdaGrad(0.1), 0.1, steps: 400);
        foreach (int t in new[] { 1, 4, 100, 400 })
            Assert.Equal(1 / Math.Sqrt(t), trace.EffectiveLearningRate[0][t - 1], 6);
    }

    [Fact]
    public void LessonCourseReproducesPublishedD2lNumbers()
    {
        // d2l.ai, chapter "RMSProp" (η = 0.4, γ = 0.9) and "Adagrad" (η = 0.4), 20 epochs on 0.1x₁² + 2x₂² from (−5, −2).
        var runs = OptimizerRace.BadlyScaledQuadratic().Run();
        Assert.Equal(-0.010599, runs[3].FinalParameters[0], 6);
        Assert.Equal(-2.382563, runs[2].FinalParameters[0], 6);
        Assert.Equal(-0.158591, runs[2].FinalParameters[1], 6);
    }

    [Fact]
    public void AdaptiveMethodsLeaveTheSaddleFirst()
    {
        var runs = OptimizerRace.Saddle().Run();
        Assert.Equal(7, runs.Length);
        double Escape(OptimizationResult r) => Math.Abs(r.FinalParameters[1]);
        // Gradient descent, momentum and Nesterov (first three) stay near the ridge; every adaptive method leaves it.
        Assert.All(runs.Take(3), r => Assert.True(Escape(r) < 0.5, r.Optimizer));
        Assert.All(runs.Skip(3), r => Assert.True(Escape(r) > 1, r.Optimizer));
    }

    [Fact]
    public void RaceIsRepeatableAndAdamLeadsInTheValley()
    {
        var a = OptimizerRace.Rosenbrock(300).Run();
        var b = OptimizerRace.Rosenbrock(300).Run();
        Assert.Equal(a.Select(r => r.FinalLoss), b.Select(r => r.FinalLoss));
        var full = OptimizerRace.Rosenbrock().Run();
        Assert.Equal("Adam", full.MinBy(r => r.FinalLoss)!.Optimizer.Split(' ')[0]);
        Assert.All(OptimizerRace.Beale().Run(), r => Assert.False(r.Diverged, r.Message));
        var every = OptimizerRace.Rosenbrock(everyMethod: true).Run();
        Assert.Equal(12, every.Length);
        Assert.All(every, r => Assert.False(r.Diverged, r.Message));
        Assert.All(every.Skip(7), r => Assert.True(r.FinalLoss < 0.1, r.Optimizer));   // every variant gets well along the valley
    }

    [Fact]
    public void ChartsCarryTheirDataAndTheAnimationHasFrames()
    {
        var course = OptimizerRace.Saddle(20);
        var runs = course.Run();
        var contour = AdaptiveCharts.RaceOnContour(course, runs);
        Assert.Equal(runs.Length + 1, GenericChart.getTraces(contour).Length);
        var animation = AdaptiveCharts.RaceAnimation(course, runs, frames: 11);
        Assert.Equal(11, animation.Frames.Count());
        Assert.Equal(runs.Length + 1, animation.Data.Count());
        Assert.Equal(7, GenericChart.getTraces(AdaptiveCharts.RaceLosses(course, runs)).Length);
        Assert.Equal(3, GenericChart.getTraces(AdaptiveCharts.BiasCorrectionSteps(AdaptiveExperiments.BiasCorrectionSteps(20))).Length);
        var perWeight = AdaptiveExperiments.PerWeight(GradientSequence.ThreeWeightExercise(), new Adam(0.01), 0.01, 20);
        Assert.Equal(6, GenericChart.getTraces(AdaptiveCharts.PerWeight("t", "y", perWeight.Step, [1.0, 1.0, 0.1])).Length);
        Assert.Equal("predicted", Assert.Throws<ArgumentException>(() => AdaptiveCharts.PerWeight("t", "y", perWeight.Step, [1.0])).ParamName);
        double[] steps = [1, 2, 3];
        Assert.Equal(3, GenericChart.getTraces(AdaptiveCharts.MeasuredAgainstTheory("t", "y", steps,
            [("a", [1.0, 0.7, 0.6]), ("b", [3.0, 2.0, 1.5])], ("theory", [1.0, 0.71, 0.58]))).Length);
        Assert.Equal("measured", Assert.Throws<ArgumentException>(() => AdaptiveCharts.MeasuredAgainstTheory("t", "y", steps,
            [("a", [1.0, 0.7])])).ParamName);
        Assert.Equal("theory", Assert.Throws<ArgumentException>(() => AdaptiveCharts.MeasuredAgainstTheory("t", "y", steps,
            [("a", [1.0, 0.7, 0.6])], ("theory", [1.0]))).ParamName);
        Assert.Equal("measured", Assert.Throws<ArgumentException>(() => AdaptiveCharts.MeasuredAgainstTheory("t", "y", steps, [])).ParamName);
        Assert.Equal("frames", Assert.ThrowsAny<ArgumentException>(() => AdaptiveCharts.RaceAnimation(course, runs, 1)).ParamName);
    }
}
