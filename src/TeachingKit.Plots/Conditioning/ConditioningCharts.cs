using System.Globalization;
using Plotly.NET;
using TeachingKit.Conditioning;
using TeachingKit.Optimization;
using TeachingKit.Plots.Optimization;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Conditioning;

/// <summary>Charts of ravines as conditioning: gradient descent's distance curves against the κ law, coupled Hessians, Newton's cost, Adam's denominator.</summary>
public static class ConditioningCharts
{
    /// <summary>‖θ(k) − θ*‖/‖θ(0) − θ*‖ of each run against the step (log y), each with the κ law's line ((κ − 1)/(κ + 1))ᵏ dotted.</summary>
    public static GenericChart DistanceCurves(IReadOnlyList<GradientDescentSteps> runs, string title = "Gradient descent on linear regression: distance to the minimum against the κ law")
    {
        Require.NotEmpty(runs, nameof(runs));
        var traces = new List<Trace>();
        for (int r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            string colour = Cycle(r);
            var steps = Enumerable.Range(0, run.Distances.Count).ToArray();
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = steps, y = run.Distances.Select(d => d / run.Distances[0]).ToArray(), mode = "lines", line = new { color = colour },
                name = string.Create(CultureInfo.InvariantCulture, $"{run.Name} (κ = {run.Spectrum.ConditionNumber:G3})"),
            }));
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = steps, y = steps.Select(k => Math.Pow(run.PredictedFactor, k)).ToArray(), mode = "lines", line = new { color = colour, dash = "dot" },
                name = $"{run.Name}: ((κ − 1)/(κ + 1))ᵏ",
            }));
        }
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = PlotlyChart.Axis("step k"),
            yaxis = PlotlyChart.LogAxis("‖θ(k) − θ*‖ / ‖θ(0) − θ*‖"),
        }), traces.ToArray());
    }

    /// <summary>The output layer's blocks of the Hessians scaled to unit diagonal (Bᵢⱼ/√(BᵢᵢBⱼⱼ)) side by side as heatmaps; the last row and column are the bias.</summary>
    public static GenericChart CoupledHessians(IReadOnlyList<HessianCoupling> couplings)
    {
        Require.NotEmpty(couplings, nameof(couplings));
        var traces = new List<Trace>();
        var layout = PlotlyChart.Layout(new { title = new { text = "Output layer's Hessian block scaled to unit diagonal (last row and column: the bias)" } });
        double width = 1.0 / couplings.Count;
        for (int c = 0; c < couplings.Count; c++)
        {
            var coupling = couplings[c];
            string suffix = c == 0 ? "" : (c + 1).ToString(CultureInfo.InvariantCulture);
            var matrix = coupling.NormalisedOutputBlock();
            int n = matrix.RowCount;
            var labels = Enumerable.Range(0, n).Select(i => i == n - 1 ? "b" : $"w{i + 1}").ToArray();
            traces.Add(PlotlyChart.Trace("heatmap", new
            {
                x = labels, y = labels,
                z = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => matrix[i, j]).ToArray()).ToArray(),
                zmin = -1.0, zmax = 1.0, colorscale = "RdBu", reversescale = true, showscale = c == couplings.Count - 1,
                xaxis = "x" + suffix, yaxis = "y" + suffix, name = coupling.Activation.ToString(),
            }));
            layout.SetProperty("xaxis" + suffix, new
            {
                domain = new[] { c * width + 0.04, (c + 1) * width - 0.04 }, anchor = "y" + suffix,
                title = new { text = string.Create(CultureInfo.InvariantCulture, $"{coupling.Activation}: mean a = {coupling.MeanHiddenActivation:F3}, bias coupling {coupling.BiasCoupling:F2}") },
            });
            layout.SetProperty("yaxis" + suffix, new { anchor = "x" + suffix, autorange = "reversed", scaleanchor = "x" + suffix });
        }
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    /// <summary>
    /// Measured Hessian time, solve time and memory against N (log–log), extrapolated to <paramref name="extrapolateTo"/>
    /// weights along the theory's exponents (N² for the Hessian at a fixed number of samples, N³ for the solve) with
    /// coefficients fitted to the measurements, and the 8N² bytes of the Hessian.
    /// </summary>
    public static GenericChart NewtonCost(IReadOnlyList<NewtonCostPoint> points, double extrapolateTo = 1e6)
    {
        Require.NotEmpty(points, nameof(points));
        Require.Positive(extrapolateTo, nameof(extrapolateTo));
        var n = points.Select(p => (double)p.Parameters).ToArray();
        var hessianFit = PowerLaw.WithExponent(n, points.Select(p => p.HessianSeconds).ToArray(), 2);
        var solveFit = PowerLaw.WithExponent(n, points.Select(p => p.SolveSeconds).ToArray(), 3);
        var line = TeachingKit.Sampling.Grid.Logspace(n.Min(), extrapolateTo, 50);
        string Fit(PowerLaw f) => string.Create(CultureInfo.InvariantCulture, $"{f.Coefficient:G3}·N^{f.Exponent:G3}");
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = "The cost of one Newton step, measured and extrapolated" },
                xaxis = PlotlyChart.LogAxis("parameters N", tickEveryDecade: true),
                yaxis = new { title = new { text = "seconds" }, type = "log", exponentformat = "power", domain = new[] { 0.0, 0.46 } },
                yaxis2 = new { title = new { text = "bytes" }, type = "log", exponentformat = "power", domain = new[] { 0.54, 1.0 } },
            }),
            PlotlyChart.Trace("scatter", new { x = n, y = points.Select(p => p.HessianSeconds).ToArray(), mode = "markers", name = "exact Hessian (measured)", marker = new { color = Blue } }),
            PlotlyChart.Trace("scatter", new { x = line, y = line.Select(hessianFit.At).ToArray(), mode = "lines", name = "Hessian fit " + Fit(hessianFit), line = new { color = Blue, dash = "dot" } }),
            PlotlyChart.Trace("scatter", new { x = n, y = points.Select(p => p.SolveSeconds).ToArray(), mode = "markers", name = "LU solve (measured)", marker = new { color = Orange } }),
            PlotlyChart.Trace("scatter", new { x = line, y = line.Select(solveFit.At).ToArray(), mode = "lines", name = "solve fit " + Fit(solveFit), line = new { color = Orange, dash = "dot" } }),
            PlotlyChart.Trace("scatter", new { x = n, y = points.Select(p => (double)p.AllocatedBytes).ToArray(), mode = "markers", name = "allocated (measured)", yaxis = "y2", marker = new { color = Green } }),
            PlotlyChart.Trace("scatter", new { x = line, y = line.Select(Newton.HessianBytes).ToArray(), mode = "lines", name = "8N² (the Hessian)", yaxis = "y2", line = new { color = "black" } }));
    }

    /// <summary>Adam's √r̂ᵢ against the Hessian's diagonal Hᵢᵢ after each recorded step (log–log), with the line of proportionality through the first.</summary>
    public static GenericChart AdamDenominators(Quadratic quadratic, IReadOnlyList<AdamDenominator> denominators)
    {
        ArgumentNullException.ThrowIfNull(quadratic);
        Require.NotEmpty(denominators, nameof(denominators));
        var diagonal = quadratic.Eigenvalues.ToArray();
        var traces = denominators.Select((d, i) => PlotlyChart.Trace("scatter", new
        {
            x = diagonal, y = d.Denominator, mode = "lines+markers", line = new { color = Cycle(i) },
            name = string.Create(CultureInfo.InvariantCulture, $"step {d.Step}: √r̂ ≈ {d.Fit.Coefficient:G3}·H^{d.Fit.Exponent:F2}"),
        })).ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = "Adam's denominator √r̂ against the Hessian's diagonal" },
            xaxis = PlotlyChart.LogAxis("Hᵢᵢ (curvature of weight i)"),
            yaxis = PlotlyChart.LogAxis("√r̂ᵢ"),
        }), traces);
    }

    /// <summary>Predicted (2/λmax) and measured largest stable learning rates as grouped bars, one group per network.</summary>
    public static GenericChart StableRates(IReadOnlyList<StableRateComparison> comparisons)
    {
        Require.NotEmpty(comparisons, nameof(comparisons));
        var names = comparisons.Select(c => c.Name).ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = "Largest stable learning rate of full-batch gradient descent" },
                barmode = "group",
                yaxis = PlotlyChart.LogAxis("learning rate"),
            }),
            PlotlyChart.Trace("bar", new { x = names, y = comparisons.Select(c => c.PredictedStableRate).ToArray(), name = "2/λmax at the start", marker = new { color = Blue } }),
            PlotlyChart.Trace("bar", new { x = names, y = comparisons.Select(c => c.MeasuredStableRate).ToArray(), name = "largest rate that did not diverge", marker = new { color = Orange } }));
    }
}
