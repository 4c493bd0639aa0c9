using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>Bad input is refused with the parameter named; NaN never leaks into state.</summary>
public class OptimizerValidationTests
{
    [Theory]
    [InlineData(-0.1)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void NonPositiveLearningRateIsRefused(double learningRate)
    {
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => new GradientDescent(learningRate)).ParamName);
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => new Momentum(learningRate, 0.9)).ParamName);
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => new NesterovMomentum(learningRate, 0.9)).ParamName);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void MomentumOutsideUnitIntervalIsRefused(double momentum)
    {
        Assert.Equal("momentum", Assert.ThrowsAny<ArgumentException>(() => new Momentum(0.1, momentum)).ParamName);
        Assert.Equal("momentum", Assert.ThrowsAny<ArgumentException>(() => new NesterovMomentum(0.1, momentum)).ParamName);
    }

    [Fact]
    public void LengthMismatchIsRefused()
    {
        var gd = new GradientDescent(0.1);
        var ex = Assert.Throws<ArgumentException>(() => gd.Step(new double[3], new double[2]));
        Assert.Equal("gradient", ex.ParamName);
        Assert.Contains("parameters", ex.Message);
        Assert.Equal("start", Assert.Throws<ArgumentException>(
            () => Optimize.Run(Quadratic.Ravine(), gd, [1.0, 2.0, 3.0])).ParamName);
    }

    [Fact]
    public void NonFiniteGradientIsReportedAndLeavesStateUntouched()
    {
        var m = new Momentum(0.1, 0.9);
        var w = new[] { 1.0, 1.0, 1.0, 1.0, 1.0 };
        m.Step(w, [1, 1, 1, 1, 1]);
        var before = (double[])w.Clone();
        var velocity = (double[])m.Vector("velocity").Clone();
        var ex = Assert.Throws<ArgumentException>(() => m.Step(w, [1, 1, 1, 1, double.NaN]));
        Assert.Equal("gradient", ex.ParamName);
        Assert.Contains("gradient[4]", ex.Message);
        Assert.Equal(before, w);
        Assert.Equal(velocity, m.Vector("velocity"));
        Assert.Equal(1, m.StepCount);
        Assert.Contains("gradient[0]", Assert.Throws<ArgumentException>(() => m.Step(w, [double.PositiveInfinity, 1, 1, 1, 1])).Message);
    }

    [Fact]
    public void UnknownVectorNameSaysWhatExists()
    {
        var m = new Momentum(0.1, 0.9);
        m.Reset(2);
        var ex = Assert.Throws<ArgumentException>(() => m.Vector("moment"));
        Assert.Contains("velocity", ex.Message);
    }

    [Fact]
    public void RunOptionsRefuseNonsense()
    {
        Assert.Equal("MaxSteps", Assert.ThrowsAny<ArgumentException>(() => new RunOptions { MaxSteps = -1 }).ParamName);
        Assert.Equal("GradientTolerance", Assert.ThrowsAny<ArgumentException>(() => new RunOptions { GradientTolerance = -1 }).ParamName);
        Assert.Equal("DivergenceFactor", Assert.ThrowsAny<ArgumentException>(() => new RunOptions { DivergenceFactor = 0 }).ParamName);
    }
}
