using TeachingKit.Geometry;

namespace TeachingKit.Tests.Geometry;

public class RegionCountStatisticsTests
{
    [Fact]
    public void TheStatisticsAreThoseOfTheSeparatelyCountedSeeds()
    {
        int[] counts = Enumerable.Range(1, 5)
            .Select(seed => LinearRegionPartition.Compute(ReluNetworks.Random([4, 4], seed), Box2D.UnitSquare).Count).ToArray();
        var stats = RegionCountStatistics.OverSeeds([4, 4], Box2D.UnitSquare, seeds: 5);
        double mean = counts.Average();
        Assert.Equal(mean, stats.Mean, 12);
        Assert.Equal(Math.Sqrt(counts.Sum(c => (c - mean) * (c - mean)) / 4), stats.StandardDeviation, 12);
        Assert.Equal((counts.Min(), counts.Max()), (stats.Min, stats.Max));
    }

    [Fact]
    public void AHeInitialisedShallowLayerOf16MeetsAbout28RegionsOfTheUnitSquareNotTheBestCase97()
    {
        // Review of notebook 03: about 28 on average over 200 seeds; the lines-through-the-square layer makes 97.
        var shallow = RegionCountStatistics.OverSeeds([16], Box2D.UnitSquare, seeds: 200);
        Assert.InRange(shallow.Mean, 24, 32);
        int bestCase = LinearRegionPartition.Compute(ReluNetworks.Shallow(16, Box2D.UnitSquare, seed: 1), Box2D.UnitSquare).Count;
        Assert.True(bestCase > shallow.Max, $"best case {bestCase}, random at most {shallow.Max}");
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Assert.Equal("seeds", Assert.ThrowsAny<ArgumentException>(() => RegionCountStatistics.OverSeeds([4], Box2D.UnitSquare, 1)).ParamName);
        Assert.Equal("widths", Assert.ThrowsAny<ArgumentException>(() => RegionCountStatistics.OverSeeds([], Box2D.UnitSquare, 5)).ParamName);
    }
}
