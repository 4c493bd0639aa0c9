using TeachingKit.Geometry;

namespace TeachingKit.Tests.Geometry;

public class LinearRegionPartitionTests
{
    public static TheoryData<string, ReluNetwork, Box2D> Networks() => new()
    {
        { "shallow 12", ReluNetworks.Shallow(12, Box2D.UnitSquare, 1), Box2D.UnitSquare },
        { "random 8-8", ReluNetworks.Random([8, 8], 2), Box2D.Centered(1) },
        { "random 6-6-6-6", ReluNetworks.Random([6, 6, 6, 6], 3), Box2D.Centered(2) },
        { "folding depth 3", ReluNetworks.Folding(3), Box2D.UnitSquare },
        { "random 5 on a wide box", ReluNetworks.Random([5, 3], 4), new Box2D(-3, 7, -1, 0.5) },
    };

    [Theory]
    [MemberData(nameof(Networks))]
    public void RegionsTileTheBox(string name, ReluNetwork network, Box2D box)
    {
        var partition = LinearRegionPartition.Compute(network, box);
        Assert.True(partition.Count >= 1, name);
        Assert.Equal(box.Area, partition.TotalArea, 1e-9 * box.Area);
        Assert.All(partition.Regions, r => Assert.True(r.Area > 0));
        // No overlaps: random points lie in exactly one polygon (interior points almost surely).
        var random = new Random(11);
        for (int s = 0; s < 300; s++)
        {
            double x = box.XMin + (box.XMax - box.XMin) * random.NextDouble();
            double y = box.YMin + (box.YMax - box.YMin) * random.NextDouble();
            Assert.Equal(1, partition.Regions.Count(r => r.Polygon.Contains(x, y, -1e-9)));
        }
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void AffineMapAndPatternEqualTheNetworkInsideEachRegion(string name, ReluNetwork network, Box2D box)
    {
        var partition = LinearRegionPartition.Compute(network, box);
        var random = new Random(5);
        foreach (var region in partition.Regions)
        {
            // Random convex combinations of the vertices, pulled towards the interior point.
            var (cx, cy) = region.Polygon.Interior;
            for (int s = 0; s < 3; s++)
            {
                int v = random.Next(region.Polygon.VertexCount);
                double t = 0.9 * random.NextDouble();
                double x = cx + t * (region.Polygon.Xs[v] - cx), y = cy + t * (region.Polygon.Ys[v] - cy);
                double expected = network.Evaluate([x, y]);
                Assert.Equal(expected, region.Evaluate(x, y), 1e-9 * (1 + Math.Abs(expected)));
                Assert.Equal(network.ActivationPattern([x, y]), region.ActivationPattern);
            }
        }
        Assert.Equal(partition.Count, partition.Regions.Select(r => r.PatternText).Distinct().Count());
        _ = name;
    }

    [Fact]
    public void PartitionIsInvariantUnderPermutingHiddenNeurons()
    {
        var network = ReluNetworks.Random([7, 6, 5], 9);
        var box = Box2D.Centered(1.5);
        var original = LinearRegionPartition.Compute(network, box);
        var random = new Random(2);
        for (int layer = 0; layer < network.Depth; layer++)
        {
            int width = network.Widths[layer];
            int[] permutation = Enumerable.Range(0, width).OrderBy(_ => random.Next()).ToArray();
            Assert.NotEqual(Enumerable.Range(0, width), permutation); // a real permutation, not the identity
            var permuted = network.PermuteNeurons(layer, permutation);

            // The permuted network's neuron i is the original's neuron permutation[i] (copied, so exact equality is the point).
            for (int i = 0; i < width; i++)
            {
                Assert.Equal(network.Weights(layer)[permutation[i]], permuted.Weights(layer)[i]);
                Assert.Equal(network.Biases(layer)[permutation[i]], permuted.Biases(layer)[i]);
            }
            Assert.Equal(network.Evaluate([0.3, -0.7]), permuted.Evaluate([0.3, -0.7]), 1e-12);

            var partition = LinearRegionPartition.Compute(permuted, box);
            Assert.Equal(original.Count, partition.Count);
            var areas = original.Regions.Select(r => r.Area).Order().ToArray();
            var permutedAreas = partition.Regions.Select(r => r.Area).Order().ToArray();
            for (int r = 0; r < areas.Length; r++) Assert.Equal(areas[r], permutedAreas[r], 1e-12);

            // Each region's pattern is the original's, permuted within the layer: match regions by an interior point.
            int offset = network.Widths.Take(layer).Sum();
            foreach (var region in partition.Regions)
            {
                var (x, y) = region.Polygon.Interior;
                var match = original.RegionAt(x, y);
                Assert.NotNull(match);
                var expected = (bool[])match.ActivationPattern.Clone();
                for (int i = 0; i < width; i++) expected[offset + i] = match.ActivationPattern[offset + permutation[i]];
                Assert.Equal(expected, region.ActivationPattern);
                Assert.Equal(match.Evaluate(x, y), region.Evaluate(x, y), 1e-9);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public void FoldingHasExponentiallyManyRegions(int depth)
    {
        Assert.Equal(1 << depth, LinearRegionPartition.Compute(ReluNetworks.Folding(depth, foldBothCoordinates: false), Box2D.UnitSquare).Count);
        var both = LinearRegionPartition.Compute(ReluNetworks.Folding(depth), Box2D.UnitSquare);
        Assert.Equal(1 << (2 * depth), both.Count);
        // Every region is a square of side 2^−depth.
        Assert.All(both.Regions, r => Assert.Equal(1.0 / (1 << (2 * depth)), r.Area, 1e-12));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void FoldingBeatsTheShallowMaximumOnlyFromDepthFour(int depth, bool foldingWins)
    {
        // Same 4L neurons: folding has 4^L regions, one layer at most 1 + 4L + C(4L, 2) (11, 37, 79, 137, 211).
        int folding = LinearRegionPartition.Compute(ReluNetworks.Folding(depth), Box2D.UnitSquare).Count;
        Assert.Equal(1 << (2 * depth), folding);
        Assert.Equal(foldingWins, folding > (int)GeneralPositionCount.Regions(4 * depth, 2));
    }

    [Fact]
    public void ShallowEqualsExactArrangementCountWhenTheBoxHoldsAllCrossings()
    {
        var lines = HyperplaneArrangement.RandomGeneralPosition(9, 2, 21);
        var partition = LinearRegionPartition.OfLines(lines, lines.BoxAroundVertices());
        Assert.Equal((int)GeneralPositionCount.Regions(9, 2), partition.Count);
    }

    [Fact]
    public void BadInputThrows()
    {
        Assert.Throws<ArgumentException>(() => new Box2D(1, 1, 0, 1));
        var empty = Assert.Throws<ArgumentException>(() => new Box2D(0, 1, 2, -2));
        Assert.Contains("empty", empty.Message);
        Assert.Throws<ArgumentException>(() => new Box2D(0, double.NaN, 0, 1));
        var nonFinite = Assert.Throws<ArgumentException>(() => new ReluNetwork([[[1, double.PositiveInfinity]]], [[0]], [1], 0));
        Assert.Contains("finite", nonFinite.Message);
        var shape = Assert.Throws<ArgumentException>(() => new ReluNetwork([[[1, 2]], [[1, 2]]], [[0], [0]], [1], 0));
        Assert.Contains("must match", shape.Message);
        Assert.Throws<ArgumentException>(() => new ReluNetwork([[[1, 2]]], [[0]], [1, 1], 0));
        var threeD = new ReluNetwork([[[1, 2, 3]]], [[0]], [1], 0);
        var input = Assert.Throws<ArgumentException>(() => LinearRegionPartition.Compute(threeD, Box2D.UnitSquare));
        Assert.Equal("network", input.ParamName);
        Assert.Throws<ArgumentException>(() => ReluNetworks.Folding(2).Evaluate([1.0]));
        Assert.Throws<ArgumentException>(() => ReluNetworks.Folding(2).PermuteNeurons(0, [0, 0, 1, 2]));
    }
}
