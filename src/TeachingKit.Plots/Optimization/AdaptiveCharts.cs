using System.Globalization;
using Plotly.NET;
using TeachingKit.Optimization;
using TeachingKit.Sampling;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Optimization;

/// <summary>Charts of the adaptive methods: bias correction, moments, per-weight step sizes, and the optimizer race.</summary>
public static class AdaptiveCharts
{
    /// <summary>Adam's step per learning rate over the first steps, with and without bias correction, and the closed form.</summary>
    public static GenericChart BiasCorrectionSteps(IReadOnlyList<BiasCorrectionPoint> points)
    {
        Require.NotEmpty(points, nameof(points));
        var t = points.Select(p => p.Step).ToArray();
        return PlotlyChart.Create(StepLayout("Adam on a constant gradient: step size with and without bias correction", "|Δθ| / learning rate", false),
            PlotlyChart.Trace("scatter", new { x = t, y = points.Select(p => p.Corrected).ToArray(), mode = "lines", name = "with bias correction" }),
            PlotlyChart.Trace("scatter", new { x = t, y = points.Select(p => p.Uncorrected).ToArray(), mode = "lines", line = new { width = 4 }, name = "without (measured)" }),
            PlotlyChart.Trace("scatter", new
            {
                // Every 5th step (and the first 12, around the peak): dense markers would hide the measured line.
                x = t.Where((_, i) => i < 12 || i % 5 == 4).ToArray(),
                y = points.Where((_, i) => i < 12 || i % 5 == 4).Select(p => p.UncorrectedTheory).ToArray(),
                mode = "markers", marker = new { size = 6, symbol = "circle-open", color = "black" },
                name = "without: (1 − β₁ᵗ)/√(1 − β₂ᵗ)",
            }));
    }

    /// <summary>
    /// Measured curves (thick, solid) against closed-form curves (thin, dashed, drawn on top) sampled at the same
    /// steps, so that a measurement lying exactly on its theory stays visible instead of being painted over.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="yTitle">Label of the y axis (the x axis is the step t).</param>
    /// <param name="steps">The steps t, one per value.</param>
    /// <param name="measured">Named measured curves.</param>
    /// <param name="theory">Named closed-form curves.</param>
    public static GenericChart MeasuredAgainstTheory(string title, string yTitle, IReadOnlyList<double> steps,
        IReadOnlyList<(string Name, IReadOnlyList<double> Values)> measured, params (string Name, IReadOnlyList<double> Values)[] theory)
    {
        Require.NotEmpty(steps, nameof(steps));
        Require.NotEmpty(measured, nameof(measured));
        theory ??= [];
        foreach (var curve in measured)
            if (curve.Values.Count != steps.Count)
                throw new ArgumentException($"The measured curve '{curve.Name}' has {curve.Values.Count} values, but steps has {steps.Count}; they must match.", nameof(measured));
        foreach (var curve in theory)
            if (curve.Values.Count != steps.Count)
                throw new ArgumentException($"The theory curve '{curve.Name}' has {curve.Values.Count} values, but steps has {steps.Count}; they must match.", nameof(theory));
        var traces = measured.Select((c, i) => PlotlyChart.Trace("scatter", new
        {
            x = steps, y = c.Values, mode = "lines", name = c.Name, line = new { width = 5, color = Cycle(WeightColours, i) },
        })).Concat(theory.Select(c => PlotlyChart.Trace("scatter", new
        {
            x = steps, y = c.Values, mode = "lines", name = c.Name, line = new { width = 2, dash = "dash", color = "black" },
        }))).ToArray();
        return PlotlyChart.Create(StepLayout(title, yTitle, false), traces);
    }

