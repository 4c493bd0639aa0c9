using Plotly.NET;
using TeachingKit.Generalization;
using TeachingKit.Geometry;
using TeachingKit.Networks;
using TeachingKit.Plots.Optimization;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Generalization;

/// <summary>Charts of notebook 10's experiments: data sets A and B, grouped bars, depth against width, width sweeps, compartments.</summary>
public static class GeneralizationCharts
{
    private static string Colour(int i) => Cycle(i);

    /// <summary>A data set's training points and each fitted model's curve on [0, 1].</summary>
    public static GenericChart Regression(RegressionData data, params RegressionFit[] fits)
    {
        ArgumentNullException.ThrowIfNull(data);
        var grid = Enumerable.Range(0, 801).Select(i => i / 800.0).ToArray();
        var traces = new List<Trace> { PlotlyChart.Trace("scatter", new { x = data.TrainX, y = data.TrainY, mode = "markers", name = $"data set {data.Name}", marker = new { color = "black", size = 6 } }) };
        traces.AddRange(fits.Select((f, i) => PlotlyChart.Trace("scatter", new
        {
            x = grid, y = grid.Select(f.Predict).ToArray(), mode = "lines", name = $"{f.Model} (test RMSE {f.TestRmse:G2})", line = new { color = Colour(i + 1) },
        })));
        return PlotlyChart.Create(PlotlyChart.Layout(new { title = new { text = $"Data set {data.Name}" }, xaxis = PlotlyChart.Axis("x"), yaxis = PlotlyChart.Axis("y") }), [.. traces]);
    }

