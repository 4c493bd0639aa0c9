using Plotly.NET;
using TeachingKit.Validation;

namespace TeachingKit.Plots;

/// <summary>Charts of sampled functions of one variable.</summary>
public static class FunctionCharts
{
    /// <summary>
    /// A line chart of one or more curves y(x) sampled at the same <paramref name="xs"/>.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Label of the x axis.</param>
    /// <param name="yTitle">Label of the y axis.</param>
    /// <param name="xs">Sample points.</param>
    /// <param name="curves">Named curves, each with one value per sample point.</param>
    public static GenericChart Lines(
        string title, string xTitle, string yTitle, IReadOnlyList<double> xs,
        params (string Name, IReadOnlyList<double> Values)[] curves)
    {
        Require.NotEmpty(xs, nameof(xs));
        if (curves is null || curves.Length == 0)
            throw new ArgumentException("Give at least one curve.", nameof(curves));
        foreach (var curve in curves)
            Require.SameLength(curve.Values.Count, xs.Count, $"curve '{curve.Name}'", nameof(xs));

        var traces = curves
            .Select(c => PlotlyChart.Trace("scatter", new { x = xs, y = c.Values, mode = "lines", name = c.Name }))
            .ToArray();
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = PlotlyChart.Axis(xTitle),
            yaxis = PlotlyChart.Axis(yTitle),
        });
        return PlotlyChart.Create(layout, traces);
    }
}
