using TeachingKit.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

/// <summary>The driver's recording and stopping rules.</summary>
public class DriverTests
{
    [Fact]
    public void TrajectoryRecordsParametersLossGradientNormAndStepLength()
    {
        // E = ½(x² + 20y²), γ = 0.05: w1 = (0.95, 0); see OptimizerStepTests.
        var r = Optimize.Run(Quadratic.Ravine(1, 20), new GradientDescent(0.05), [1.0, 1.0], new RunOptions { MaxSteps = 2 });
        var t = r.Trajectory;
        Assert.Equal(3, t.Count);
        Assert.Equal(StopReason.MaxSteps, r.StopReason);
        Assert.Equal(10.5, t.Losses[0], 14);                         // ½(1 + 20)
        Assert.Equal(Math.Sqrt(401), t.GradientNorms[0], 13);        // ‖(1, 20)‖
        Assert.Equal(0.0, t.StepLengths[0], 15);
        Assert.Equal(0.5 * 0.95 * 0.95, t.Losses[1], 14);
        Assert.Equal(Math.Sqrt(0.05 * 0.05 + 1), t.StepLengths[1], 14); // from (1,1) to (0.95,0)
        Assert.Equal(0.9025, t.Parameters(2)[0], 15);
        double[] x = t.Coordinate(0);
        Assert.Equal(3, x.Length);
        Assert.Equal(1.0, x[0], 15);
        Assert.Equal(0.95, x[1], 15);
        Assert.Equal(0.9025, x[2], 15);
        Assert.Equal(3, r.GradientEvaluations);
        Assert.Equal(0, r.ValueEvaluations);
    }

    [Fact]
    public void ToleranceStopsTheRun()
    {
        var r = Optimize.Run(Quadratic.Ravine(1, 20), new GradientDescent(0.05), [1.0, 1.0],
            new RunOptions { MaxSteps = 10_000, GradientTolerance = 1e-6 });
        Assert.Equal(StopReason.Converged, r.StopReason);
        // Along x the factor is 0.95: ‖g‖ = 0.95^k ≤ 1e-6 first at k = ⌈ln 1e-6 / ln 0.95⌉ = 270.
        Assert.Equal((int)Math.Ceiling(Math.Log(1e-6) / Math.Log(0.95)), r.Steps);
        Assert.True(r.Trajectory.GradientNorms[^1] <= 1e-6);
    }

    [Theory]
    [InlineData(0.11, 1000)]   // γλ = 2.2 > 2 on the steep direction: |w_y| grows by 1.2 per step
    [InlineData(0.1005, 1000)] // γλ = 2.01: the loss grows by 1.01² per step, past 10⁶·E₀ after ≈ 700 steps
    [InlineData(0.1001, 5000)] // γλ = 2.002: by 1.002² per step, past 10⁶·E₀ after ≈ 3500 steps
    public void GradientDescentDivergenceIsReportedNotReturnedAsNaN(double learningRate, int maxSteps)
    {
        // Default divergence rule; only the step budget is set.
        var r = Optimize.Run(Quadratic.Ravine(1, 20), new GradientDescent(learningRate), [1.0, 1.0],
            new RunOptions { MaxSteps = maxSteps });
        Assert.Equal(StopReason.Diverged, r.StopReason);
        // The steep coordinate is multiplied by (1 − 20γ) per step, so E ≈ 10·(20γ − 1)^(2k): the limit
        // E₀ + 10⁶·E₀ (E₀ = 10.5) is crossed at the first k with that above it.
        double factor = 20 * learningRate - 1;
        int predicted = (int)Math.Ceiling(Math.Log((10.5 + 1e6 * 10.5) / 10) / (2 * Math.Log(factor)));
        Assert.InRange(r.Steps + 1, predicted - 2, predicted + 2);
        Assert.True(r.Diverged);
        Assert.Contains("Diverged at step", r.Message);
        Assert.All(r.FinalParameters, p => Assert.True(double.IsFinite(p)));
        Assert.True(double.IsFinite(r.FinalLoss));
        foreach (double loss in r.Trajectory.Losses) Assert.True(double.IsFinite(loss));
        Assert.Throws<InvalidOperationException>(() => r.EnsureNotDiverged());
    }

