using System.Reflection;
using Microsoft.FSharp.Collections;
using Plotly.NET;

namespace TeachingKit.Plots;

/// <summary>
/// Builds Plotly.NET charts from plotly.js attributes written as C# anonymous objects, e.g.
/// <c>PlotlyChart.Trace("scatter", new { x, y, mode = "lines", name = "loss" })</c>.
/// </summary>
/// <remarks>
/// Plotly.NET 6's typed chart functions take every optional argument as an F# option, which
/// C# cannot omit. Writing the plotly.js attributes directly keeps the chart code short and
/// lets the plotly.js reference (https://plotly.com/javascript/reference/) document it.
/// </remarks>
public static class PlotlyChart
{
    /// <summary>A trace of the given plotly.js type with the attributes of <paramref name="attributes"/>.</summary>
    public static Trace Trace(string type, object attributes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        var trace = new Trace(type);
        CopyAttributes(attributes, trace);
        return trace;
    }

    /// <summary>A layout with the attributes of <paramref name="attributes"/> (title, xaxis, yaxis, …).</summary>
    public static Layout Layout(object attributes)
    {
        var layout = new Layout();
        CopyAttributes(attributes, layout);
        return layout;
    }

    /// <summary>A chart of the given traces under one layout.</summary>
    public static GenericChart Create(Layout layout, params Trace[] traces)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (traces is null || traces.Length == 0)
            throw new ArgumentException("A chart needs at least one trace.", nameof(traces));
        var config = new Config();
        config.SetProperty("responsive", true);
        return GenericChart.NewMultiChart(ListModule.OfSeq(traces), layout, config, new DisplayOptions());
    }

    /// <summary>
    /// An animated figure: <paramref name="chart"/> is the first picture, each frame replaces its
    /// traces (same order), and a play button and a slider step through the frames.
    /// </summary>
    /// <remarks>
    /// Plotly.NET's <see cref="GenericChart"/> carries no frames, so animations are returned as a
    /// <see cref="Figure"/>; the kit's runner renders both. <paramref name="frameDurationMs"/> is
    /// the time each frame is shown.
    /// </remarks>
    public static Figure Animated(GenericChart chart, IReadOnlyList<(string Name, Trace[] Traces)> frames, int frameDurationMs = 300)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (frames is null || frames.Count == 0)
            throw new ArgumentException("An animation needs at least one frame.", nameof(frames));
        if (frameDurationMs <= 0)
            throw new ArgumentOutOfRangeException(nameof(frameDurationMs), frameDurationMs, "frameDurationMs must be positive.");

        var plotlyFrames = frames.Select(f =>
        {
            var frame = new Frame();
            frame.SetProperty("name", f.Name);
            frame.SetProperty("data", f.Traces);
            return frame;
        }).ToList();
        var animation = new { frame = new { duration = frameDurationMs, redraw = true }, transition = new { duration = 0 }, mode = "immediate" };
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("updatemenus", new[]
        {
            new
            {
                type = "buttons", direction = "left", showactive = false, x = 0.0, y = 0.0, xanchor = "left", yanchor = "top",
                pad = new { t = ButtonsOffsetPx, r = 0, b = 0, l = 0 },
                buttons = new object[]
                {
                    new { label = "▶ Play", method = "animate", args = new object?[] { null, animation } },
                    new { label = "❚❚ Pause", method = "animate", args = new object[] { new object?[] { null }, new { frame = new { duration = 0, redraw = false }, mode = "immediate" } } },
                },
            },
        });
        layout.SetProperty("sliders", new[]
        {
            new
            {
                x = 0.0, len = 1.0, y = 0.0, xanchor = "left", yanchor = "top", pad = new { t = SliderOffsetPx, r = 0, b = 0, l = 0 },
                currentvalue = new { prefix = "frame: " },
                steps = frames.Select(f => new { label = f.Name, method = "animate", args = new object[] { new[] { f.Name }, animation } }).ToArray(),
            },
        });
        // Room below the plot for the x-axis title, the buttons and the slider; a chart with its own margin keeps it.
        if (!Microsoft.FSharp.Core.OptionModule.IsSome(layout.TryGetTypedPropertyValue<object>("margin")))
            layout.SetProperty("margin", new { b = BottomMarginPx });
        if (!Microsoft.FSharp.Core.OptionModule.IsSome(layout.TryGetTypedPropertyValue<object>("height")))
            layout.SetProperty("height", DefaultHeightPx + BottomMarginPx - 80);
        return new Figure(GenericChart.getTraces(chart), layout, ListModule.OfSeq(plotlyFrames));
    }

    // Pixel offsets below the plot area (plotly.js pads are in pixels, paper y would shift with the height):
    // the x-axis title ends about 50 px below the axis, then the buttons row, then the slider with its labels.
    internal const int ButtonsOffsetPx = 60;
    internal const int SliderOffsetPx = 100;
    internal const int BottomMarginPx = 200;
    private const int DefaultHeightPx = 450;   // plotly.js's default height, whose default bottom margin is 80 px

    /// <summary>A plotly.js axis object with a title and, optionally, a logarithmic scale.</summary>
    public static object Axis(string title, bool logarithmic = false) =>
        logarithmic ? new { title = new { text = title }, type = "log" } : new { title = new { text = title } };

    /// <summary>
    /// A logarithmic plotly.js axis whose ticks read as powers of ten (10³ rather than 1k or 1e+3);
    /// with <paramref name="tickEveryDecade"/> one tick per decade.
    /// </summary>
    public static object LogAxis(string title, bool tickEveryDecade = false) =>
        tickEveryDecade
            ? new { title = new { text = title }, type = "log", dtick = 1, exponentformat = "power" }
            : new { title = new { text = title }, type = "log", exponentformat = "power" };

    private static void CopyAttributes(object attributes, DynamicObj.DynamicObj target)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        foreach (PropertyInfo property in attributes.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            object? value = property.GetValue(attributes);
            if (value is not null) target.SetProperty(property.Name, value);
        }
    }
}
