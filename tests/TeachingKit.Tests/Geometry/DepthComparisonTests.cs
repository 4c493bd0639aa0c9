using TeachingKit.Geometry;

namespace TeachingKit.Tests.Geometry;

public class DepthComparisonTests
{
    [Fact]
    public void RowsMatchTheLectureCountsForEveryDepth()
    {
        var rows = DepthComparison.Compute(maxDepth: 5, Box2D.UnitSquare);
        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Depth));
        foreach (var row in rows)
        {
            int l = row.Depth;
            Assert.Equal(4 * l, row.Neurons);
            // Folding: 2^L pieces per coordinate, 4^L squares (Montúfar et al. 2014).
            Assert.Equal(1 << (2 * l), row.Folding);
            // 1 + 4L + C(4L, 2) = 8L² + 2L + 1, worked by hand.
            Assert.Equal(8 * l * l + 2 * l + 1, row.ShallowMaximum);
            Assert.InRange(row.Shallow, 1, row.ShallowMaximum);
            // The notebook's claim on these seeded networks: random deep at or below both (equal to folding at L = 1).
            Assert.InRange(row.RandomDeep, 1, Math.Min(row.Folding, row.ShallowMaximum));
        }
        // The notebook's crossover: folding is below the shallow maximum up to L = 3, above it from L = 4 (256 > 137).
        Assert.Equal([false, false, false, true, true], rows.Select(r => r.Folding > r.ShallowMaximum));
    }

    [Fact]
    public void RowsEqualTheSeparateCalls()
    {
        var row = DepthComparison.Compute(maxDepth: 3, Box2D.UnitSquare)[^1];
        Assert.Equal(LinearRegionPartition.Compute(ReluNetworks.Shallow(12, Box2D.UnitSquare, seed: 3), Box2D.UnitSquare).Count, row.Shallow);
        Assert.Equal(LinearRegionPartition.Compute(ReluNetworks.Random([4, 4, 4], seed: 3), Box2D.UnitSquare).Count, row.RandomDeep);
    }

    [Fact]
    public void BadInputThrows()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DepthComparison.Compute(0, Box2D.UnitSquare));
        Assert.Equal("maxDepth", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => DepthComparison.Compute(2, null!));
    }
}
