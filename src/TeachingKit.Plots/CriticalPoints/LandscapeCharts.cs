using Plotly.NET;
using TeachingKit.CriticalPoints;
using TeachingKit.Landscapes;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.Plots.CriticalPoints;

/// <summary>Surface and contour pictures of a function of two variables, with its critical points marked by kind.</summary>
public static class LandscapeCharts
{
    /// <summary>A 3-D surface of f over [min, max]² with the critical points as markers on it.</summary>
    public static GenericChart Surface(string title, Func<double, double, double> f, double min, double max,
        IEnumerable<CriticalPointReport>? criticalPoints = null, int resolution = 61)
    {
        var (xs, z) = Sample(f, min, max, resolution);
        var traces = new List<Trace>
        {
            PlotlyChart.Trace("surface", new { x = xs, y = xs, z, colorscale = "Viridis", showscale = false, opacity = 0.9, name = "f" }),
        };
        // The markers float a little above the surface (which would otherwise hide e.g. the bowl's minimum);
        // the hover text gives the true value f.
        double lift = MarkerLiftFraction * Math.Max(Range(z), 1e-12);
        foreach (var group in Groups(criticalPoints))
            traces.Add(PlotlyChart.Trace("scatter3d", new
            {
                x = group.Select(p => p.Point[0]).ToArray(),
                y = group.Select(p => p.Point[1]).ToArray(),
                z = group.Select(p => p.Value + lift).ToArray(),
                mode = "markers",
                name = group.Key,
                marker = new
                {
                    size = 10, color = CriticalPointStyle.Colour(group.First().ResolvedKind), symbol = CriticalPointStyle.Symbol(group.First().ResolvedKind),
                    line = new { color = "white", width = 2 },
                },
                text = group.Select(p => $"f = {p.Value:G4}: {p.Verdict}").ToArray(),
                hovertemplate = "(%{x}, %{y}) %{text}<extra></extra>",
            }));
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title },
            scene = new
            {
                xaxis = PlotlyChart.Axis("x"), yaxis = PlotlyChart.Axis("y"), zaxis = PlotlyChart.Axis("f"),
                aspectmode = "manual", aspectratio = new { x = 1, y = 1, z = 0.7 },
                // A closer eye than Plotly's default: the cube fills the chart instead of a third of it. It looks
                // down steeply (about 52°), so the near rim of a bowl does not hide the minimum at its bottom.
                camera = new { eye = new { x = 0.85, y = -0.85, z = 1.55 } },
            },
            height = 560,
            margin = new { l = 0, r = 0, t = 70, b = 0 },
        });
        return PlotlyChart.Create(layout, [.. traces]);
    }

    /// <summary>A 3-D surface of a catalogue landscape over its plot range, its known critical points analysed and marked.</summary>
    public static GenericChart Surface(Landscape landscape) =>
        Surface($"{landscape.Name}: f = {VerdictTable.PlainFormula(landscape.Latex)}", landscape.Value, landscape.PlotRange.Min, landscape.PlotRange.Max, Known(landscape));

    /// <summary>
    /// Contour lines of f over [min, max]² with the critical points marked, and optional named curves
    /// (e.g. a valley of minima) drawn on top.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="f">The function.</param>
    /// <param name="min">Lower end of both axes.</param>
    /// <param name="max">Upper end of both axes.</param>
    /// <param name="criticalPoints">Points to mark (their resolved kind sets the marker).</param>
    /// <param name="curves">Extra polylines, e.g. a critical set.</param>
    /// <param name="logValues">Colour by log₁₀(1 + f − min f), for valleys such as Rosenbrock's.</param>
    /// <param name="resolution">Grid points per side.</param>
    public static GenericChart Contour(string title, Func<double, double, double> f, double min, double max,
        IEnumerable<CriticalPointReport>? criticalPoints = null,
        IEnumerable<(string Name, double[] X, double[] Y)>? curves = null, bool logValues = false, int resolution = 101)
    {
        var traces = ContourTraces(f, min, max, criticalPoints, curves, logValues, resolution);
        return PlotlyChart.Create(SquareLayout(title), [.. traces]);
    }

    /// <summary>Contour lines of a catalogue landscape with its known critical points analysed and marked.</summary>
    public static GenericChart Contour(Landscape landscape, bool logValues = false) =>
        Contour($"{landscape.Name}: f = {VerdictTable.PlainFormula(landscape.Latex)}", landscape.Value, landscape.PlotRange.Min, landscape.PlotRange.Max,
            Known(landscape), logValues: logValues);

    /// <summary>The traces of <see cref="Contour(string, Func{double, double, double}, double, double, IEnumerable{CriticalPointReport}?, IEnumerable{ValueTuple{string, double[], double[]}}?, bool, int)"/>, for charts that add more on top.</summary>
    internal static List<Trace> ContourTraces(Func<double, double, double> f, double min, double max,
        IEnumerable<CriticalPointReport>? criticalPoints, IEnumerable<(string Name, double[] X, double[] Y)>? curves,
        bool logValues, int resolution)
    {
        var (xs, z) = Sample(f, min, max, resolution);
        if (logValues)
        {
            double lowest = z.Min(row => row.Min());
            z = z.Select(row => row.Select(v => Math.Log10(1 + v - lowest)).ToArray()).ToArray();
        }
        var traces = new List<Trace>
        {
            PlotlyChart.Trace("contour", new
            {
                x = xs, y = xs, z, ncontours = 30, colorscale = "Viridis", showscale = false, name = logValues ? "log₁₀(1 + f − min f)" : "f",
                contours = new { coloring = "lines" }, line = new { width = 1.2 },
            }),
        };
        foreach (var curve in curves ?? [])
            traces.Add(PlotlyChart.Trace("scatter", new { x = curve.X, y = curve.Y, mode = "lines", name = curve.Name, line = new { color = CriticalPointStyle.Colour(CriticalPointKind.Minimum), width = 3 } }));
        foreach (var group in Groups(criticalPoints))
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = group.Select(p => p.Point[0]).ToArray(),
                y = group.Select(p => p.Point[1]).ToArray(),
                mode = "markers",
                name = group.Key,
                marker = new { size = 12, color = CriticalPointStyle.Colour(group.First().ResolvedKind), symbol = CriticalPointStyle.Symbol(group.First().ResolvedKind), line = new { color = "white", width = 1 } },
                text = group.Select(p => p.Verdict).ToArray(),
            }));
        return traces;
    }

    /// <summary>
    /// A critical set in three dimensions: surfaces (e.g. a manifold of minima, green), lines (e.g.
    /// lines of saddles, orange) and analysed points marked by kind.
    /// </summary>
    public static GenericChart CriticalSet3D(string title,
        IEnumerable<(string Name, double[] X, double[] Y, double[][] Z)> surfaces,
        IEnumerable<(string Name, double[] X, double[] Y, double[] Z)> lines,
        IEnumerable<CriticalPointReport>? points = null)
    {
        ArgumentNullException.ThrowIfNull(surfaces);
        ArgumentNullException.ThrowIfNull(lines);
        var traces = new List<Trace>();
        bool first = true;
        foreach (var s in surfaces)
        {
            traces.Add(PlotlyChart.Trace("surface", new
            {
                x = s.X, y = s.Y, z = s.Z, name = s.Name, showscale = false, opacity = 0.75, showlegend = first,
                colorscale = new object[] { new object[] { 0, CriticalPointStyle.Colour(CriticalPointKind.Minimum) }, new object[] { 1, CriticalPointStyle.Colour(CriticalPointKind.Minimum) } },
            }));
            first = false;
        }
        foreach (var l in lines)
            traces.Add(PlotlyChart.Trace("scatter3d", new { x = l.X, y = l.Y, z = l.Z, mode = "lines", name = l.Name, line = new { width = 6, color = CriticalPointStyle.Colour(CriticalPointKind.Saddle) } }));
        foreach (var group in (points ?? []).Where(p => p.Point.Length == 3).GroupBy(CriticalPointStyle.Label))
            traces.Add(PlotlyChart.Trace("scatter3d", new
            {
                x = group.Select(p => p.Point[0]).ToArray(), y = group.Select(p => p.Point[1]).ToArray(), z = group.Select(p => p.Point[2]).ToArray(),
                mode = "markers", name = group.Key, text = group.Select(p => p.Verdict).ToArray(),
                marker = new { size = 6, color = CriticalPointStyle.Colour(group.First().ResolvedKind), symbol = CriticalPointStyle.Symbol(group.First().ResolvedKind) },
            }));
        if (traces.Count == 0) throw new ArgumentException("Give at least one surface, line or point.", nameof(surfaces));
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title },
            scene = new { xaxis = PlotlyChart.Axis("w₁"), yaxis = PlotlyChart.Axis("w₂"), zaxis = PlotlyChart.Axis("w₃"), aspectmode = "cube" },
            height = 520,
        });
        return PlotlyChart.Create(layout, [.. traces]);
    }

    /// <summary>How far above the surface the critical-point markers float, as a fraction of the surface's value range.</summary>
    public const double MarkerLiftFraction = 0.03;

    private static double Range(double[][] z) => z.Max(row => row.Max()) - z.Min(row => row.Min());

    internal static Layout SquareLayout(string title) => PlotlyChart.Layout(new
    {
        title = new { text = title },
        xaxis = PlotlyChart.Axis("x"),
        yaxis = new { title = new { text = "y" }, scaleanchor = "x" },
        height = 480,
        width = 560,
    });

    private static IEnumerable<CriticalPointReport> Known(Landscape landscape)
    {
        if (landscape.Dimension != 2) throw new ArgumentException($"{landscape.Name} has {landscape.Dimension} variables; only 2-D landscapes can be drawn.", nameof(landscape));
        return landscape.KnownCriticalPoints.Select(p => landscape.Analyze(p.Point));
    }

    private static IEnumerable<IGrouping<string, CriticalPointReport>> Groups(IEnumerable<CriticalPointReport>? points) =>
        (points ?? []).Where(p => p.Point.Length == 2).GroupBy(CriticalPointStyle.Label);

    private static (double[] Xs, double[][] Z) Sample(Func<double, double, double> f, double min, double max, int resolution)
    {
        ArgumentNullException.ThrowIfNull(f);
        Require.AtLeast(resolution, 2, nameof(resolution));
        double[] xs = Grid.Linspace(min, max, resolution);
        return (xs, Grid.Evaluate(f, xs, xs));
    }
}
