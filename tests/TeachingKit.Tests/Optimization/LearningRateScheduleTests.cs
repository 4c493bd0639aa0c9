using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

public class LearningRateScheduleTests
{
    private static readonly long[] Steps = [0, 1, 2, 7, 49, 50, 51, 99, 100, 101, 1000];

    [Fact]
    public void ConstantIsOneEverywhere() =>
        Assert.All(Steps, k => Assert.Equal(1.0, LearningRateSchedule.Constant.Factor(k)));   // exact: the factor is the literal 1

    [Fact]
    public void LinearDecayFollowsTheLecturesFormulaThenStaysAtTheFinalRate()
    {
        // λ_k = (1 − k/τ)λ₀ + (k/τ)λ_τ with λ₀ = 0.5, λ_τ = 0.005, τ = 100 (the book's "1 percent"); λ_τ after τ.
        var schedule = LearningRateSchedule.LinearDecay(0.01, 100);
        foreach (long k in Steps)
        {
            double expected = k <= 100 ? (1 - k / 100.0) * 0.5 + k / 100.0 * 0.005 : 0.005;
            Assert.Equal(expected, 0.5 * schedule.Factor(k), 14);
        }
    }

    [Fact]
    public void StepDecayCutsByGammaEveryInterval()
    {
        var schedule = LearningRateSchedule.StepDecay(0.1, 50);
        double[] expected = [1, 1, 1, 1, 1, 0.1, 0.1, 0.1, 0.01, 0.01, 1e-20];
        for (int i = 0; i < Steps.Length; i++) Assert.Equal(expected[i], schedule.Factor(Steps[i]), 1e-14 * expected[i]);
    }

    [Fact]
    public void InverseTimeHalvesAtTauAndFallsLikeOneOverT()
    {
        var schedule = LearningRateSchedule.InverseTime(50);
        Assert.Equal(0.5, schedule.Factor(50), 15);
        Assert.Equal(1.0 / 3, schedule.Factor(100), 15);
        Assert.All(Steps, k => Assert.Equal(50.0 / (50 + k), schedule.Factor(k), 15));
    }

    [Fact]
    public void CosineFallsAlongHalfACosineToItsFloor()
    {
        var schedule = LearningRateSchedule.Cosine(100, 0.1);
        Assert.Equal(1.0, schedule.Factor(0), 15);
        Assert.Equal(0.55, schedule.Factor(50), 15);   // half-way: the mean of 1 and the floor
        Assert.Equal(0.1, schedule.Factor(100), 15);
        Assert.Equal(0.1, schedule.Factor(1000), 15);
        Assert.Equal(0.1 + 0.45 * (1 + Math.Cos(Math.PI * 0.07)), schedule.Factor(7), 15);
    }

    [Fact]
    public void WarmupRampsLinearlyThenHandsOver()
    {
        var schedule = LearningRateSchedule.StepDecay(0.5, 10).WithWarmup(4);
        Assert.Equal([0.25, 0.5, 0.75, 1, 1, 0.5, 0.25], new long[] { 0, 1, 2, 3, 9, 10, 20 }.Select(schedule.Factor));
        Assert.Contains("warm-up", schedule.Name);
    }

    [Fact]
    public void BadParametersAreRefusedByName()
    {
        Assert.Equal("finalFactor", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.LinearDecay(1.5, 10)).ParamName);
        Assert.Equal("decaySteps", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.LinearDecay(0.1, 0)).ParamName);
        Assert.Equal("gamma", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.StepDecay(0, 10)).ParamName);
        Assert.Equal("timeScale", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.InverseTime(-1)).ParamName);
        Assert.Equal("warmupSteps", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Constant.WithWarmup(0)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Constant.Factor(-1)).ParamName);
    }
}
