using Plotly.NET;
using TeachingKit.Geometry;
using TeachingKit.Networks;
using TeachingKit.Plots.Geometry;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.SpuriousMinima;

/// <summary>2-D data with the line of each hidden unit: where a network is stuck, and which ReLU units are dead.</summary>
public static class UnitLineCharts
{
    private static readonly string[] Palette = [Blue, Orange, Purple, Brown, Pink, Cyan, Olive, Green];
    private const string DeadColour = Red, ReferenceColour = Green;

    /// <summary>
    /// The inputs of <paramref name="data"/> (coloured by class for one-hot targets, by target value otherwise) and the
    /// line w·x + b = 0 of each unit, dead units red and dotted, and optional reference lines (the optimum's) green and dashed.
    /// </summary>
    /// <param name="data">The 2-D inputs and their targets.</param>
    /// <param name="lines">One line per hidden unit.</param>
    /// <param name="dead">Per unit, whether it is dead (null: none marked).</param>
    /// <param name="reference">Lines to compare with, e.g. the teacher's or a solved network's (null: none).</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="referenceName">The legend entry of the reference lines.</param>
    public static GenericChart DataWithLines(Dataset data, IReadOnlyList<UnitLine> lines, IReadOnlyList<bool>? dead = null,
        IReadOnlyList<UnitLine>? reference = null, string title = "Hidden units' lines", string referenceName = "optimum")
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(lines);
        Require.SameLength(data.InputDimension, 2, "data inputs", "a plane (2 inputs)");
        if (dead is not null) Require.SameLength(dead.Count, lines.Count, nameof(dead), nameof(lines));
        var box = BoxAround(data);
        var traces = new List<Trace>(PointTraces(data));
        if (reference is not null)
            traces.AddRange(reference.Select((l, i) => LineTrace(l, box, i == 0 ? referenceName : null, ReferenceColour, "dash", 2, referenceName)));
        traces.AddRange(lines.Select((l, i) => dead?[i] == true
            ? LineTrace(l, box, $"unit {i} (dead)", DeadColour, "dot", 3, null)
            : LineTrace(l, box, $"unit {i}", Cycle(Palette, i), "solid", 2.5, null)));
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = new { title = new { text = "x₁" }, range = new[] { box.XMin, box.XMax }, constrain = "domain" },
            yaxis = new { title = new { text = "x₂" }, range = new[] { box.YMin, box.YMax }, scaleanchor = "x", constrain = "domain" },
        });
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    private static IEnumerable<Trace> PointTraces(Dataset data)
    {
        if (data.OutputDimension == 2)
        {
            for (int c = 0; c < 2; c++)
            {
                var points = data.Inputs.Where((_, s) => Array.IndexOf(data.Targets[s], data.Targets[s].Max()) == c).ToArray();
                yield return PlotlyChart.Trace("scatter", new
                {
                    x = points.Select(p => p[0]).ToArray(), y = points.Select(p => p[1]).ToArray(), mode = "markers", name = $"class {c}",
                    marker = new { size = 10, symbol = c == 0 ? "circle" : "x", color = c == 0 ? "#444444" : Orange },
                });
            }
            yield break;
        }
        yield return PlotlyChart.Trace("scatter", new
        {
            x = data.Inputs.Select(p => p[0]).ToArray(), y = data.Inputs.Select(p => p[1]).ToArray(), mode = "markers", name = "inputs (colour: target)",
            marker = new { size = 6, color = data.Targets.Select(t => t[0]).ToArray(), colorscale = "Greys", showscale = false, line = new { width = 0.5, color = "#888888" } },
        });
    }

    private static Trace LineTrace(UnitLine line, Box2D box, string? name, string colour, string dash, double width, string? group)
    {
        // w₁x₁ + w₂x₂ + b = 0 is the line a·x + b·y = c with (a, b, c) = (w₁, w₂, −b); a unit whose weights are both 0 has no line.
        bool exists = line.W1 != 0 || line.W2 != 0;
        var (x0, y0, x1, y1) = exists ? ArrangementCharts.FarSegment(line.W1, line.W2, -line.B, box) : (0, 0, 0, 0);
        return PlotlyChart.Trace("scatter", new
        {
            x = exists ? new[] { x0, x1 } : [], y = exists ? new[] { y0, y1 } : [], mode = "lines", name = name ?? "", showlegend = name is not null,
            legendgroup = group ?? name ?? "", line = new { color = colour, dash, width },
        });
    }

    private static Box2D BoxAround(Dataset data)
    {
        double xMin = data.Inputs.Min(p => p[0]), xMax = data.Inputs.Max(p => p[0]);
        double yMin = data.Inputs.Min(p => p[1]), yMax = data.Inputs.Max(p => p[1]);
        double pad = 0.15 * Math.Max(xMax - xMin, yMax - yMin);
        return new Box2D(xMin - pad, xMax + pad, yMin - pad, yMax + pad);
    }
}
