using System.Globalization;
using Plotly.NET;
using TeachingKit.Optimization;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Optimization;

/// <summary>Training curves of minibatch runs: loss and accuracy per epoch or wall time, gradient norm per step, the learning-rate sweep, schedules.</summary>
/// <remarks>Run i takes colour i of the chart (the kit's palette); its training curve is solid and its validation curve dashed.</remarks>
public static class TrainingCharts
{
    /// <summary>Training (solid) and validation (dashed) loss of each run against the epoch, or against the training wall time, on a log scale.</summary>
    public static GenericChart Losses(IReadOnlyList<TrainingHistory> runs, bool againstTime = false, string title = "Loss during training") =>
        Curves(runs, againstTime, title, "mean loss", true, r => r.TrainingLoss, r => r.ValidationLoss);

    /// <summary>Training (solid) and validation (dashed) accuracy of each run against the epoch or the training wall time.</summary>
    public static GenericChart Accuracies(IReadOnlyList<TrainingHistory> runs, bool againstTime = false, string title = "Accuracy during training") =>
        Curves(runs, againstTime, title, "accuracy", false, r => r.TrainingAccuracy, r => r.ValidationAccuracy);

    /// <summary>
    /// One run's minibatch loss and gradient norm against the step, on two log axes: the loss can stall while the
    /// gradient stays large ("training stuck ≠ zero gradient").
    /// </summary>
    public static GenericChart GradientNormAndLoss(TrainingHistory run, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.StepLoss.Count == 0) throw new ArgumentException("The run took no steps.", nameof(run));
        var steps = Enumerable.Range(0, run.StepLoss.Count).ToArray();
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title ?? $"Minibatch loss and gradient norm: {run.Label}" },
            xaxis = PlotlyChart.Axis("step k"),
            yaxis = OptimizationCharts.Axis("minibatch loss", true),
            yaxis2 = new { title = new { text = "‖g‖ of the minibatch gradient" }, type = "log", exponentformat = "power", overlaying = "y", side = "right" },
            legend = new { x = 0.5, xanchor = "center", y = 1.0, yanchor = "bottom", orientation = "h" },
        });
        return PlotlyChart.Create(layout,
            PlotlyChart.Trace("scatter", new { x = steps, y = run.StepLoss, mode = "lines", name = "minibatch loss", line = new { color = Blue, width = 1 } }),
            PlotlyChart.Trace("scatter", new { x = steps, y = run.GradientNorm, mode = "lines", name = "gradient norm", yaxis = "y2", line = new { color = Red, width = 1 } }));
    }

    /// <summary>Final training and validation loss against the learning rate (log–log), the chosen rate marked, diverged runs left out.</summary>
    public static GenericChart Sweep(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var kept = Enumerable.Range(0, sweep.Runs.Count).Where(i => !sweep.Runs[i].Diverged).ToArray();
        var rates = kept.Select(i => sweep.LearningRates[i]).ToArray();
        var chosen = sweep.Chosen;
        return PlotlyChart.Create(PlotlyChart.Layout(new
            {
                title = new { text = string.Create(CultureInfo.InvariantCulture, $"Learning-rate sweep: chosen {sweep.ChosenLearningRate:G3} on validation, test accuracy {sweep.TestAccuracy:P1}") },
                xaxis = OptimizationCharts.Axis("learning rate", true),
                yaxis = OptimizationCharts.Axis($"loss after {chosen.Epochs} epochs", true),
            }),
            PlotlyChart.Trace("scatter", new { x = rates, y = kept.Select(i => sweep.Runs[i].TrainingLoss[^1]).ToArray(), mode = "lines+markers", name = "training loss", line = new { color = Blue } }),
            PlotlyChart.Trace("scatter", new { x = rates, y = kept.Select(i => sweep.Runs[i].ValidationLoss[^1]).ToArray(), mode = "lines+markers", name = "validation loss", line = new { color = Orange, dash = "dash" } }),
            PlotlyChart.Trace("scatter", new
            {
                x = new[] { sweep.ChosenLearningRate }, y = new[] { chosen.ValidationLoss[^1] }, mode = "markers", name = "chosen",
                marker = new { size = 14, symbol = "star", color = "black" },
            }));
    }

    /// <summary>The factor η(k) of each schedule against the step k, over <paramref name="steps"/> steps.</summary>
    public static GenericChart Schedules(IReadOnlyList<LearningRateSchedule> schedules, long steps)
    {
        Require.NotEmpty(schedules, nameof(schedules));
        if (steps < 2) throw new ArgumentOutOfRangeException(nameof(steps), steps, $"{nameof(steps)} must be at least 2, but was {steps}.");
        var k = Enumerable.Range(0, 201).Select(i => (long)Math.Round(i * (steps - 1) / 200.0)).Distinct().ToArray();
        var traces = schedules.Select((s, i) => PlotlyChart.Trace("scatter", new
        {
            x = k, y = k.Select(s.Factor).ToArray(), mode = "lines", name = s.Name, line = new { color = Cycle(i) },
        })).ToArray();
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = "Learning-rate schedules" },
            xaxis = PlotlyChart.Axis("step k"),
            yaxis = PlotlyChart.Axis("factor η(k) of the learning rate"),
        }), traces);
    }

    private static GenericChart Curves(IReadOnlyList<TrainingHistory> runs, bool againstTime, string title, string yTitle, bool logarithmic,
        Func<TrainingHistory, IReadOnlyList<double>> training, Func<TrainingHistory, IReadOnlyList<double>> validation)
    {
        Require.NotEmpty(runs, nameof(runs));
        var traces = new List<Trace>();
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i] ?? throw new ArgumentException($"{nameof(runs)}[{i}] is null.", nameof(runs));
            // Wall time starts at 0, which a log axis cannot show: time stays linear, epochs too (an epoch count is small).
            object x = againstTime ? run.Seconds : Enumerable.Range(0, run.TrainingLoss.Count).ToArray();
            string colour = Cycle(i);
            traces.Add(PlotlyChart.Trace("scatter", new { x, y = training(run), mode = "lines", name = $"{run.Label} (training)", legendgroup = run.Label, line = new { color = colour } }));
            traces.Add(PlotlyChart.Trace("scatter", new { x, y = validation(run), mode = "lines", name = $"{run.Label} (validation)", legendgroup = run.Label, line = new { color = colour, dash = "dash" } }));
        }
        return PlotlyChart.Create(PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = PlotlyChart.Axis(againstTime ? "training wall time (s)" : "epoch"),
            yaxis = OptimizationCharts.Axis(yTitle, logarithmic),
        }), [.. traces]);
    }
}
