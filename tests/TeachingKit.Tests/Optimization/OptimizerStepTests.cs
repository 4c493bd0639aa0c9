using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>First steps of each optimizer against values computed by hand, and the equivalence of the lecture's forms.</summary>
public class OptimizerStepTests
{
    // E = ½(1·x² + 20·y²), ∇E = (x, 20y); w0 = (1, 1).
    private static readonly double[] Start = [1.0, 1.0];

    [Fact]
    public void GradientDescentFirstTwoStepsMatchHand()
    {
        var gd = new GradientDescent(0.05);
        var objective = Quadratic.Ravine(1, 20);
        var w = (double[])Start.Clone();
        var g = new double[2];
        objective.Evaluate(w, g);          // g = (1, 20)
        gd.Step(w, g);                     // w = (1 − 0.05, 1 − 1) = (0.95, 0)
        Assert.Equal(0.95, w[0], 15);
        Assert.Equal(0.0, w[1], 15);
        objective.Evaluate(w, g);          // g = (0.95, 0)
        gd.Step(w, g);                     // w = (0.95 − 0.0475, 0) = (0.9025, 0)
        Assert.Equal(0.9025, w[0], 15);
        Assert.Equal(2, gd.StepCount);
    }

    [Theory]
    [InlineData(MomentumForm.Step)]
    [InlineData(MomentumForm.AccumulatedGradient)]
    public void MomentumFirstThreeStepsMatchHand(MomentumForm form)
    {
        // 1-D, E = ½ w², γ = 0.1, α = 0.9, w0 = 1.
        // Δw1 = −0.1·1 = −0.1 → w1 = 0.9
        // Δw2 = −0.1·0.9 + 0.9·(−0.1) = −0.18 → w2 = 0.72
        // Δw3 = −0.1·0.72 + 0.9·(−0.18) = −0.234 → w3 = 0.486
        var m = new Momentum(0.1, 0.9, form);
        var w = new[] { 1.0 };
        double[] expected = [0.9, 0.72, 0.486];
        foreach (double e in expected)
        {
            m.Step(w, [w[0]]);
            Assert.Equal(e, w[0], 14);
        }
        double state = m.Vector(m.StateName)[0];
        // velocity Δw3 = −0.234; accumulated gradient g′ = Δw3 / (−γ) = 2.34.
        Assert.Equal(form == MomentumForm.Step ? -0.234 : 2.34, state, 13);
    }

    [Fact]
    public void NesterovLookAheadFirstStepsMatchHand()
    {
        // E = ½ w², γ = 0.1, α = 0.9, w0 = 1.
        // step 1: look-ahead 1, g = 1, Δw = −0.1, w = 0.9
        // step 2: look-ahead 0.9 + 0.9·(−0.1) = 0.81, Δw = 0.9·(−0.1) − 0.1·0.81 = −0.171, w = 0.729
        var n = new NesterovMomentum(0.1, 0.9);
        var w = new[] { 1.0 };
        var point = new double[1];
        n.LookAhead(w, point);
        Assert.Equal(1.0, point[0], 15);
        n.Step(w, point);
        Assert.Equal(0.9, w[0], 15);
        n.LookAhead(w, point);
        Assert.Equal(0.81, point[0], 15);
        n.Step(w, point);
        Assert.Equal(0.729, w[0], 15);
    }

    [Fact]
    public void NesterovFrameworkFirstStepsMatchHand()
    {
        // E = ½ p², γ = 0.1, α = 0.9, p0 = 1; b ← αb + g, p ← p − γ(g + αb).
        // step 1: g = 1, b = 1, p = 1 − 0.1·(1 + 0.9) = 0.81
        // step 2: g = 0.81, b = 0.9 + 0.81 = 1.71, p = 0.81 − 0.1·(0.81 + 1.539) = 0.5751
        // (= the lecture form's look-ahead point after two steps: 0.729 + 0.9·(−0.171)).
        var n = new NesterovMomentum(0.1, 0.9, NesterovForm.Framework);
        Assert.False(n.HasLookAhead);
        var p = new[] { 1.0 };
        n.Step(p, [p[0]]);
        Assert.Equal(0.81, p[0], 15);
        n.Step(p, [p[0]]);
        Assert.Equal(0.5751, p[0], 14);
        Assert.Equal(1.71, n.Vector("accumulatedGradient")[0], 14);
    }

