using Plotly.NET;
using TeachingKit.Networks;
using TeachingKit.Plots.Symmetry;
using TeachingKit.Symmetry;

namespace TeachingKit.Tests.Symmetry;

public class SymmetryChartTests
{
    [Fact]
    public void CountChartHasFiveSeriesOnALogAxis()
    {
        var chart = CountCharts.CountsVersusLayerSize(12);
        Assert.Equal(5, GenericChart.getTraces(chart).Length);
        Assert.Contains("\"log\"", GenericChart.toChartHTML(chart));
        Assert.Throws<ArgumentOutOfRangeException>(() => CountCharts.CountsVersusLayerSize(2));
    }

    [Fact]
    public void AnimationHasOneFramePerPathPoint()
    {
        var path = PermutationSaddlePath.Compute(CommitteeMachine.Create(3, 40, seed: 3), 0, 1, distances: 6);
        var figure = SaddlePathCharts.MergingAnimation(path);
        Assert.Equal(path.Merging.Count + path.Separating.Count, figure.Frames.Length);
        var names = figure.Frames.Select(f => f.TryGetTypedPropertyValue<string>("name")?.Value ?? "").ToArray();
        Assert.All(names.Take(path.Merging.Count), name => Assert.Contains("merging", name));
        Assert.All(names.Skip(path.Merging.Count), name => Assert.Contains("labels exchanged", name));
        Assert.Equal(6, GenericChart.getTraces(SaddlePathCharts.Hyperplanes(path.Problem, path.PermutationPoint.Parameters)).Length - 1);
        Assert.Equal(2, GenericChart.getTraces(SaddlePathCharts.LossVersusDistance(path)).Length);
        Assert.Single(GenericChart.getTraces(SaddlePathCharts.Spectrum(path.Spectrum)));
    }
}
