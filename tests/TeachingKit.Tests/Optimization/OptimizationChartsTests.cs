using Plotly.NET;
using TeachingKit.Optimization;
using TeachingKit.Plots.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>The optimization charts carry the data they are given, and refuse what they cannot draw.</summary>
public class OptimizationChartsTests
{
    private static readonly OptimizationResult Gd =
        Optimize.Run(Quadratic.Ravine(0.1, 20), new GradientDescent(0.095), [-8.0, 1.5], new RunOptions { MaxSteps = 20 });
    private static readonly OptimizationResult Heavy =
        Optimize.Run(Quadratic.Ravine(0.1, 20), new Momentum(0.02, 0.9), [-8.0, 1.5], new RunOptions { MaxSteps = 20 });

    [Fact]
    public void ContourChartHasTheContourAndOnePathPerRun()
    {
        var chart = OptimizationCharts.TrajectoriesOnContour("t", Quadratic.Ravine(0.1, 20), -9, 1, -2, 2, Gd, Heavy);
        var traces = GenericChart.getTraces(chart).ToList();
        Assert.Equal(3, traces.Count);
        string json = GenericChart.toChartHTML(chart);
        Assert.Contains("contour", json);
        Assert.Contains(Heavy.Optimizer, json);
    }

    [Fact]
    public void ChartsRefuseWhatTheyCannotDraw()
    {
        var threeD = Optimize.Run(new Quadratic([1.0, 2.0, 3.0]), new GradientDescent(0.1), [1.0, 1.0, 1.0], new RunOptions { MaxSteps = 2 });
        Assert.Equal("objective", Assert.Throws<ArgumentException>(
            () => OptimizationCharts.TrajectoriesOnContour("t", new Quadratic([1.0, 2.0, 3.0]), -1, 1, -1, 1, threeD)).ParamName);
        var unrecorded = Optimize.Run(Quadratic.Ravine(), new GradientDescent(0.01), [1.0, 1.0], new RunOptions { MaxSteps = 2, RecordParameters = false });
        Assert.Equal("runs", Assert.Throws<ArgumentException>(
            () => OptimizationCharts.TrajectoriesOnContour("t", Quadratic.Ravine(), -1, 1, -1, 1, unrecorded)).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => OptimizationCharts.LossVersusStep("t")).ParamName);
    }

    [Fact]
    public void SpeedUpAndConditionChartsHaveTheoryAndMeasurement()
    {
        var speedUp = OptimizationCharts.SpeedUp(MomentumExperiments.SpeedUpSweep([0.5, 0.9], 100));
        Assert.Equal(3, GenericChart.getTraces(speedUp).Length);
        var condition = OptimizationCharts.ConvergenceVersusConditionNumber(MomentumExperiments.ConditionSweep([1, 100], 200));
        Assert.Equal(4, GenericChart.getTraces(condition).Length);
        Assert.Equal(2, GenericChart.getTraces(OptimizationCharts.LossVersusStep("t", Gd, Heavy)).Length);
        Assert.Equal(2, GenericChart.getTraces(OptimizationCharts.CoordinateVersusStep("t", 1, "w₂", Gd, Heavy)).Length);
        Assert.Equal(4, GenericChart.getTraces(OptimizationCharts.SmoothedLossVersusStep("t", 0.9, Gd, Heavy)).Length);
    }

    [Fact]
    public void ARunKeepsItsColourInEveryChart()
    {
        // The contour map's own trace must not shift the paths' colours: the same run, drawn first on the
        // map and second on the loss chart, has one colour in both.
        string onMap = ColourOf(OptimizationCharts.TrajectoriesOnContour("t", Quadratic.Ravine(0.1, 20), -9, 1, -2, 2, Gd, Heavy), Gd.Optimizer);
        string onLoss = ColourOf(OptimizationCharts.LossVersusStep("t", Heavy, Gd), Gd.Optimizer);
        string onCoordinate = ColourOf(OptimizationCharts.CoordinateVersusStep("t", 0, "w₁", Heavy, Gd), Gd.Optimizer);
        Assert.Equal(onMap, onLoss);
        Assert.Equal(onMap, onCoordinate);
        var slow = Optimize.Run(Quadratic.Ravine(0.1, 20), new GradientDescent(0.02), [-8.0, 1.5], new RunOptions { MaxSteps = 5 });
        Assert.NotEqual(onMap, ColourOf(OptimizationCharts.LossVersusStep("t", Gd, slow), slow.Optimizer));
    }

    private static string ColourOf(GenericChart chart, string optimizer)
    {
        string html = GenericChart.toChartHTML(chart);
        var match = System.Text.RegularExpressions.Regex.Match(html,
            "\"line\":\\{\"color\":\"(#[0-9a-f]{6})\"\\},\"name\":\"" + System.Text.RegularExpressions.Regex.Escape(optimizer) + "\"");
        Assert.True(match.Success, $"no coloured line named '{optimizer}' in the chart");
        return match.Groups[1].Value;
    }

    [Fact]
    public void TrajectoryPointsAreTableRows()
    {
        var points = Gd.Trajectory.Points(every: 7).ToList();
        Assert.Equal([0, 7, 14, 20], points.Select(p => p.Step));
        Assert.Equal(Gd.Trajectory.Losses[14], points[2].Loss, 15);
        Assert.Equal(-8.0, points[0].Parameters![0], 15);
    }
}