    [Fact]
    public void TwoMomentumFormsGiveTheSameIterates()
    {
        var objective = Quadratic.Ravine(1, 20);
        var options = new RunOptions { MaxSteps = 300 };
        var a = Optimize.Run(objective, new Momentum(0.04, 0.9, MomentumForm.Step), [-8, 1.5], options);
        var b = Optimize.Run(objective, new Momentum(0.04, 0.9, MomentumForm.AccumulatedGradient), [-8, 1.5], options);
        Assert.Equal(a.Trajectory.Count, b.Trajectory.Count);
        for (int k = 0; k < a.Trajectory.Count; k++)
            for (int i = 0; i < 2; i++)
                Assert.Equal(a.Trajectory.Parameters(k)[i], b.Trajectory.Parameters(k)[i], 12);
    }

    [Fact]
    public void FrameworkNesterovParametersAreTheLectureLookAheadPoints()
    {
        // p(k) = w(k) + αΔw(k) at every step (see NesterovMomentum's remarks).
        const double alpha = 0.9, gamma = 0.04;
        var objective = Quadratic.Ravine(1, 20);
        var lecture = new NesterovMomentum(gamma, alpha, NesterovForm.LookAhead);
        var framework = new NesterovMomentum(gamma, alpha, NesterovForm.Framework);
        double[] w = [-8, 1.5], p = [-8, 1.5], point = new double[2], g = new double[2], h = new double[2];
        for (int k = 0; k < 300; k++)
        {
            lecture.LookAhead(w, point);
            Assert.Equal(point[0], p[0], 12);
            Assert.Equal(point[1], p[1], 12);
            objective.Evaluate(point, g);
            objective.Evaluate(p, h);
            lecture.Step(w, g);
            framework.Step(p, h);
        }
        // Both reach the same minimiser; the framework's state is b = −Δw/γ.
        Assert.Equal(-lecture.Vector("velocity")[0] / gamma, framework.Vector("accumulatedGradient")[0], 9);
        Assert.True(Math.Abs(w[0] - p[0]) < 1e-6 && Math.Abs(w[0]) < 1e-4);
    }

    [Fact]
    public void NesterovFormsGapIsRoundingOnly()
    {
        double gap = MomentumExperiments.NesterovFormsGap(Quadratic.Ravine(0.1, 20), 0.02, 0.9, [-8, 1.5], 500);
        Assert.InRange(gap, 0, 1e-12);
        var a = Optimize.Run(Quadratic.Ravine(), new Momentum(0.04, 0.9), [-8, 1.5], new RunOptions { MaxSteps = 10 });
        var b = Optimize.Run(Quadratic.Ravine(), new Momentum(0.04, 0.5), [-8, 1.5], new RunOptions { MaxSteps = 10 });
        Assert.True(a.Trajectory.MaxDistance(b.Trajectory) > 0.1);
    }

    [Fact]
    public void NesterovUsesOneGradientPerStepLikeMomentum()
    {
        var objective = Quadratic.Ravine();
        var options = new RunOptions { MaxSteps = 50 };
        var nesterov = Optimize.Run(objective, new NesterovMomentum(0.04, 0.9), [-8, 1.5], options);
        var momentum = Optimize.Run(objective, new Momentum(0.04, 0.9), [-8, 1.5], options);
        Assert.Equal(51, nesterov.GradientEvaluations);
        Assert.Equal(momentum.GradientEvaluations, nesterov.GradientEvaluations);
    }

    [Fact]
    public void ResetForgetsTheVelocity()
    {
        var m = new Momentum(0.1, 0.9);
        var w = new[] { 1.0, 2.0 };
        m.Step(w, [1.0, 1.0]);
        Assert.NotEqual(0.0, m.Vector("velocity")[0]);
        m.Reset();
        Assert.Equal(0, m.StepCount);
        Assert.All(m.Vector("velocity"), v => Assert.Equal(0.0, v, 15));
    }
}
