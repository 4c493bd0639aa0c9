using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Plateaus;
using TeachingKit.StartingPoints;

namespace TeachingKit.Tests.StartingPoints;

public class UnitSymmetryTests
{
    private static readonly Dataset RandomRegression = new(
        Enumerable.Range(0, 30).Select(s => new[] { Math.Sin(s), Math.Cos(3 * s), s / 30.0 }).ToArray(),
        Enumerable.Range(0, 30).Select(s => new[] { Math.Sin(s) * Math.Cos(3 * s) }).ToArray());

    [Theory]
    [InlineData(0.5)]
    [InlineData(-0.3)]
    public void IdenticalUnitsStayIdenticalExactly(double value)
    {
        var network = new BatchMlp([3, 5, 1], Activation.Tanh, LossFunction.SquaredError);
        var run = Optimize.Run(network.ToObjective(RandomRegression), new GradientDescent(0.1), UnitSymmetry.ConstantStart(network, value), new RunOptions { MaxSteps = 300 });
        var theta = run.FinalParameters;
        var mlp = network.Architecture;
        Assert.NotEqual(value, theta[mlp.WeightIndex(1, 0, 0)]);   // the weights did move
        for (int unit = 1; unit < 5; unit++)
        {
            // Exactness is the point: the same operations on the same numbers give the same bits.
            for (int j = 0; j < 3; j++) Assert.Equal(BitConverter.DoubleToInt64Bits(theta[mlp.WeightIndex(1, 0, j)]), BitConverter.DoubleToInt64Bits(theta[mlp.WeightIndex(1, unit, j)]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(theta[mlp.BiasIndex(1, 0)]), BitConverter.DoubleToInt64Bits(theta[mlp.BiasIndex(1, unit)]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(theta[mlp.WeightIndex(2, 0, 0)]), BitConverter.DoubleToInt64Bits(theta[mlp.WeightIndex(2, 0, unit)]));
        }
        Assert.Equal(1, UnitSymmetry.DistinctUnits(mlp, theta, 1));
    }

    [Fact]
    public void AllZeroTanhWeightsNeverMoveAndRandomUnitsStayDistinct()
    {
        var network = new BatchMlp([2, 4, 1], Activation.Tanh, LossFunction.SquaredError);
        var zero = UnitSymmetry.Follow(network, PlateauRace.Xor(), UnitSymmetry.ConstantStart(network, 0), 0.1, 100);
        // tanh(0) = 0: the output weights see zero inputs and the hidden weights a zero back-propagated error, exactly.
        for (int p = 0; p < network.Architecture.BiasIndex(2, 0); p++) Assert.Equal(0.0, zero.FinalParameters[p]);
        Assert.Equal(0.25, zero.Losses[^1], 12);   // only the output bias learns: ŷ = ½ on XOR
        var random = UnitSymmetry.Follow(network, PlateauRace.Xor(), network.InitialParameters(Initialization.Xavier, 0), 0.1, 100);
        Assert.All(random.DistinctUnits, count => Assert.Equal(4, count));
    }
}