    [Fact]
    public void OverflowToInfinityIsCaughtAsDivergence()
    {
        // With a huge divergence factor, the loss overflows first: caught as non-finite.
        var r = Optimize.Run(Quadratic.Ravine(1, 20), new GradientDescent(1.0), [1.0, 1.0],
            new RunOptions { MaxSteps = 1_000_000, DivergenceFactor = double.MaxValue });
        Assert.True(r.Diverged);
        Assert.True(double.IsFinite(r.FinalLoss));
        Assert.Equal(r.Trajectory.Count - 1, r.Steps);
    }

    [Fact]
    public void NaNGradientMidRunIsReportedWithTheLastFinitePoint()
    {
        // E(w) = w with a gradient that turns NaN once w < 0.5: GD with γ = 0.1 goes 1, 0.9, …, 0.5, 0.4.
        var trap = Objective.Create("NaN trap", 1, (w, g) =>
        {
            g[0] = w[0] < 0.5 - 1e-9 ? double.NaN : 1;
            return w[0];
        });
        var r = Optimize.Run(trap, new Momentum(0.1, 0.0), [1.0], new RunOptions { MaxSteps = 100 });
        Assert.True(r.Diverged);
        Assert.Contains("gradient entry 0 is NaN", r.Message);
        Assert.Equal(5, r.Steps);
        Assert.Equal(0.5, r.FinalParameters[0], 12);
        Assert.Equal(6, r.Trajectory.Count);
    }

    [Fact]
    public void StableGradientDescentDoesNotCountAsDiverged()
    {
        var r = Optimize.Run(Quadratic.Ravine(1, 20), new GradientDescent(0.0999), [1.0, 1.0], new RunOptions { MaxSteps = 5000 });
        Assert.Equal(StopReason.MaxSteps, r.StopReason);
    }

    [Fact]
    public void StochasticRunsAreReproducible()
    {
        var noisy = new NoisyObjective(Quadratic.Ravine(), 0.5, seed: 7);
        var a = Optimize.Run(noisy, new Momentum(0.01, 0.9), [-8, 1.5], new RunOptions { MaxSteps = 200 });
        var b = Optimize.Run(noisy, new Momentum(0.01, 0.9), [-8, 1.5], new RunOptions { MaxSteps = 200 });
        Assert.Equal(a.Trajectory.Losses.ToArray(), b.Trajectory.Losses.ToArray());
        var c = Optimize.Run(new NoisyObjective(Quadratic.Ravine(), 0.5, seed: 8), new Momentum(0.01, 0.9), [-8, 1.5], new RunOptions { MaxSteps = 200 });
        Assert.NotEqual(a.Trajectory.Losses[200], c.Trajectory.Losses[200]);
    }

    [Fact]
    public void RecordedVectorsFollowTheSteps()
    {
        var r = Optimize.Run(new Quadratic([1.0]), new Momentum(0.1, 0.9), [1.0],
            new RunOptions { MaxSteps = 3, RecordVectors = true });
        Assert.Contains("velocity", r.Trajectory.VectorNames);
        Assert.Equal(0.0, r.Trajectory.Vector("velocity", 0)[0], 15);
        Assert.Equal(-0.1, r.Trajectory.Vector("velocity", 1)[0], 15);
        Assert.Equal(-0.234, r.Trajectory.Vector("velocity", 3)[0], 14);
    }

    [Fact]
    public void StepsAllocateNothing()
    {
        const int n = 1000;
        var w = new double[n];
        var g = new double[n];
        Array.Fill(g, 1e-3);
        Optimizer[] optimizers = [new GradientDescent(0.1), new Momentum(0.1, 0.9), new NesterovMomentum(0.1, 0.9, NesterovForm.Framework)];
        foreach (var o in optimizers)
        {
            o.Step(w, g); // sizes the state
            Assert.Equal(0, Allocations.FewestBytes(() => { for (int k = 0; k < 100; k++) o.Step(w, g); }));
        }
    }
}
