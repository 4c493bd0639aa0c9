using System.Globalization;
using Plotly.NET;
using TeachingKit.Plots.Optimization;
using TeachingKit.StartingPoints;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.StartingPoints;

/// <summary>Charts of starting points: symmetric starts that stay symmetric, and signals that grow or vanish with depth.</summary>
public static class InitialisationCharts
{
    /// <summary>Loss (top, log) and number of distinct hidden units (bottom) against the step, one colour per start.</summary>
    public static GenericChart Symmetry(IReadOnlyList<(string Name, SymmetryRun Run)> runs)
    {
        Require.NotEmpty(runs, nameof(runs));
        var traces = new List<Trace>();
        for (int r = 0; r < runs.Count; r++)
        {
            var (name, run) = runs[r];
            var colour = Cycle(r);
            var steps = Enumerable.Range(0, run.Losses.Count).ToArray();
            traces.Add(PlotlyChart.Trace("scatter", new { x = steps, y = run.Losses, mode = "lines", name, legendgroup = name, line = new { color = colour } }));
            traces.Add(PlotlyChart.Trace("scatter", new { x = steps, y = run.DistinctUnits, mode = "lines", name = "distinct units", legendgroup = name, showlegend = false, yaxis = "y2", line = new { color = colour, shape = "hv" } }));
        }
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = "Gradient descent from symmetric and random starts" },
            xaxis = PlotlyChart.Axis("step"),
            yaxis = new { title = new { text = "loss" }, type = "log", exponentformat = "power", domain = new[] { 0.4, 1.0 } },
            yaxis2 = new { title = new { text = "distinct hidden units" }, domain = new[] { 0.0, 0.32 }, rangemode = "tozero", dtick = 1 },
        }), traces.ToArray());
    }

    /// <summary>E[a²] (left) and E[δ²] (right) against the hidden layer for each scheme, log y; one row per activation.</summary>
    public static GenericChart SignalPropagation(IReadOnlyList<(string Activation, string Scheme, IReadOnlyList<LayerSignal> Layers)> runs)
    {
        Require.NotEmpty(runs, nameof(runs));
        var activations = runs.Select(r => r.Activation).Distinct().ToArray();
        var schemes = runs.Select(r => r.Scheme).Distinct().ToArray();
        var layout = PlotlyChart.Layout(new { title = new { text = "Second moments of the signal a (left) and of the gradient δ (right) through the layers at the start" }, height = 300 * activations.Length + 100 });
        var traces = new List<Trace>();
        double rowHeight = 1.0 / activations.Length;
        for (int row = 0; row < activations.Length; row++)
            for (int col = 0; col < 2; col++)
            {
                int axis = row * 2 + col + 1;
                string suffix = axis == 1 ? "" : axis.ToString(CultureInfo.InvariantCulture);
                layout.SetProperty("xaxis" + suffix, new { domain = new[] { col * 0.5 + 0.04, col * 0.5 + 0.46 }, anchor = "y" + suffix, title = new { text = row == activations.Length - 1 ? "hidden layer" : "" } });
                layout.SetProperty("yaxis" + suffix, new
                {
                    domain = new[] { 1 - (row + 1) * rowHeight + 0.06, 1 - row * rowHeight - 0.04 }, anchor = "x" + suffix, type = "log", exponentformat = "power",
                    title = new { text = $"{activations[row]}: {(col == 0 ? "E[a²]" : "E[δ²]")}" },
                });
                foreach (var run in runs.Where(r => r.Activation == activations[row]))
                {
                    int s = Array.IndexOf(schemes, run.Scheme);
                    traces.Add(PlotlyChart.Trace("scatter", new
                    {
                        x = run.Layers.Select(l => l.Layer).ToArray(),
                        y = run.Layers.Select(l => col == 0 ? l.ActivationMoment : l.GradientMoment).ToArray(),
                        mode = "lines+markers", marker = new { size = 4 }, name = run.Scheme, legendgroup = run.Scheme, showlegend = axis == 1,
                        line = new { color = Cycle(s) }, xaxis = "x" + suffix, yaxis = "y" + suffix,
                    }));
                }
            }
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    /// <summary>The share of dead units (output 0 for every sample) against the hidden layer, one line per network width.</summary>
    public static GenericChart DeadUnits(IReadOnlyList<(int Width, IReadOnlyList<LayerSignal> Layers)> runs)
    {
        Require.NotEmpty(runs, nameof(runs));
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = "Dead ReLU units at the start (He initialisation, biases 0)" },
            xaxis = PlotlyChart.Axis("hidden layer"),
            yaxis = new { title = new { text = "share of units dead on every sample" }, range = new[] { 0.0, 1.0 } },
        }), runs.Select((r, i) => PlotlyChart.Trace("scatter", new
        {
            x = r.Layers.Select(l => l.Layer).ToArray(), y = r.Layers.Select(l => l.DeadShare).ToArray(), mode = "lines+markers",
            name = $"width {r.Width}", line = new { color = Cycle(i) },
        })).ToArray());
    }
}
