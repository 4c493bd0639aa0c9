using Plotly.NET;
using TeachingKit.Optimization;
using TeachingKit.Sampling;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Optimization;

/// <summary>Charts of optimization runs: paths on a contour map, loss and coordinates against the step.</summary>
public static class OptimizationCharts
{
    /// <summary>
    /// The paths of 2-D runs drawn over the contour lines of <paramref name="objective"/> on
    /// [xMin, xMax] × [yMin, yMax], with equal scales on both axes so that a ravine looks like one.
    /// </summary>
    /// <remarks>The contours are those of √E (for E ≥ 0), so a quadratic's ellipses are evenly spaced.</remarks>
    public static GenericChart TrajectoriesOnContour(
        string title, Objective objective, double xMin, double xMax, double yMin, double yMax,
        params OptimizationResult[] runs)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.Dimension != 2)
            throw new ArgumentException($"objective must have 2 parameters to be drawn, but has {objective.Dimension}.", nameof(objective));
        CheckRuns(runs);
        foreach (var run in runs)
            if (!run.Trajectory.HasParameters)
                throw new ArgumentException($"The run '{run.Optimizer}' did not record its parameters.", nameof(runs));

        var xs = Grid.Linspace(xMin, xMax, 161);
        var ys = Grid.Linspace(yMin, yMax, 101);
        var z = Grid.Evaluate((x, y) => Math.Sqrt(Math.Max(0, objective.Value([x, y]))), xs, ys);
        var traces = new List<Trace>
        {
            PlotlyChart.Trace("contour", new
            {
                x = xs, y = ys, z, ncontours = 25, showscale = false, name = "contours of √E",
                contours = new { coloring = "lines" }, colorscale = "Greys", hoverinfo = "skip",
            }),
        };
        traces.AddRange(runs.Select(run => PlotlyChart.Trace("scatter", new
        {
            x = run.Trajectory.Coordinate(0),
            y = run.Trajectory.Coordinate(1),
            mode = "lines+markers",
            marker = new { size = 4, color = ColourOf(run.Optimizer) },
            line = new { color = ColourOf(run.Optimizer) },
            name = run.Optimizer,
        })));
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = PlotlyChart.Axis("w₁ (along the valley)"),
            yaxis = new { title = new { text = "w₂ (across)" }, scaleanchor = "x", scaleratio = 1 },
            legend = new { orientation = "h", y = -0.2 },
        });
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    /// <summary>The loss E(w(k)) of each run against the step k, on a logarithmic loss axis.</summary>
    public static GenericChart LossVersusStep(string title, params OptimizationResult[] runs)
    {
        CheckRuns(runs);
        var traces = runs.Select(run => PlotlyChart.Trace("scatter", new
        {
            x = Enumerable.Range(0, run.Trajectory.Count).ToArray(),
            y = run.Trajectory.Losses.ToArray(),
            mode = "lines",
            line = new { color = ColourOf(run.Optimizer) },
            name = run.Optimizer,
        })).ToArray();
        return PlotlyChart.Create(StepLayout(title, "loss E(w)", logarithmic: true), traces);
    }

    /// <summary>
    /// Noisy loss curves made readable: each run's raw loss drawn faintly, with its bias-corrected
    /// exponential running average (decay <paramref name="decay"/>) in the same colour on top.
    /// </summary>
    public static GenericChart SmoothedLossVersusStep(string title, double decay, params OptimizationResult[] runs)
    {
        CheckRuns(runs);
        var traces = new List<Trace>();
        for (int r = 0; r < runs.Length; r++)
        {
            var run = runs[r];
            string colour = ColourOf(run.Optimizer);
            var steps = Enumerable.Range(0, run.Trajectory.Count).ToArray();
            var losses = run.Trajectory.Losses.ToArray();
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = steps, y = losses, mode = "lines", opacity = 0.3, line = new { color = colour, width = 1 },
                name = run.Optimizer + " (raw)",
            }));
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = steps, y = ExponentialMovingAverage.Smooth(losses, decay, biasCorrection: true), mode = "lines",
                line = new { color = colour, width = 2.5 }, name = $"{run.Optimizer} (running average, ρ = {decay})",
            }));
        }
        return PlotlyChart.Create(StepLayout(title, "loss E(w)", logarithmic: true), traces.ToArray());
    }

    /// <summary>Coordinate <paramref name="index"/> of each run's parameters against the step.</summary>
    public static GenericChart CoordinateVersusStep(string title, int index, string coordinateTitle, params OptimizationResult[] runs)
    {
        CheckRuns(runs);
        var traces = runs.Select(run => PlotlyChart.Trace("scatter", new
        {
            x = Enumerable.Range(0, run.Trajectory.Count).ToArray(),
            y = run.Trajectory.Coordinate(index),
            mode = "lines+markers",
            marker = new { size = 3, color = ColourOf(run.Optimizer) },
            line = new { color = ColourOf(run.Optimizer) },
            name = run.Optimizer,
        })).ToArray();
        return PlotlyChart.Create(StepLayout(title, coordinateTitle, logarithmic: false), traces);
    }

    /// <summary>Measured speed-up of momentum on a constant slope against α, with the curves 1/(1 − α) and (1 − αⁿ)/(1 − α).</summary>
    public static GenericChart SpeedUp(IReadOnlyList<SpeedUpPoint> points)
    {
        Require.NotEmpty(points, nameof(points));
        int steps = points[0].Steps;
        var alphas = Grid.Linspace(0, points.Max(p => p.Momentum), 200);
        var traces = new[]
        {
            PlotlyChart.Trace("scatter", new { x = alphas, y = alphas.Select(a => QuadraticTheory.ConstantSlopeSpeedUp(a)).ToArray(), mode = "lines", name = "limit 1/(1 − α)" }),
            PlotlyChart.Trace("scatter", new
            {
                x = alphas, y = alphas.Select(a => QuadraticTheory.ConstantSlopeSpeedUp(a, steps)).ToArray(),
                mode = "lines", line = new { dash = "dash" }, name = $"after {steps} steps: (1 − αⁿ)/(1 − α)",
            }),
            PlotlyChart.Trace("scatter", new
            {
                x = points.Select(p => p.Momentum).ToArray(), y = points.Select(p => p.Measured).ToArray(),
                mode = "markers", marker = new { size = 9 }, name = $"measured (step {steps})",
            }),
        };
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Momentum's speed-up on a constant slope" },
            xaxis = PlotlyChart.Axis("momentum α"),
            yaxis = Axis("step length / gradient descent's", logarithmic: true),
        });
        return PlotlyChart.Create(layout, traces);
    }

    /// <summary>
    /// 1 − r against κ on log–log axes, r the per-step convergence factor: measured points for
    /// optimal gradient descent and optimal heavy ball with their theory lines (slopes −1 and −½).
    /// </summary>
    public static GenericChart ConvergenceVersusConditionNumber(IReadOnlyList<ConditionPoint> points)
    {
        Require.NotEmpty(points, nameof(points));
        var kappas = Grid.Linspace(0, Math.Log10(points.Max(p => p.ConditionNumber)), 120).Select(e => Math.Pow(10, e)).ToArray();
        double[] OneMinus(Func<double, double> f) => kappas.Select(k => 1 - f(k)).ToArray();
        var traces = new[]
        {
            PlotlyChart.Trace("scatter", new { x = kappas, y = OneMinus(k => QuadraticTheory.OptimalGradientDescent(1, k).Factor), mode = "lines", name = "GD theory 1 − (κ−1)/(κ+1)" }),
            PlotlyChart.Trace("scatter", new { x = kappas, y = OneMinus(k => QuadraticTheory.OptimalHeavyBall(1, k).Factor), mode = "lines", name = "heavy ball theory 1 − (√κ−1)/(√κ+1)" }),
            PlotlyChart.Trace("scatter", new
            {
                x = points.Select(p => p.ConditionNumber).ToArray(), y = points.Select(p => 1 - p.GradientDescentMeasured).ToArray(),
                mode = "markers", marker = new { size = 10, symbol = "circle-open" }, name = "GD measured",
            }),
            PlotlyChart.Trace("scatter", new
            {
                x = points.Select(p => p.ConditionNumber).ToArray(), y = points.Select(p => 1 - p.HeavyBallMeasured).ToArray(),
                mode = "markers", marker = new { size = 10, symbol = "diamond-open" }, name = "heavy ball measured",
            }),
        };
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Progress per step 1 − r versus condition number κ" },
            xaxis = Axis("condition number κ", logarithmic: true),
            yaxis = Axis("1 − r (r = convergence factor)", logarithmic: true),
        });
        return PlotlyChart.Create(layout, traces);
    }

    // A run keeps its colour in every chart of a session: the colour is chosen by the run's label (the optimizer
    // with its settings) the first time the label is drawn, so that "gradient descent lr=0.095" is the same colour
    // on the contour map, the loss curve and the coordinate plot (a contour trace would otherwise take the first
    // default colour and shift every path's). The map lives as long as the process, and each notebook runs in a
    // kernel process of its own, so colours depend only on what the same notebook drew before.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Colours = new();

    private static string ColourOf(string optimizer) =>
        Colours.GetOrAdd(optimizer, _ => Cycle(Colours.Count));

    private static Layout StepLayout(string title, string yTitle, bool logarithmic) => PlotlyChart.Layout(new
    {
        title = new { text = title },
        xaxis = PlotlyChart.Axis("step k"),
        yaxis = Axis(yTitle, logarithmic),
    });

    // A logarithmic axis labelled at the powers of 10 only: plotly.js's default also labels 2 and 5 inside each
    // decade, which crowds a short chart into an unreadable column of digits.
    internal static object Axis(string title, bool logarithmic) =>
        logarithmic ? PlotlyChart.LogAxis(title, tickEveryDecade: true) : PlotlyChart.Axis(title);

    private static void CheckRuns(OptimizationResult[] runs)
    {
        if (runs is null || runs.Length == 0) throw new ArgumentException("Give at least one run.", nameof(runs));
        foreach (var run in runs) ArgumentNullException.ThrowIfNull(run, nameof(runs));
    }
}
