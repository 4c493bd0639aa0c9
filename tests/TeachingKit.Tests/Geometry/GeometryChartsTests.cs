using Plotly.NET;
using TeachingKit.Geometry;
using TeachingKit.Plots.Geometry;

namespace TeachingKit.Tests.Geometry;

public class GeometryChartsTests
{
    private static string Json(GenericChart chart) => GenericChart.toFigureJson(chart).ToString();

    [Fact]
    public void LinesWithRegionsDrawsEveryRegionAndNamesTheExactCount()
    {
        var lines = HyperplaneArrangement.Lines((0, 1, 1), (0, 1, 2), (1, 0, 0), (1, 1, 0));
        var chart = ArrangementCharts.LinesWithRegions(lines);
        string json = Json(chart);
        Assert.Contains("4 lines, 10 regions (general position: 11)", json);
        // Every polygon is closed and followed by a gap: the region traces hold 10 gaps in all, the line trace 4.
        int gaps = GenericChart.getTraces(chart).Sum(t => t.TryGetTypedPropertyValue<IEnumerable<double?>>("x") is { } x ? x.Value.Count(v => v is null) : 0);
        Assert.Equal(10 + 4, gaps);
    }

    [Fact]
    public void AddingLinesHasOneFramePerLineNamedWithTheIncrement()
    {
        var lines = HyperplaneArrangement.RandomGeneralPosition(5, 2, 3);
        var figure = ArrangementCharts.AddingLines(lines);
        Assert.Equal(5, figure.Frames.Count());
        // General position: the k-th line adds k regions, 2, 4, 7, 11, 16 in all.
        string frames = string.Join(" | ", figure.Frames.Select(f => f.TryGetTypedPropertyValue<string>("name")?.Value));
        Assert.Equal("1 line: 2 regions (+1) | 2 lines: 4 regions (+2) | 3 lines: 7 regions (+3) | 4 lines: 11 regions (+4) | 5 lines: 16 regions (+5)", frames);
    }

    [Fact]
    public void RegionMapAndSurfaceCoverEveryRegion()
    {
        var partition = LinearRegionPartition.Compute(ReluNetworks.Folding(2), Box2D.UnitSquare);
        Assert.Contains("16 regions", Json(RegionCharts.RegionMap(partition)));
        var mesh = GenericChart.getTraces(RegionCharts.Surface(partition)).Single();
        var i = mesh.TryGetTypedPropertyValue<List<int>>("i");
        Assert.NotNull(i);
        Assert.Equal(16 * 2, i.Value.Count); // each square facet is two triangles
        // The colour bar starts right of the scene's domain, so the surface uses the rest of the width.
        string json = Json(RegionCharts.Surface(partition));
        Assert.True(RegionCharts.ColourBarX > RegionCharts.SceneRight);
        Assert.Contains($"\"domain\":{{\"x\":[0.0,{RegionCharts.SceneRight.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", json);
        Assert.Contains("\"xanchor\":\"left\",\"len\":0.7", json);
    }

    [Fact]
    public void GrowthHasOneCurveAndOneAsymptotePerDimension()
    {
        Assert.Equal(10, GenericChart.getTraces(ArrangementCharts.Growth(20, 5)).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => ArrangementCharts.Growth(20, 0));
    }

    [Fact]
    public void CountComparisonRejectsMismatchedSeries()
    {
        Assert.Throws<ArgumentException>(() => ArrangementCharts.CountComparison([1, 2], [2, 4], [2], [2, 3]));
        Assert.Throws<ArgumentException>(() => ArrangementCharts.CountComparison([1, 2], [2, 4], [2, 4], [2, 3], meetingTheBox: [2]));
        var chart = ArrangementCharts.CountComparison([1, 2], [2, 4], [2, 4], [2, 3], meetingTheBox: [2, 4]);
        Assert.Equal(4, GenericChart.getTraces(chart).Length);
        Assert.Contains("regions meeting the sampled box", Json(chart));
        Assert.Throws<ArgumentException>(() => ArrangementCharts.PlanesInSpace(HyperplaneArrangement.Lines((1, 0, 0))));
    }
}
