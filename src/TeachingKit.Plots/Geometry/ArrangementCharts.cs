using System.Numerics;
using Plotly.NET;
using TeachingKit.Geometry;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Geometry;

/// <summary>Pictures of hyperplane arrangements and of how their region counts grow.</summary>
public static class ArrangementCharts
{
    /// <summary>n points on a line: the n + 1 pieces coloured, the points marked.</summary>
    public static GenericChart PointsOnALine(IReadOnlyList<double> points, string title = "Points cut a line")
    {
        Require.NotEmpty(points, nameof(points));
        Require.AllFinite(points, nameof(points));
        var sorted = points.Distinct().OrderBy(p => p).ToArray();
        double pad = Math.Max(1, sorted[^1] - sorted[0]) * 0.3;
        var ends = sorted.Prepend(sorted[0] - pad).Append(sorted[^1] + pad).ToArray();
        var traces = new List<Trace>();
        for (int i = 0; i + 1 < ends.Length; i++)
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = new[] { ends[i], ends[i + 1] }, y = new[] { 0.0, 0.0 }, mode = "lines", showlegend = false,
                line = new { width = 14, color = Cycle(TranslucentSequence, i) }, hoverinfo = "skip",
            }));
        traces.Add(PlotlyChart.Trace("scatter", new
        {
            x = sorted, y = sorted.Select(_ => 0.0).ToArray(), mode = "markers", name = "hyperplanes (points)",
            marker = new { size = 12, color = "black", symbol = "line-ns-open", line = new { width = 3 } },
        }));
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = $"{title}: {sorted.Length} points, {sorted.Length + 1} pieces" },
            xaxis = PlotlyChart.Axis("x"),
            yaxis = new { visible = false, range = new[] { -1, 1 } },
            height = 250,
        });
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    /// <summary>
    /// Lines in the plane with every region coloured, inside <paramref name="box"/> (by default a
    /// square around all crossings, so every region shows); the title gives the exact count, and how many
    /// regions meet the box when a given box does not show them all.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// With the default box: the lines are nearly degenerate, so the picture would disagree with the exact count
    /// (see <see cref="LinearRegionPartition.OfAllRegions"/>).
    /// </exception>
    public static GenericChart LinesWithRegions(HyperplaneArrangement lines, Box2D? box = null, string title = "Regions of lines")
    {
        ArgumentNullException.ThrowIfNull(lines);
        RequirePlane(lines);
        var partition = box is null ? LinearRegionPartition.OfAllRegions(lines) : LinearRegionPartition.OfLines(lines, box);
        var exact = lines.CountRegions();
        string shown = partition.Count == exact ? "" : $", {partition.Count} of them meet the box";
        string text = $"{title}: {lines.Count} lines, {exact} regions{shown} (general position: {lines.GeneralPositionRegions})";
        return PlotlyChart.Create(LinesLayout(text, partition.Box), LinesTraces(partition, lines, highlightLast: false));
    }

    /// <summary>
    /// The lecture's induction as an animation: the lines are added one at a time (the newest in red);
    /// the k-th line is cut into as many pieces as it crosses earlier lines, and each piece splits a
    /// region. The slider names every step's exact count and increment.
    /// </summary>
    public static Figure AddingLines(HyperplaneArrangement lines, Box2D? box = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        RequirePlane(lines);
        bool showsAll = box is null;
        box ??= lines.BoxAroundVertices();
        var frames = new List<(string Name, Trace[] Traces)>();
        var previous = System.Numerics.BigInteger.One;
        for (int k = 1; k <= lines.Count; k++)
        {
            var first = new HyperplaneArrangement(2, lines.Hyperplanes.Take(k));
            var regions = first.CountRegions();
            // The box around all crossings also holds the crossings of the first k lines.
            var partition = showsAll ? LinearRegionPartition.OfAllRegions(first, box) : LinearRegionPartition.OfLines(first, box);
            frames.Add(($"{k} line{(k == 1 ? "" : "s")}: {regions} regions (+{regions - previous})", LinesTraces(partition, first, highlightLast: true)));
            previous = regions;
        }
        var chart = PlotlyChart.Create(LinesLayout("Adding lines one at a time: the new line (red) splits one region per piece", box), frames[0].Traces);
        return PlotlyChart.Animated(chart, frames, frameDurationMs: 900);
    }

    private static Layout LinesLayout(string title, Box2D box) => PlotlyChart.Layout(new
    {
        title = new { text = title },
        xaxis = new { title = new { text = "x₁" }, range = new[] { box.XMin, box.XMax }, constrain = "domain" },
        yaxis = new { title = new { text = "x₂" }, range = new[] { box.YMin, box.YMax }, scaleanchor = "x", constrain = "domain" },
        showlegend = false,
    });

    /// <summary>Coloured regions (always one trace per palette colour, so animation frames line up), the lines, and the newest line in red.</summary>
    private static Trace[] LinesTraces(LinearRegionPartition partition, HyperplaneArrangement lines, bool highlightLast)
    {
        var box = partition.Box;
        var traces = RegionCharts.FilledPolygons(partition.Regions, showBoundaries: false, keepEmpty: true).ToList();
        var older = lines.Hyperplanes.Take(highlightLast ? lines.Count - 1 : lines.Count);
        traces.Add(LineTrace(older, box, "black"));
        if (highlightLast) traces.Add(LineTrace(lines.Hyperplanes.Skip(lines.Count - 1), box, Red));
        return traces.ToArray();
    }

    private static void RequirePlane(HyperplaneArrangement lines)
    {
        if (lines.Dimension != 2 || lines.Count == 0)
            throw new ArgumentException($"lines must hold at least one line in the plane, but it holds {lines.Count} hyperplanes in R^{lines.Dimension}.", nameof(lines));
    }

    /// <summary>The lines as one scatter trace of long segments through the box, separated by gaps.</summary>
    private static Trace LineTrace(IEnumerable<Hyperplane> lines, Box2D box, string colour)
    {
        var xs = new List<double?>();
        var ys = new List<double?>();
        foreach (var h in lines)
        {
            var (x0, y0, x1, y1) = FarSegment(h.Normal[0], h.Normal[1], h.Offset, box);
            xs.AddRange([x0, x1, null]);
            ys.AddRange([y0, y1, null]);
        }
        return PlotlyChart.Trace("scatter", new { x = xs, y = ys, mode = "lines", line = new { color = colour, width = 2.5 }, hoverinfo = "skip" });
    }

    /// <summary>
    /// A segment of the line a·x + b·y = c that runs far beyond <paramref name="box"/> both ways (the axes' ranges clip it):
    /// from the line's point nearest the box centre, four box widths along the line each way.
    /// </summary>
    internal static (double X0, double Y0, double X1, double Y1) FarSegment(double a, double b, double c, Box2D box)
    {
        double far = 4 * Math.Max(box.XMax - box.XMin, box.YMax - box.YMin);
        double cx = (box.XMin + box.XMax) / 2, cy = (box.YMin + box.YMax) / 2, norm = Math.Sqrt(a * a + b * b);
        double s = (c - a * cx - b * cy) / (norm * norm);
        double px = cx + s * a, py = cy + s * b, dx = -b / norm, dy = a / norm;
        return (px - far * dx, py - far * dy, px + far * dx, py + far * dy);
    }

    /// <summary>Planes in R^3 drawn as translucent squares inside the cube [−halfWidth, halfWidth]³.</summary>
    public static GenericChart PlanesInSpace(HyperplaneArrangement planes, double halfWidth = 2, string title = "Planes cut space")
    {
        ArgumentNullException.ThrowIfNull(planes);
        Require.Positive(halfWidth, nameof(halfWidth));
        if (planes.Dimension != 3) throw new ArgumentException($"planes must live in R^3, not R^{planes.Dimension}.", nameof(planes));
        var grid = new[] { -halfWidth, halfWidth };
        var traces = new List<Trace>();
        int index = 0;
        foreach (var h in planes.Hyperplanes)
        {
            // Solve for the coordinate with the largest normal component over a 2 × 2 grid of the other two.
            int k = Enumerable.Range(0, 3).OrderByDescending(i => Math.Abs(h.Normal[i])).First();
            int u = (k + 1) % 3, v = (k + 2) % 3;
            var coords = new double[3][][];
            for (int c = 0; c < 3; c++) coords[c] = [new double[2], new double[2]];
            for (int i = 0; i < 2; i++)
                for (int j = 0; j < 2; j++)
                {
                    coords[u][i][j] = grid[j];
                    coords[v][i][j] = grid[i];
                    coords[k][i][j] = (h.Offset - h.Normal[u] * grid[j] - h.Normal[v] * grid[i]) / h.Normal[k];
                }
            string colour = Cycle(index++);
            traces.Add(PlotlyChart.Trace("surface", new
            {
                x = coords[0], y = coords[1], z = coords[2], opacity = 0.55, showscale = false, name = h.ToString(),
                colorscale = new object[] { new object[] { 0, colour }, new object[] { 1, colour } },
            }));
        }
        var range = new[] { -halfWidth, halfWidth };
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = $"{title}: {planes.Count} planes, {planes.CountRegions()} regions (general position: {planes.GeneralPositionRegions})" },
            scene = new
            {
                xaxis = new { range }, yaxis = new { range }, zaxis = new { range }, aspectmode = "cube",
                // A closer eye than Plotly's default: the cube fills the chart instead of a third of it.
                camera = new { eye = new { x = 1.15, y = 1.15, z = 0.9 } },
            },
            height = 560,
            margin = new { l = 0, r = 0, t = 70, b = 0 },
        });
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    /// <summary>
    /// Σ_{j≤d} C(n, j) against n for d = 1..maxDimension on a logarithmic axis, each with its
    /// asymptote n^d / d! dashed: polynomial growth whose degree is the dimension.
    /// </summary>
    public static GenericChart Growth(int maxHyperplanes = 50, int maxDimension = 5)
    {
        Require.AtLeast(maxHyperplanes, 2, nameof(maxHyperplanes));
        Require.AtLeast(maxDimension, 1, nameof(maxDimension));
        var ns = Enumerable.Range(1, maxHyperplanes).ToArray();
        var traces = new List<Trace>();
        for (int d = 1; d <= maxDimension; d++)
        {
            string colour = Cycle(d - 1);
            int dim = d;
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = ns, y = ns.Select(n => (double)GeneralPositionCount.Regions(n, dim)).ToArray(),
                mode = "lines", name = $"d = {d}: Σ C(n, j)", line = new { color = colour, width = 3 },
            }));
            var large = ns.Where(n => n >= dim).ToArray(); // below n = d the asymptote is meaningless (n^d/d! < 1)
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = large, y = large.Select(n => GeneralPositionCount.Asymptotic(n, dim)).ToArray(),
                mode = "lines", name = $"d = {d}: nᵈ/d!", line = new { color = colour, dash = "dash", width = 1.5 },
            }));
        }
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Regions of n hyperplanes in general position in Rᵈ" },
            xaxis = PlotlyChart.Axis("number of hyperplanes n"),
            // Powers of ten (10⁶), not SI prefixes (1M): the axis is a count.
            yaxis = PlotlyChart.LogAxis("regions (log scale)"),
        });
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    /// <summary>
    /// Formula, exact count and Monte Carlo estimate side by side as n grows; optionally the number of
    /// regions that meet the sampled box, the most the Monte Carlo count can ever reach.
    /// </summary>
    public static GenericChart CountComparison(
        IReadOnlyList<int> hyperplaneCounts, IReadOnlyList<BigInteger> formula, IReadOnlyList<BigInteger> exact,
        IReadOnlyList<int> monteCarlo, string title = "Formula, exact count and Monte Carlo",
        IReadOnlyList<int>? meetingTheBox = null)
    {
        Require.NotEmpty(hyperplaneCounts, nameof(hyperplaneCounts));
        Require.SameLength(formula.Count, hyperplaneCounts.Count, nameof(formula), nameof(hyperplaneCounts));
        Require.SameLength(exact.Count, hyperplaneCounts.Count, nameof(exact), nameof(hyperplaneCounts));
        Require.SameLength(monteCarlo.Count, hyperplaneCounts.Count, nameof(monteCarlo), nameof(hyperplaneCounts));
        if (meetingTheBox is not null)
            Require.SameLength(meetingTheBox.Count, hyperplaneCounts.Count, nameof(meetingTheBox), nameof(hyperplaneCounts));
        Trace Series(string name, IEnumerable<double> values, string symbol, string dash) => PlotlyChart.Trace("scatter", new
        {
            x = hyperplaneCounts, y = values.ToArray(), mode = "lines+markers", name,
            marker = new { symbol, size = 9 }, line = new { dash },
        });
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = PlotlyChart.Axis("number of hyperplanes n"),
            yaxis = PlotlyChart.Axis("regions"),
        });
        var traces = new List<Trace>
        {
            Series("formula Σ C(n, j)", formula.Select(v => (double)v), "circle", "solid"),
            Series("exact (deletion–restriction)", exact.Select(v => (double)v), "x", "dot"),
        };
        if (meetingTheBox is not null)
            traces.Add(Series("regions meeting the sampled box", meetingTheBox.Select(v => (double)v), "square-open", "dashdot"));
        traces.Add(Series("Monte Carlo (distinct sign vectors)", monteCarlo.Select(v => (double)v), "triangle-up", "dash"));
        return PlotlyChart.Create(layout, traces.ToArray());
    }
}
