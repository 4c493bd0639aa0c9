using Plotly.NET;
using TeachingKit.Geometry;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Geometry;

/// <summary>Maps of the linear regions of a ReLU network on a box of the plane.</summary>
public static class RegionCharts
{
    /// <summary>
    /// Every region filled in its own colour (neighbours rarely share one), boundaries drawn; hovering
    /// shows nothing heavy so maps of thousands of regions stay responsive.
    /// </summary>
    public static GenericChart RegionMap(LinearRegionPartition partition, string title = "Linear regions")
    {
        ArgumentNullException.ThrowIfNull(partition);
        var traces = FilledPolygons(partition.Regions, showBoundaries: partition.Count <= 3000);
        var box = partition.Box;
        var widths = string.Join("–", partition.Network.Widths);
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = $"{title}: widths {widths} ({partition.Network.NeuronCount} neurons), {partition.Count} regions" },
            xaxis = new { title = new { text = "x₁" }, range = new[] { box.XMin, box.XMax }, constrain = "domain" },
            yaxis = new { title = new { text = "x₂" }, range = new[] { box.YMin, box.YMax }, scaleanchor = "x", constrain = "domain" },
            showlegend = false,
        });
        return PlotlyChart.Create(layout, traces);
    }

    /// <summary>The network's output as a surface over the box: flat facets, one per linear region.</summary>
    public static GenericChart Surface(LinearRegionPartition partition, string title = "The network is piecewise affine")
    {
        ArgumentNullException.ThrowIfNull(partition);
        var x = new List<double>(); var y = new List<double>(); var z = new List<double>();
        var i = new List<int>(); var j = new List<int>(); var k = new List<int>();
        foreach (var region in partition.Regions)
        {
            int first = x.Count;
            for (int v = 0; v < region.Polygon.VertexCount; v++)
            {
                double px = region.Polygon.Xs[v], py = region.Polygon.Ys[v];
                x.Add(px); y.Add(py); z.Add(region.Evaluate(px, py));
            }
            for (int v = 1; v + 1 < region.Polygon.VertexCount; v++) { i.Add(first); j.Add(first + v); k.Add(first + v + 1); }
        }
        // The colour bar sits right next to the scene (not at the chart's far edge) and is as tall as the surface.
        var mesh = PlotlyChart.Trace("mesh3d", new
        {
            x, y, z, i, j, k, intensity = z, colorscale = "Viridis", flatshading = true, name = "f(x)",
            colorbar = new { title = new { text = "f" }, x = ColourBarX, xanchor = "left", len = 0.7, thickness = 16 },
        });
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = $"{title}: {partition.Count} affine pieces" },
            scene = new
            {
                xaxis = new { title = new { text = "x₁" } }, yaxis = new { title = new { text = "x₂" } }, zaxis = new { title = new { text = "f" } },
                aspectmode = "manual", aspectratio = new { x = 1, y = 1, z = 0.6 },
                // A closer eye than Plotly's default: the surface fills the chart instead of a third of it.
                camera = new { eye = new { x = 1.3, y = -1.3, z = 0.9 } },
                domain = new { x = new[] { 0.0, SceneRight }, y = new[] { 0.0, 1.0 } },
            },
            height = 560,
            margin = new { l = 0, r = 0, t = 70, b = 0 },
        });
        return PlotlyChart.Create(layout, mesh);
    }

    /// <summary>The right edge of <see cref="Surface"/>'s 3-D scene, as a fraction of the chart width.</summary>
    public const double SceneRight = 0.86;

    /// <summary>Where <see cref="Surface"/>'s colour bar starts: just right of the scene.</summary>
    public const double ColourBarX = 0.87;

    /// <summary>The rows of <see cref="DepthComparison.Compute"/> as four curves against depth (log scale).</summary>
    public static GenericChart CountsByDepth(IReadOnlyList<DepthComparisonRow> rows)
    {
        Require.NotEmpty(rows, nameof(rows));
        return CountsByDepth(rows.Select(r => r.Depth).ToArray(),
            ($"folding, {DepthComparison.NeuronsPerLayer} neurons per layer", rows.Select(r => r.Folding).ToArray()),
            ($"shallow, same {DepthComparison.NeuronsPerLayer}L neurons", rows.Select(r => r.Shallow).ToArray()),
            ($"random init, {DepthComparison.NeuronsPerLayer} neurons per layer", rows.Select(r => r.RandomDeep).ToArray()),
            ($"shallow maximum 1 + {DepthComparison.NeuronsPerLayer}L + C({DepthComparison.NeuronsPerLayer}L, 2)", rows.Select(r => r.ShallowMaximum).ToArray()));
    }

    /// <summary>Region count against depth (log scale), for example the folding network against a shallow one.</summary>
    public static GenericChart CountsByDepth(IReadOnlyList<int> depths, params (string Name, IReadOnlyList<int> Counts)[] series)
    {
        Require.NotEmpty(depths, nameof(depths));
        if (series is null || series.Length == 0) throw new ArgumentException("Give at least one series.", nameof(series));
        foreach (var s in series) Require.SameLength(s.Counts.Count, depths.Count, $"series '{s.Name}'", nameof(depths));
        var traces = series.Select(s => PlotlyChart.Trace("scatter", new { x = depths, y = s.Counts, mode = "lines+markers", name = s.Name })).ToArray();
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Linear regions in the unit square versus depth" },
            xaxis = PlotlyChart.Axis("depth (hidden layers)"),
            // Powers of ten (10³), not SI prefixes (1k): the axis is a count.
            yaxis = PlotlyChart.LogAxis("regions (log scale)"),
        });
        return PlotlyChart.Create(layout, traces);
    }

    /// <summary>
    /// Regions as a few scatter traces (one per palette colour, polygons separated by gaps and
    /// filled "toself"), cheap to draw for thousands of regions. Boundaries are drawn as thin lines
    /// when <paramref name="showBoundaries"/> is set; <paramref name="keepEmpty"/> keeps unused colours
    /// as empty traces so that animation frames have the same traces.
    /// </summary>
    internal static Trace[] FilledPolygons(IReadOnlyList<LinearRegion> regions, bool showBoundaries, bool keepEmpty = false)
    {
        var palette = TranslucentSequence;
        int[] colours = Colours(regions);
        var xs = palette.Select(_ => new List<double?>()).ToArray();
        var ys = palette.Select(_ => new List<double?>()).ToArray();
        for (int p = 0; p < regions.Count; p++)
        {
            var polygon = regions[p].Polygon;
            int c = colours[p];
            for (int v = 0; v <= polygon.VertexCount; v++)
            {
                xs[c].Add(polygon.Xs[v % polygon.VertexCount]);
                ys[c].Add(polygon.Ys[v % polygon.VertexCount]);
            }
            xs[c].Add(null); ys[c].Add(null);
        }
        var traces = new List<Trace>();
        for (int c = 0; c < palette.Count; c++)
        {
            if (xs[c].Count == 0 && !keepEmpty) continue;
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = xs[c], y = ys[c], mode = "lines", fill = "toself", fillcolor = palette[c], hoverinfo = "skip",
                line = new { width = showBoundaries ? 0.8 : 0, color = showBoundaries ? "rgba(0,0,0,0.6)" : palette[c] },
            }));
        }
        return traces.ToArray();
    }

    /// <summary>
    /// Greedy colouring: regions whose activation patterns differ in one neuron (neighbours across
    /// that neuron's boundary) get different palette colours whenever the palette allows.
    /// </summary>
    private static int[] Colours(IReadOnlyList<LinearRegion> regions)
    {
        int k = TranslucentSequence.Count;
        var index = new Dictionary<string, int>();
        for (int r = 0; r < regions.Count; r++) index.TryAdd(regions[r].PatternText, r);
        var colours = new int[regions.Count];
        Array.Fill(colours, -1);
        var used = new bool[k];
        for (int r = 0; r < regions.Count; r++)
        {
            Array.Clear(used);
            char[] pattern = regions[r].PatternText.ToCharArray();
            for (int bit = 0; bit < pattern.Length; bit++)
            {
                pattern[bit] = pattern[bit] == '1' ? '0' : '1';
                if (index.TryGetValue(new string(pattern), out int neighbour) && colours[neighbour] >= 0) used[colours[neighbour]] = true;
                pattern[bit] = pattern[bit] == '1' ? '0' : '1';
            }
            // Start the search at a scrambled colour so the map uses the whole palette, not just two colours.
            int start = (int)((uint)(r * 2654435761u) % (uint)k), colour = start;
            for (int t = 0; t < k && used[colour]; t++) colour = (start + t + 1) % k;
            colours[r] = colour;
        }
        return colours;
    }
}
