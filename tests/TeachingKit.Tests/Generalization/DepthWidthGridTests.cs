using TeachingKit.Generalization;
using TeachingKit.Networks;

namespace TeachingKit.Tests.Generalization;

public class DepthWidthGridTests
{
    [Theory]
    [InlineData(32)]    // the 64-32-10 network of notebook 06: 2,410 parameters
    [InlineData(13)]
    [InlineData(80)]
    public void EveryDepthMatchesTheShallowNetworksCountWithin2PercentCountedByTheNetworkItself(int shallowWidth)
    {
        int budget = new BatchMlp([64, shallowWidth, 10], Activation.Tanh).ParameterCount;
        var cells = DepthWidthGrid.Build(64, 10, budget, [1, 2, 3, 4, 6]);
        foreach (var cell in cells)
        {
            // The count is the network's own (Mlp.ParameterCount), not the grid's formula.
            int counted = new BatchMlp(cell.LayerSizes, Activation.Tanh).ParameterCount;
            Assert.Equal(counted, cell.ParameterCount);
            Assert.InRange(Math.Abs(counted - budget) / (double)budget, 0, 0.02);
            Assert.Equal(cell.Depth, cell.HiddenWidths.Length);
        }
        // The counts of the grid agree with each other within 2 % as well (each within 1 % of the budget).
        Assert.InRange(cells.Max(c => c.ParameterCount) / (double)cells.Min(c => c.ParameterCount), 1, 1.02);
    }

    [Fact]
    public void TheWidthsAreAsEvenAsTheBudgetAllows()
    {
        var cell = DepthWidthGrid.Build(64, 10, 2410, [2])[0];
        Assert.Equal([64, 24, 24, 10], cell.LayerSizes);   // 64·24 + 24 + 24·24 + 24 + 24·10 + 10 = 2410 exactly
        Assert.Equal(2410, cell.ParameterCount);
        Assert.Throws<ArgumentException>(() => DepthWidthGrid.Build(64, 10, 100, [6]));   // six hidden layers cannot be that small
    }
}