    /// <summary>Grouped bars: one group per label, one bar per series.</summary>
    public static GenericChart Bars(string title, string valueAxis, IReadOnlyList<string> labels, params (string Name, double[] Values)[] series)
    {
        Require.NotEmpty(labels, nameof(labels));
        var traces = series.Select((s, i) => PlotlyChart.Trace("bar", new
        {
            x = labels, y = s.Values, name = s.Name, marker = new { color = Colour(i) },
            text = s.Values.Select(v => v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)).ToArray(), textposition = "outside",
        })).ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new { title = new { text = title }, barmode = "group", yaxis = PlotlyChart.Axis(valueAxis) }), traces);
    }

    /// <summary>Mean test accuracy against depth at a matched parameter count, error bars one standard deviation over seeds, every seed as a dot.</summary>
    public static GenericChart DepthAgainstAccuracy(IReadOnlyList<DepthWidthCell> cells, IReadOnlyList<double[]> accuracies)
    {
        Require.NotEmpty(cells, nameof(cells));
        Require.SameLength(accuracies.Count, cells.Count, nameof(accuracies), nameof(cells));
        var depths = cells.Select(c => c.Depth).ToArray();
        var means = accuracies.Select(a => a.Average()).ToArray();
        var spreads = accuracies.Select(a => Math.Sqrt(a.Sum(v => (v - a.Average()) * (v - a.Average())) / Math.Max(1, a.Length - 1))).ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = $"Depth against test accuracy at about {cells[0].Budget} parameters" },
                xaxis = new { title = new { text = "hidden layers" }, dtick = 1 },
                yaxis = PlotlyChart.Axis("test accuracy"),
            }),
            PlotlyChart.Trace("scatter", new
            {
                x = depths, y = means, mode = "lines+markers", name = "mean ± standard deviation",
                error_y = new { type = "data", array = spreads, visible = true }, line = new { color = Colour(0) },
                text = cells.Select(c => $"{string.Join("-", c.LayerSizes)}: {c.ParameterCount} parameters").ToArray(),
            }),
            PlotlyChart.Trace("scatter", new
            {
                x = cells.SelectMany((c, i) => accuracies[i].Select(_ => c.Depth)).ToArray(), y = accuracies.SelectMany(a => a).ToArray(),
                mode = "markers", name = "single seeds", marker = new { color = Colour(1), size = 6, opacity = 0.6 },
            }));
    }

    /// <summary>Training and test accuracy (left axis) and test loss (right axis) against the hidden width, on a log axis.</summary>
    public static GenericChart WidthSweep(IReadOnlyList<int> widths, IReadOnlyList<FitResult> fits)
    {
        Require.NotEmpty(widths, nameof(widths));
        Require.SameLength(fits.Count, widths.Count, nameof(fits), nameof(widths));
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = "One hidden layer of growing width on a small training set" },
                xaxis = new { title = new { text = "hidden units" }, type = "log", dtick = Math.Log10(2) },
                yaxis = PlotlyChart.Axis("accuracy"),
                yaxis2 = new { title = new { text = "test loss" }, overlaying = "y", side = "right" },
                legend = new { x = 0.5, xanchor = "center", y = 1.0, yanchor = "bottom", orientation = "h" },
            }),
            PlotlyChart.Trace("scatter", new { x = widths, y = fits.Select(f => f.TrainAccuracy).ToArray(), mode = "lines+markers", name = "training accuracy", line = new { color = Colour(0) } }),
            PlotlyChart.Trace("scatter", new { x = widths, y = fits.Select(f => f.TestAccuracy).ToArray(), mode = "lines+markers", name = "test accuracy", line = new { color = Colour(1) } }),
            PlotlyChart.Trace("scatter", new { x = widths, y = fits.Select(f => f.TestLoss).ToArray(), mode = "lines+markers", name = "test loss", yaxis = "y2", line = new { color = Colour(3), dash = "dot" } }));
    }

    /// <summary>The class <paramref name="classify"/> gives each point of [−1.2, 1.2]², the lines of <paramref name="lines"/> (if any), and the old and new training points.</summary>
    public static GenericChart Regions(string title, Func<double, double, int> classify, IReadOnlyList<Hyperplane>? lines, Dataset old, Dataset added, int resolution = 61)
    {
        ArgumentNullException.ThrowIfNull(classify);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(added);
        var axis = Enumerable.Range(0, resolution).Select(i => -1.2 + 2.4 * i / (resolution - 1)).ToArray();
        var z = axis.Select(y => axis.Select(x => (double)classify(x, y)).ToArray()).ToArray();
        var traces = new List<Trace>
        {
            PlotlyChart.Trace("heatmap", new
            {
                x = axis, y = axis, z, zmin = 0, zmax = 2, showscale = false, opacity = 0.45,
                colorscale = new object[] { new object[] { 0.0, Colour(0) }, new object[] { 0.5, Colour(1) }, new object[] { 1.0, Colour(2) } },
            }),
        };
        foreach (var (h, i) in (lines ?? []).Select((h, i) => (h, i)))
        {
            var n = h.Normal;
            var ends = Math.Abs(n[1]) > Math.Abs(n[0])
                ? new[] { (-1.2, (h.Offset + 1.2 * n[0]) / n[1]), (1.2, (h.Offset - 1.2 * n[0]) / n[1]) }
                : [((h.Offset + 1.2 * n[1]) / n[0], -1.2), ((h.Offset - 1.2 * n[1]) / n[0], 1.2)];
            traces.Add(PlotlyChart.Trace("scatter", new { x = ends.Select(e => e.Item1).ToArray(), y = ends.Select(e => e.Item2).ToArray(), mode = "lines", line = new { color = "black", width = 1 }, showlegend = i == 0, name = "hidden units' lines" }));
        }
        traces.Add(PlotlyChart.Trace("scatter", new { x = old.Inputs.Select(p => p[0]).ToArray(), y = old.Inputs.Select(p => p[1]).ToArray(), mode = "markers", name = "old classes' points", marker = new { color = "black", size = 4 } }));
        traces.Add(PlotlyChart.Trace("scatter", new { x = added.Inputs.Select(p => p[0]).ToArray(), y = added.Inputs.Select(p => p[1]).ToArray(), mode = "markers", name = "new class's points", marker = new { color = "white", size = 5, line = new { color = "black", width = 1 } } }));
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = new { title = new { text = "x₁" }, range = new[] { -1.2, 1.2 } },
            yaxis = new { title = new { text = "x₂" }, range = new[] { -1.2, 1.2 }, scaleanchor = "x" },
        }), [.. traces]);
    }
}
