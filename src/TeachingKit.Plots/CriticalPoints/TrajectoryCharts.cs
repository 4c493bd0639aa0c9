using Plotly.NET;
using TeachingKit.CriticalPoints;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.CriticalPoints;

/// <summary>Paths of iterative methods drawn over the contour lines of the function they walk on.</summary>
public static class TrajectoryCharts
{
    private static readonly string[] Colours = [Blue, Red, Purple, Brown, Pink, Cyan];

    /// <summary>
    /// Each trajectory as a polyline with markers at the iterates (start: open circle, end: star),
    /// over the contours of f on [min, max]²; iterates outside the box are clipped by the axes.
    /// </summary>
    public static GenericChart OverContour(string title, Func<double, double, double> f, double min, double max,
        IReadOnlyList<CriticalPointPath> trajectories, IEnumerable<CriticalPointReport>? criticalPoints = null, bool logValues = false)
    {
        if (trajectories is null || trajectories.Count == 0)
            throw new ArgumentException("Give at least one trajectory.", nameof(trajectories));
        if (trajectories.Any(t => t.Points[0].Length != 2))
            throw new ArgumentException("Only trajectories of 2-D functions can be drawn over a contour.", nameof(trajectories));
        var traces = LandscapeCharts.ContourTraces(f, min, max, criticalPoints, null, logValues, resolution: 101);
        for (int i = 0; i < trajectories.Count; i++)
        {
            var t = trajectories[i];
            string colour = Cycle(Colours, i);
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = t.Coordinate(0),
                y = t.Coordinate(1),
                mode = "lines+markers",
                name = $"{t.Method} ({t.Steps} steps, {t.StopReason})",
                line = new { color = colour, width = 2 },
                marker = new { size = 6, color = colour },
                text = t.Values.Select((v, k) => $"step {k}: f = {v:G6}, |∇f| = {t.GradientNorms[k]:G3}").ToArray(),
            }));
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = new[] { t.Points[0][0], t.Final[0] },
                y = new[] { t.Points[0][1], t.Final[1] },
                mode = "markers",
                showlegend = false,
                marker = new { size = 13, color = colour, symbol = new[] { "circle-open", "star" } },
            }));
        }
        var layout = LandscapeCharts.SquareLayout(title);
        layout.SetProperty("xaxis", new { title = new { text = "x" }, range = new[] { min, max } });
        layout.SetProperty("yaxis", new { title = new { text = "y" }, range = new[] { min, max }, scaleanchor = "x" });
        layout.SetProperty("width", 720);
        return PlotlyChart.Create(layout, [.. traces]);
    }
}