    /// <summary>Raw and bias-corrected moments against the step, with the true mean and mean square as dashed lines.</summary>
    public static GenericChart Moments(MomentTrace trace, double mean, double meanSquare)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var t = Enumerable.Range(1, trace.FirstMoment.Length).ToArray();
        return PlotlyChart.Create(StepLayout("Raw versus bias-corrected moments (noisy gradient)", "moment estimate", false),
            Line(t, trace.FirstMoment, "s (raw first moment)", "solid", Blue),
            Line(t, trace.CorrectedFirstMoment, "ŝ (corrected)", "solid", LightBlue),
            Line(t, trace.SecondMoment, "r (raw second moment)", "solid", Red),
            Line(t, trace.CorrectedSecondMoment, "r̂ (corrected)", "solid", LightRed),
            Line([t[0], t[^1]], [mean, mean], string.Create(CultureInfo.InvariantCulture, $"⟨g⟩ = {mean:G4}"), "dash", Blue),
            Line([t[0], t[^1]], [meanSquare, meanSquare], string.Create(CultureInfo.InvariantCulture, $"⟨g²⟩ = {meanSquare:G4}"), "dash", Red));
    }

    // plotly.js's first five default colours, one per weight or measured curve.
    private static readonly string[] WeightColours = [Blue, Orange, Green, Red, Purple];

    /// <summary>
    /// One quantity per weight against the step (e.g. effective learning rate or step, per learning rate),
    /// with each weight's predicted long-run level as a dashed line of the same colour.
    /// </summary>
    public static GenericChart PerWeight(string title, string yTitle, IReadOnlyList<double[]> series, IReadOnlyList<double> predicted, bool logarithmic = true)
    {
        Require.NotEmpty(series, nameof(series));
        Require.SameLength(predicted.Count, series.Count, nameof(predicted), nameof(series));
        var traces = new List<Trace>();
        for (int i = 0; i < series.Count; i++)
        {
            var t = Enumerable.Range(1, series[i].Length).ToArray();
            string colour = Cycle(WeightColours, i);
            // Earlier weights drawn wider, so that equal levels (weights 1 and 3's learning rates) both stay visible.
            traces.Add(Line(t, series[i], $"weight {i + 1}", "solid", colour, 2 + 2 * (series.Count - 1 - i)));
            traces.Add(Line([1, t[^1]], [predicted[i], predicted[i]],
                string.Create(CultureInfo.InvariantCulture, $"weight {i + 1} predicted {predicted[i]:G3}"), "dash", colour));
        }
        return PlotlyChart.Create(StepLayout(title, yTitle, logarithmic), traces.ToArray());
    }

    /// <summary>
    /// The race as paths over the contour lines of the course's landscape (log-spaced for landscapes
    /// with minimum 0, linear for the saddle), with the start and the drawing box of the course.
    /// </summary>
    public static GenericChart RaceOnContour(RaceCourse course, IReadOnlyList<OptimizationResult> runs) =>
        PlotlyChart.Create(RaceLayout(course, $"The race on {course.Title}: paths"), [.. Paths(runs, int.MaxValue), Contour(course)]);

    /// <summary>
    /// The race as an animation: <paramref name="frames"/> frames, each drawing every path up to its step,
    /// over the contour lines, with a play button and a slider (<see cref="PlotlyChart.Animated"/>).
    /// </summary>
    public static Figure RaceAnimation(RaceCourse course, IReadOnlyList<OptimizationResult> runs, int frames = 40)
    {
        ArgumentNullException.ThrowIfNull(course);
        Require.AtLeast(frames, 2, nameof(frames));
        // The paths come first and the contour last, so a frame replaces the paths and keeps the contour.
        var first = PlotlyChart.Create(RaceLayout(course, $"The race on {course.Title} (press ▶)"), [.. Paths(runs, 0), Contour(course)]);
        var list = Enumerable.Range(0, frames)
            .Select(j => (int)Math.Round(j * (double)course.Steps / (frames - 1)))
            .Select(k => ($"step {k}", Paths(runs, k))).ToList();
        return PlotlyChart.Animated(first, list, frameDurationMs: 150);
    }

    /// <summary>The loss of every racer against the step: logarithmic when all losses are positive, linear otherwise (the saddle).</summary>
    public static GenericChart RaceLosses(RaceCourse course, IReadOnlyList<OptimizationResult> runs)
    {
        ArgumentNullException.ThrowIfNull(course);
        CheckRuns(runs);
        bool positive = runs.All(r => r.Trajectory.Losses.ToArray().All(l => l > 0));
        // plotly.js has 10 default colours: the 11th racer on repeats the 1st colour, so it is drawn dashed.
        var traces = runs.Select((r, i) => PlotlyChart.Trace("scatter", new
        {
            x = Enumerable.Range(0, r.Trajectory.Count).ToArray(), y = r.Trajectory.Losses.ToArray(), mode = "lines", name = r.Optimizer,
            line = new { dash = i / 10 % 2 == 0 ? "solid" : "dash" },
        })).ToArray();
        return PlotlyChart.Create(StepLayout($"Loss versus step on {course.Title}", "loss E(w)", positive), traces);
    }

    // Every path up to step upTo; at most about MaxPoints points each (every k-th step and the last), so
    // that an animation of long runs stays small.
    private static Trace[] Paths(IReadOnlyList<OptimizationResult> runs, int upTo)
    {
        const int MaxPoints = 150;
        CheckRuns(runs);
        return runs.Select(r =>
        {
            int last = Math.Min(upTo, r.Trajectory.Count - 1);
            int stride = Math.Max(1, (r.Trajectory.Count + MaxPoints - 1) / MaxPoints);
            var steps = Enumerable.Range(0, last / stride + 1).Select(j => j * stride).Where(k => k < last).Append(last).ToArray();
            var xs = steps.Select(k => r.Trajectory.Parameters(k)[0]).ToArray();
            var ys = steps.Select(k => r.Trajectory.Parameters(k)[1]).ToArray();
            var sizes = steps.Select(k => k == last ? 10 : 3).ToArray();
            return PlotlyChart.Trace("scatter", new { x = xs, y = ys, mode = "lines+markers", marker = new { size = sizes }, name = r.Optimizer });
        }).ToArray();
    }

    private static Trace Contour(RaceCourse course)
    {
        var xs = Grid.Linspace(course.X.Min, course.X.Max, 121);
        var ys = Grid.Linspace(course.Y.Min, course.Y.Max, 121);
        var values = Grid.Evaluate((x, y) => course.Objective.Value([x, y]), xs, ys);
        bool logarithmic = values.All(row => row.All(v => v >= 0));
        var z = logarithmic ? values.Select(row => row.Select(v => Math.Log10(v + 1e-3)).ToArray()).ToArray() : values;
        return PlotlyChart.Trace("contour", new
        {
            x = xs, y = ys, z, ncontours = 30, showscale = false, hoverinfo = "skip", colorscale = "Greys",
            contours = new { coloring = "lines" }, name = logarithmic ? "contours of log₁₀(E + 10⁻³)" : "contours of E",
        });
    }

    private static Layout RaceLayout(RaceCourse course, string title) => PlotlyChart.Layout(new
    {
        title = new { text = title },
        xaxis = new { title = new { text = "x" }, range = new[] { course.X.Min, course.X.Max } },
        yaxis = new { title = new { text = "y" }, range = new[] { course.Y.Min, course.Y.Max } },
        legend = new { x = 1.02, y = 1.0, xanchor = "left" },   // beside the plot: below it sit the play button and the slider
        height = 620,
    });

    private static Trace Line(IReadOnlyList<int> x, IReadOnlyList<double> y, string name, string dash, string colour, double width = 2) =>
        PlotlyChart.Trace("scatter", new { x, y, mode = "lines", name, line = new { dash, color = colour, width } });

    private static Layout StepLayout(string title, string yTitle, bool logarithmic) => PlotlyChart.Layout(new
    {
        title = new { text = title },
        xaxis = PlotlyChart.Axis("step t"),
        yaxis = OptimizationCharts.Axis(yTitle, logarithmic),
    });

    private static void CheckRuns(IReadOnlyList<OptimizationResult> runs)
    {
        Require.NotEmpty(runs, nameof(runs));
        foreach (var run in runs)
        {
            ArgumentNullException.ThrowIfNull(run, nameof(runs));
            if (!run.Trajectory.HasParameters || run.Trajectory.Dimension != 2)
                throw new ArgumentException($"The run '{run.Optimizer}' must record 2 parameters to be drawn.", nameof(runs));
        }
    }
}
