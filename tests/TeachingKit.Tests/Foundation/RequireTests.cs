using TeachingKit.Validation;

namespace TeachingKit.Tests.Foundation;

public class RequireTests
{
    [Fact]
    public void EachRuleNamesTheParameterAndTheRule()
    {
        Assert.Equal("learningRate must be positive, but was -0.1. (Parameter 'learningRate')\nActual value was -0.1.",
            Assert.Throws<ArgumentOutOfRangeException>(() => Require.Positive(-0.1, "learningRate")).Message.Replace("\r", ""));
        Assert.Contains("beta1 must lie in [0, 1), but was 1", Assert.Throws<ArgumentOutOfRangeException>(() => Require.InHalfOpenRange(1, 0, 1, "beta1")).Message);
        Assert.Contains("point[2] must be a finite number, but was NaN", Assert.Throws<ArgumentException>(() => Require.AllFinite([1.0, 2.0, double.NaN], "point")).Message);
        Assert.Contains("gradient has length 2, but parameters has length 3", Assert.Throws<ArgumentException>(() => Require.SameLength(2, 3, "gradient", "parameters")).Message);
        Assert.Contains("point must not be empty", Assert.Throws<ArgumentException>(() => Require.NotEmpty(Array.Empty<double>(), "point")).Message);
        Assert.Contains("n must be at least 1, but was 0", Assert.Throws<ArgumentOutOfRangeException>(() => Require.AtLeast(0, 1, "n")).Message);
    }

    [Fact]
    public void GoodValuesPassThrough()
    {
        Assert.Equal(0.9, Require.InHalfOpenRange(0.9, 0, 1, "beta1"));
        Assert.Equal(1e-8, Require.Positive(1e-8, "epsilon"));
        Assert.Equal(0.0, Require.InHalfOpenRange(0, 0, 1, "momentum"));
    }
}
