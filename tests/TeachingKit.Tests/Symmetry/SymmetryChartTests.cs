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
    }

    [Fact]
    public void SpectrumMarksZeroEigenvaluesAndHidesLabelsInsideBars()
    {
        var path = PermutationSaddlePath.Compute(CommitteeMachine.Create(3, 40, seed: 3), 0, 1, distances: 6);
        Assert.True(path.Spectrum.ZeroCount > 0, "the permutation point has a flat direction");
        var chart = SaddlePathCharts.Spectrum(path.Spectrum);
        var traces = GenericChart.getTraces(chart);
        Assert.Equal(2, traces.Length);   // bars, and diamonds on the axis for the zero-height bars
        var zeroX = (int[])traces[1].TryGetTypedPropertyValue<int[]>("x").Value;
        Assert.Equal(path.Spectrum.ZeroCount, zeroX.Length);
        Assert.All(zeroX, x => Assert.True(Math.Abs(path.Spectrum.Eigenvalues[x - 1]) <= path.Spectrum.ZeroTolerance));
        Assert.Equal("none", traces[0].TryGetTypedPropertyValue<string>("textposition").Value);
    }
}
