using TeachingKit.Differentiation;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Plateaus;

namespace TeachingKit.Tests.Plateaus;

public class PlateauTests
{
    [Theory]
    [InlineData(-3, 0)]
    [InlineData(0.7, 1)]
    [InlineData(9, 0)]
    public void SaturationSlopesAreTheDerivativesOfTheirLosses(double z, double y)
    {
        double squared = AutoDiff.Gradient(v => Var.Square(Var.Sigmoid(v[0]) - y), [z])[0];
        double crossEntropy = AutoDiff.Gradient(v => -y * Var.Log(Var.Sigmoid(v[0])) - (1 - y) * Var.Log(1 - Var.Sigmoid(v[0])), [z])[0];
        // Closed forms against reverse-mode AD of the losses: the same function, rounding only (1e-12 absolute on slopes ≤ 1).
        Assert.Equal(squared, Saturation.SquaredErrorSlope(z, y), 12);
        Assert.Equal(crossEntropy, Saturation.CrossEntropySlope(z, y), 12);
    }

    [Fact]
    public void ZeroOneLossIsTheMisclassifiedFractionAndFlatAlmostEverywhere()
    {
        var data = new Dataset([[1, 0], [-1, 0], [0, 2]], [[1], [-1], [-1]]);
        Assert.Equal(1.0 / 3, ZeroOneLoss.Value(data, 1, 0, 0), 15);   // (0, 2) lies on the boundary: counted wrong
        Assert.Equal(0, ZeroOneLoss.Value(data, 1, -1, 0), 15);
        var clouds = ZeroOneLoss.TwoClouds();
        double[] grid = Sampling.Grid.Linspace(-3, 3, 31);
        double coarse = ZeroOneLoss.FlatShare(clouds, grid, grid, 0, 0.1), fine = ZeroOneLoss.FlatShare(clouds, grid, grid, 0, 1e-4);
        // A stencil sees a step only within h of one of the 40 lines: the share of such points shrinks with h.
        Assert.True(fine > coarse);
        Assert.True(fine > 0.99);
    }

    [Fact]
    public void LargerWeightsSaturateLogisticUnitsAndShrinkTheGradient()
    {
        var data = TeachingKit.Conditioning.FeatureScaling.Standardise(TeachingKit.Data.MixedUnits.HeightAndMass(count: 80));
        var points = Saturation.GradientAgainstScale(data, 4, [1, 100]);
        Assert.True(points[1].GradientNorm < 1e-2 * points[0].GradientNorm);
        Assert.True(points[1].MeanSlope < 0.25 * points[0].MeanSlope);
    }

    [Fact]
    public void AdamLeavesTheXorPlateauBeforeGradientDescent()
    {
        var network = new BatchMlp([2, 2, 1], Activation.Tanh, LossFunction.SquaredError);
        var runs = PlateauRace.Run(network, PlateauRace.Xor(), PlateauRace.ScaledStart(network, 0.1), [new GradientDescent(0.1), new Adam(0.01)], 2000, 0.05);
        Assert.NotNull(runs[0].PlateauEnd);
        Assert.NotNull(runs[1].PlateauEnd);
        Assert.True(runs[1].PlateauEnd < runs[0].PlateauEnd);
        // On the plateau the loss is XOR's best linear fit, ¼, while the gradient is small.
        Assert.Equal(0.25, runs[0].Losses[runs[0].PlateauEnd!.Value / 2], 2);
        Assert.True(runs[0].GradientNorms[runs[0].PlateauEnd!.Value / 2] < 0.05);
    }
}
