using System.Globalization;
using Plotly.NET;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Sampling;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Optimization;

/// <summary>Charts of minibatch noise: the gradient's variance against the batch size, and the loss surfaces of minibatches beside the full batch's.</summary>
public static class NoiseCharts
{
    /// <summary>
    /// Measured E‖g_B − ḡ‖² (markers with standard errors) against the batch size m on log–log axes, with the exact
    /// finite-population curve σ²(N − m)/((N − 1)m) and the plain law σ²/m.
    /// </summary>
    /// <remarks>The full batch m = N has variance 0, which a log axis cannot show: it is left out.</remarks>
    public static GenericChart VarianceAgainstBatchSize(GradientNoise noise, IReadOnlyList<GradientVariancePoint> points)
    {
        ArgumentNullException.ThrowIfNull(noise);
        Require.NotEmpty(points, nameof(points));
        var shown = points.Where(p => p.BatchSize < noise.SampleCount && p.Measured > 0).ToArray();
        // Integer batch sizes only: the finite-population formula is defined for whole batches, and rounding a fine
        // log grid to integers would draw steps at small m.
        var m = Grid.Logspace(1, noise.SampleCount - 1, 100).Select(v => (int)Math.Round(v)).Distinct().ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = string.Create(CultureInfo.InvariantCulture, $"Minibatch gradient noise against the batch size (N = {noise.SampleCount})") },
                xaxis = OptimizationCharts.Axis("batch size m", true),
                yaxis = OptimizationCharts.Axis("E‖g_B − ḡ‖²", true),
            }),
            PlotlyChart.Trace("scatter", new { x = m, y = m.Select(v => noise.TotalVariance / v).ToArray(), mode = "lines", name = "σ²/m (with replacement)", line = new { color = "grey", dash = "dash" } }),
            PlotlyChart.Trace("scatter", new
            {
                x = m, y = m.Select(v => GradientNoise.FinitePopulationVariance(noise.TotalVariance, noise.SampleCount, v)).ToArray(),
                mode = "lines", name = "σ²(N − m)/((N − 1)m)", line = new { color = "black" },
            }),
            PlotlyChart.Trace("scatter", new
            {
                x = shown.Select(p => p.BatchSize).ToArray(), y = shown.Select(p => p.Measured).ToArray(), mode = "markers", name = "measured",
                error_y = new { type = "data", array = shown.Select(p => p.StandardError).ToArray(), visible = true },
                marker = new { size = 9, color = Red },
            }));
    }

    /// <summary>
    /// The signal-to-noise ratio |ḡₚ|/sd(g_B,ₚ) of every weight, sorted from the largest, for each batch size (log y), with
    /// the line SNR = 1 below which a weight's minibatch gradient is mostly noise.
    /// </summary>
    /// <remarks>Weights whose gradient is 0 on every sample (SNR 0) have no place on a log axis and are left out.</remarks>
    public static GenericChart SignalToNoise(GradientNoise noise, IReadOnlyList<int> batchSizes)
    {
        ArgumentNullException.ThrowIfNull(noise);
        Require.NotEmpty(batchSizes, nameof(batchSizes));
        var traces = batchSizes.Select((m, i) =>
        {
            var ratios = noise.SignalToNoise(m).Where(r => r > 0).OrderDescending().ToArray();
            return PlotlyChart.Trace("scatter", new
            {
                x = Enumerable.Range(1, ratios.Length).ToArray(), y = ratios, mode = "lines", name = $"m = {m}",
                line = new { color = Cycle(i) },
            });
        }).ToList();
        traces.Add(PlotlyChart.Trace("scatter", new { x = new[] { 1, noise.Mean.Count }, y = new[] { 1.0, 1.0 }, mode = "lines", name = "SNR = 1", line = new { color = "grey", dash = "dash" } }));
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = "Signal-to-noise ratio of each weight's minibatch gradient, |ḡ|/sd" },
            xaxis = PlotlyChart.Axis("weights, sorted by their ratio"),
            yaxis = OptimizationCharts.Axis("signal-to-noise ratio", true),
        }), [.. traces]);
    }

    /// <summary>
    /// The full-batch loss on the slice (filled contours) with its minimum (star) and the minimum of every minibatch slice
    /// (crosses) on the box [aMin, aMax] × [bMin, bMax].
    /// </summary>
    public static GenericChart SliceMinima(LossSlice full, IReadOnlyList<LossSlice> minibatches, double aMin, double aMax, double bMin, double bMax, int resolution = 41)
    {
        var (layout, fullTraces) = FullSlice(full, minibatches, aMin, aMax, bMin, bMax, resolution, "Minima of the minibatch losses around the full-batch minimum");
        var minima = minibatches.Select(s => s.Minimum()).ToArray();
        return PlotlyChart.Create(layout, [.. fullTraces, PlotlyChart.Trace("scatter", new
        {
            x = minima.Select(p => p.A).ToArray(), y = minima.Select(p => p.B).ToArray(), mode = "markers", name = "minibatch minima",
            marker = new { size = 10, symbol = "x", color = Red },
        })]);
    }

    /// <summary>
    /// An animation over the minibatches: each frame draws one minibatch's contour lines and minimum over the full batch's
    /// filled contours and minimum, so the surface and its minimum are seen to move from batch to batch.
    /// </summary>
    public static Figure SliceAnimation(LossSlice full, IReadOnlyList<LossSlice> minibatches, double aMin, double aMax, double bMin, double bMax, int resolution = 41)
    {
        var (layout, fullTraces) = FullSlice(full, minibatches, aMin, aMax, bMin, bMax, resolution, "The loss of one minibatch (lines) over the full batch's (press ▶)");
        var a = Grid.Linspace(aMin, aMax, resolution);
        var b = Grid.Linspace(bMin, bMax, resolution);
        // The minibatch traces come first, so that each frame replaces them and keeps the full batch's.
        var frames = minibatches.Select((s, k) =>
        {
            var minimum = s.Minimum();
            return ($"batch {k + 1}", new[]
            {
                PlotlyChart.Trace("contour", new
                {
                    x = a, y = b, z = Grid.Evaluate(s.Value, a, b), ncontours = 20, showscale = false, name = $"batch {k + 1}",
                    contours = new { coloring = "lines" }, colorscale = new object[] { new object[] { 0, Red }, new object[] { 1, Red } },
                    line = new { width = 1.5 }, hoverinfo = "skip",
                }),
                PlotlyChart.Trace("scatter", new
                {
                    x = new[] { minimum.A }, y = new[] { minimum.B }, mode = "markers", name = $"minimum of batch {k + 1}",
                    marker = new { size = 12, symbol = "x", color = Red },
                }),
            });
        }).ToList();
        var first = PlotlyChart.Create(layout, [.. frames[0].Item2, .. fullTraces]);
        return PlotlyChart.Animated(first, frames, frameDurationMs: 700);
    }

    private static (Layout Layout, Trace[] Traces) FullSlice(LossSlice full, IReadOnlyList<LossSlice> minibatches,
        double aMin, double aMax, double bMin, double bMax, int resolution, string title)
    {
        ArgumentNullException.ThrowIfNull(full);
        Require.NotEmpty(minibatches, nameof(minibatches));
        Require.AtLeast(resolution, 5, nameof(resolution));
        if (!(aMax > aMin)) throw new ArgumentException($"aMax must exceed aMin, but [{aMin}, {aMax}] is empty.", nameof(aMax));
        if (!(bMax > bMin)) throw new ArgumentException($"bMax must exceed bMin, but [{bMin}, {bMax}] is empty.", nameof(bMax));
        var a = Grid.Linspace(aMin, aMax, resolution);
        var b = Grid.Linspace(bMin, bMax, resolution);
        var minimum = full.Minimum();
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = new { title = new { text = "a (first direction)" }, range = new[] { aMin, aMax } },
            yaxis = new { title = new { text = "b (second direction)" }, range = new[] { bMin, bMax } },
            // Above the plot, so that the legend does not cover the colour bar's title.
            legend = new { x = 0.5, xanchor = "center", y = 1.0, yanchor = "bottom", orientation = "h" },
        });
        return (layout,
        [
            PlotlyChart.Trace("contour", new { x = a, y = b, z = Grid.Evaluate(full.Value, a, b), ncontours = 20, colorscale = "Greys", reversescale = true, name = "full batch", hoverinfo = "skip", colorbar = new { title = new { text = "full-batch loss" } } }),
            PlotlyChart.Trace("scatter", new { x = new[] { minimum.A }, y = new[] { minimum.B }, mode = "markers", name = "full-batch minimum", marker = new { size = 14, symbol = "star", color = "gold", line = new { color = "black", width = 1 } } }),
        ]);
    }
}
