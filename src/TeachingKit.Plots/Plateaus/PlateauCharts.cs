using System.Globalization;
using Plotly.NET;
using TeachingKit.Networks;
using TeachingKit.Plateaus;
using TeachingKit.Plots.Optimization;
using TeachingKit.Sampling;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Plateaus;

/// <summary>Charts of plateaus: the 0-1 loss's steps, saturation of logistic units, and a training curve's plateau.</summary>
public static class PlateauCharts
{
    /// <summary>The 0-1 loss (left) and the logistic loss (right) over (w₁, w₂) ∈ [−r, r]² at bias <paramref name="bias"/>, as 3-D surfaces side by side.</summary>
    public static GenericChart ZeroOneSurface(Dataset data, double range = 3, double bias = 0, int resolution = 81)
    {
        Require.Positive(range, nameof(range));
        Require.AtLeast(resolution, 2, nameof(resolution));
        var w = Grid.Linspace(-range, range, resolution);
        var zeroOne = Grid.Evaluate((a, b) => ZeroOneLoss.Value(data, a, b, bias), w, w);
        var logistic = Grid.Evaluate((a, b) => ZeroOneLoss.LogisticLoss(data, a, b, bias), w, w);
        object Scene(double left, double right, string z) => new
        {
            domain = new { x = new[] { left, right }, y = new[] { 0.0, 1.0 } },
            xaxis = new { title = new { text = "w₁" } }, yaxis = new { title = new { text = "w₂" } }, zaxis = new { title = new { text = z } },
        };
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = string.Create(CultureInfo.InvariantCulture, $"0-1 loss (left: flat steps) and logistic loss (right: a slope everywhere), bias {bias:G3}, {data.Count} points") },
                scene = Scene(0, 0.49, "0-1 loss"),
                scene2 = Scene(0.51, 1, "logistic loss"),
                height = 500,
            }),
            PlotlyChart.Trace("surface", new { x = w, y = w, z = zeroOne, colorscale = "Viridis", showscale = false, scene = "scene", name = "0-1 loss" }),
            PlotlyChart.Trace("surface", new { x = w, y = w, z = logistic, colorscale = "Viridis", showscale = false, scene = "scene2", name = "logistic loss" }));
    }

    /// <summary>|∂L/∂z| of one logistic unit with target <paramref name="target"/> for the squared error and the cross-entropy, against z (log y).</summary>
    public static GenericChart SaturationSlopes(double target = 0, double range = 12)
    {
        Require.Positive(range, nameof(range));
        var z = Grid.Linspace(-range, range, 241);
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = string.Create(CultureInfo.InvariantCulture, $"Slope of the loss in the pre-activation z of a logistic unit, target y = {target:G3}") },
                xaxis = PlotlyChart.Axis("pre-activation z (the unit is wrong for large z when y = 0)"),
                yaxis = PlotlyChart.LogAxis("|∂L/∂z|"),
            }),
            PlotlyChart.Trace("scatter", new { x = z, y = z.Select(v => Math.Abs(Saturation.SquaredErrorSlope(v, target))).ToArray(), mode = "lines", name = "squared error (σ(z) − y)²", line = new { color = Blue } }),
            PlotlyChart.Trace("scatter", new { x = z, y = z.Select(v => Math.Abs(Saturation.CrossEntropySlope(v, target))).ToArray(), mode = "lines", name = "cross-entropy", line = new { color = Orange } }));
    }

    /// <summary>The network's gradient norm and its hidden units' mean slope σ′ against the weight scale (log–log), with the loss on a second axis.</summary>
    public static GenericChart GradientAgainstScale(IReadOnlyList<ScalePoint> points)
    {
        Require.NotEmpty(points, nameof(points));
        var s = points.Select(p => p.Scale).ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = "Logistic network with squared error: the gradient vanishes as the weights grow" },
                xaxis = PlotlyChart.LogAxis("scale of the initial weights (× Xavier)"),
                yaxis = PlotlyChart.LogAxis("‖∇L‖ and mean σ′(z)"),
                yaxis2 = new { title = new { text = "loss" }, overlaying = "y", side = "right" },
            }),
            PlotlyChart.Trace("scatter", new { x = s, y = points.Select(p => p.GradientNorm).ToArray(), mode = "lines+markers", name = "‖∇L‖", line = new { color = Blue } }),
            PlotlyChart.Trace("scatter", new { x = s, y = points.Select(p => p.MeanSlope).ToArray(), mode = "lines+markers", name = "mean σ′(z) of the hidden units", line = new { color = Orange } }),
            PlotlyChart.Trace("scatter", new { x = s, y = points.Select(p => p.Loss).ToArray(), mode = "lines+markers", name = "loss", yaxis = "y2", line = new { color = "grey", dash = "dash" } }));
    }

    /// <summary>Loss (top) and gradient norm (bottom) of each run against the step, log y: the plateau is where the loss stays and the gradient is tiny.</summary>
    public static GenericChart Race(IReadOnlyList<PlateauRun> runs, string title = "A plateau: loss and gradient norm of full-batch runs from near the saddle")
    {
        Require.NotEmpty(runs, nameof(runs));
        var traces = new List<Trace>();
        for (int r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var colour = Cycle(r);
            var steps = Enumerable.Range(0, run.Losses.Count).ToArray();
            string label = run.PlateauEnd is int end ? $"{run.Optimizer} (leaves at step {end})" : $"{run.Optimizer} (still on it)";
            traces.Add(PlotlyChart.Trace("scatter", new { x = steps, y = run.Losses, mode = "lines", name = label, legendgroup = run.Optimizer, line = new { color = colour } }));
            traces.Add(PlotlyChart.Trace("scatter", new { x = steps, y = run.GradientNorms, mode = "lines", name = "‖∇L‖", legendgroup = run.Optimizer, showlegend = false, yaxis = "y2", line = new { color = colour, dash = "dot" } }));
        }
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = PlotlyChart.Axis("step"),
            yaxis = new { title = new { text = "loss" }, type = "log", exponentformat = "power", domain = new[] { 0.52, 1.0 } },
            yaxis2 = new { title = new { text = "‖∇L‖ (dotted)" }, type = "log", exponentformat = "power", domain = new[] { 0.0, 0.46 } },
        }), traces.ToArray());
    }
}
