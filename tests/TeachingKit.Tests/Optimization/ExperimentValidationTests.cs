using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>The experiment helpers refuse bad input with an ArgumentException naming the parameter and stating the rule.</summary>
public class ExperimentValidationTests
{
    [Fact]
    public void NoiseVariancesMustMatchTheObjectivesDimension()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => StochasticGradients.WithNoiseVariance(new LinearSlope([1.0, 2.0]), [0.25], seed: 1));
        Assert.Equal("variances", ex.ParamName);
        Assert.Contains("must match", ex.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void MomentsOfACoordinateOutsideTheParametersAreRefused(int coordinate)
    {
        var source = StochasticGradients.WithNoiseVariance(new LinearSlope([1.0]), [0.25], seed: 5);
        var ex = Assert.ThrowsAny<ArgumentException>(() => AdaptiveExperiments.Moments(source, new Adam(0.001), [0.0], steps: 10, coordinate: coordinate));
        Assert.Equal("coordinate", ex.ParamName);
        Assert.Contains("[0, 1)", ex.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void SeriesOfAnIndexOutsideTheTrajectoryIsRefused(int index)
    {
        var run = Optimize.Run(new Quadratic([1.0, 1.0]), new Adam(0.01), [1.0, 1.0], new RunOptions { MaxSteps = 3, RecordVectors = true });
        var ex = Assert.ThrowsAny<ArgumentException>(() => AdaptiveExperiments.Series(run.Trajectory, AdaptiveVectors.EffectiveLearningRate, index));
        Assert.Equal("index", ex.ParamName);
        Assert.Contains("[0, 2)", ex.Message);
    }

    [Fact]
    public void NesterovFormsGapRefusesANegativeStepCount()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => MomentumExperiments.NesterovFormsGap(Quadratic.Ravine(), 0.01, 0.9, [-8.0, 1.5], -1));
        Assert.Equal("steps", ex.ParamName);
        Assert.Contains("at least 0", ex.Message);
    }
}
