using Plotly.NET;
using TeachingKit.NoFreeLunch;
using TeachingKit.Plots.Optimization;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Generalization;

/// <summary>Charts of the exact No Free Lunch counts: per-target accuracies and class averages.</summary>
public static class NoFreeLunchCharts
{
    /// <summary>Overlaid histograms of each learner's off-training-set accuracy over all targets, the exact average (½) marked.</summary>
    public static GenericChart PerTargetAccuracy(IReadOnlyList<OffTrainingSetTally> tallies)
    {
        Require.NotEmpty(tallies, nameof(tallies));
        var traces = tallies.Select((t, i) => PlotlyChart.Trace("histogram", new
        {
            x = t.AccuracyPerTarget(), name = t.LearnerName, opacity = 0.55, xbins = new { start = 0, end = 1.0001, size = 0.05 },
            marker = new { color = Cycle(i) },
        })).ToList();
        var first = tallies[0];
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = $"Off-training-set accuracy on each of the {first.Cube.TargetCount} targets (n = {first.Cube.Inputs}, training sets of {first.TrainingSetSize})" },
            barmode = "overlay",
            xaxis = PlotlyChart.Axis("accuracy off the training set, averaged over the training sets"),
            yaxis = PlotlyChart.Axis("number of targets"),
            shapes = new[] { new { type = "line", x0 = 0.5, x1 = 0.5, y0 = 0, y1 = 1, yref = "paper", line = new { color = "black", dash = "dash" } } },
        }), [.. traces]);
    }

    /// <summary>Grouped bars: each learner's exact average accuracy on every target class given (e.g. all, linearly separable, symmetric).</summary>
    public static GenericChart ClassAverages(IReadOnlyList<OffTrainingSetTally> tallies, IReadOnlyList<(string Name, int[] Targets)> classes)
    {
        Require.NotEmpty(tallies, nameof(tallies));
        Require.NotEmpty(classes, nameof(classes));
        var traces = classes.Select((c, i) => PlotlyChart.Trace("bar", new
        {
            x = tallies.Select(t => t.LearnerName).ToArray(),
            y = tallies.Select(t => t.AverageOver(c.Targets).ToDouble()).ToArray(),
            name = $"{c.Name} ({c.Targets.Length})",
            marker = new { color = Cycle(i) },
        })).ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = "Average off-training-set accuracy: equal on all targets, different on structured classes" },
            barmode = "group",
            yaxis = new { title = new { text = "average accuracy (exact)" }, range = new[] { 0.0, 1.0 } },
        }), traces);
    }
}
