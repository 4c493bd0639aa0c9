using System.Globalization;
using Plotly.NET;
using TeachingKit.LossSurfaces;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.LossSurfaces;

/// <summary>Charts of notebook 08: index against loss, one-dimensional profiles, and two-dimensional slices side by side.</summary>
public static class LossSurfaceCharts
{
    private static readonly string[] Colours = [Blue, Red, Green, Purple, Orange, Brown];

    /// <summary>Dauphin et al.'s plot: the fraction α of negative Hessian eigenvalues of each critical point against its loss ε, by method, with the fitted α₀(ε/ε_c − 1)^{3/2}.</summary>
    public static GenericChart IndexAgainstLoss(IndexLossResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var traces = Enum.GetValues<CriticalPointMethod>().Select((method, k) =>
        {
            var points = result.Points.Where(p => p.Method == method).ToArray();
            return PlotlyChart.Trace("scatter", new
            {
                x = points.Select(p => p.Loss).ToArray(), y = points.Select(p => p.IndexFraction).ToArray(), mode = "markers", name = method.ToString(),
                text = points.Select(p => $"index {p.Index} of {p.Eigenvalues.Length}, ‖∇L‖ = {p.GradientNorm:E1}").ToArray(),
                marker = new { size = 10, color = Colours[k], symbol = k == 2 ? "diamond" : "circle" },
            });
        }).ToList();
        if (result.Points.Count > 0)
        {
            double top = result.Points.Max(p => p.Loss) * 1.05;
            var curve = Sampling.Grid.Linspace(0, top, 200);
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = curve, y = curve.Select(result.Fit.At).ToArray(), mode = "lines", line = new { color = "black", dash = "dash" },
                name = string.Create(CultureInfo.InvariantCulture, $"α₀(ε/ε_c − 1)^1.5: α₀ = {result.Fit.Alpha0:G3}, ε_c = {result.Fit.CriticalLoss:G3}"),
            }));
        }
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = $"Index of critical points against their loss ({result.Network}, N = {result.Parameters})" },
            xaxis = PlotlyChart.Axis("training loss ε"),
            yaxis = PlotlyChart.Axis("fraction of negative eigenvalues α"),
        }), [.. traces]);
    }

    /// <summary>The loss along straight lines θ(t) = (1 − t)θ_A + tθ_B, one curve per named profile, on a log axis.</summary>
    public static GenericChart Profiles(string title, params (string Name, LinearProfile Profile)[] profiles)
    {
        Require.NotEmpty(profiles, nameof(profiles));
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = PlotlyChart.Axis("t (0 = first end, 1 = second end)"),
            yaxis = PlotlyChart.LogAxis("training loss"),
        }), [.. profiles.Select((p, k) => PlotlyChart.Trace("scatter", new
        {
            x = p.Profile.T, y = p.Profile.Loss, mode = "lines", name = p.Name, line = new { color = Cycle(Colours, k), width = 2 },
        }))]);
    }

    /// <summary>The training loss per epoch of the run that keeps its optimizer and of the run that switches, with the switch marked.</summary>
    public static GenericChart OptimizerSwitch(OptimizerSwitchResult result, string stayName, string switchName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var epochs = Enumerable.Range(0, result.StayLoss.Length).ToArray();
        double low = Math.Min(result.StayLoss.Min(), result.SwitchLoss.Min()), high = Math.Max(result.StayLoss.Max(), result.SwitchLoss.Max());
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = $"Switching from {stayName} to {switchName} after epoch {result.SwitchEpoch}" },
            xaxis = PlotlyChart.Axis("epoch"),
            yaxis = PlotlyChart.LogAxis("training loss"),
        }),
            PlotlyChart.Trace("scatter", new { x = epochs, y = result.StayLoss, mode = "lines+markers", name = $"{stayName} throughout", line = new { color = Colours[0] } }),
            PlotlyChart.Trace("scatter", new { x = epochs, y = result.SwitchLoss, mode = "lines+markers", name = $"{stayName}, then {switchName}", line = new { color = Colours[1] } }),
            PlotlyChart.Trace("scatter", new { x = new[] { result.SwitchEpoch, result.SwitchEpoch }, y = new[] { low, high }, mode = "lines", name = "switch", line = new { color = "grey", dash = "dot" } }));
    }

    /// <summary>Filled contours of log₁₀ of the loss on one slice, the trained network at the centre.</summary>
    public static GenericChart Contour(SurfaceGrid grid, string title) => SideBySide(title, (title, grid));

    /// <summary>The slice as a surface of log₁₀ of the loss over the (α, β) plane.</summary>
    public static GenericChart Surface(SurfaceGrid grid, string title)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = title },
            scene = new { xaxis = new { title = new { text = "α" } }, yaxis = new { title = new { text = "β" } }, zaxis = new { title = new { text = "log₁₀ loss" } } },
        }), PlotlyChart.Trace("surface", new { x = grid.Alphas, y = grid.Betas, z = LogLoss(grid), colorscale = "Viridis", colorbar = new { title = new { text = "log₁₀ loss" } } }));
    }

    /// <summary>Contours of log₁₀ loss of several slices in a row, on one colour scale (the same levels for every panel, as in Li et al.'s figures).</summary>
    public static GenericChart SideBySide(string title, params (string Name, SurfaceGrid Grid)[] slices)
    {
        Require.NotEmpty(slices, nameof(slices));
        var logs = slices.Select(s => LogLoss(s.Grid)).ToArray();
        double zmin = logs.Min(l => l.Min(r => r.Min())), zmax = logs.Max(l => l.Max(r => r.Max()));
        int n = slices.Length;
        var traces = slices.Select((s, k) => PlotlyChart.Trace("contour", new
        {
            x = s.Grid.Alphas, y = s.Grid.Betas, z = logs[k], zmin, zmax, colorscale = "Viridis", showscale = k == n - 1,
            contours = new { start = zmin, end = zmax, size = (zmax - zmin) / 20 },
            colorbar = new { title = new { text = "log₁₀ loss" } },
            xaxis = k == 0 ? "x" : $"x{k + 1}", yaxis = k == 0 ? "y" : $"y{k + 1}", name = s.Name,
        })).ToArray();
        var layout = new Dictionary<string, object>
        {
            ["title"] = new { text = title },
            ["height"] = 420,
            ["annotations"] = slices.Select((s, k) => new
            {
                text = s.Name, xref = "paper", yref = "paper", x = (k + 0.5) / n, y = 1.0, yanchor = "bottom", showarrow = false,
            }).ToArray(),
        };
        for (int k = 0; k < n; k++)
        {
            string suffix = k == 0 ? "" : (k + 1).ToString(CultureInfo.InvariantCulture);
            layout[$"xaxis{suffix}"] = new { domain = new[] { k / (double)n + 0.01, (k + 1) / (double)n - 0.03 }, title = new { text = "α" }, anchor = $"y{suffix}" };
            layout[$"yaxis{suffix}"] = new { title = new { text = k == 0 ? "β" : "" }, anchor = $"x{suffix}", scaleanchor = $"x{suffix}" };
        }
        var chartLayout = new Layout();
        foreach (var (key, value) in layout) chartLayout.SetProperty(key, value);
        return PlotlyChart.Create(chartLayout, traces);
    }

    private static double[][] LogLoss(SurfaceGrid grid) => grid.Loss.Select(row => row.Select(Math.Log10).ToArray()).ToArray();
}
