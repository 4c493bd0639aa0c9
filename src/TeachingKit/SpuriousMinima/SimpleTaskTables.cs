using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>The full XOR / Jellyfish table beside the lecture's, as CSV (the <c>simple-tasks</c> command).</summary>
public static class SimpleTaskTables
{
    /// <summary>The CSV header of <see cref="Write"/>.</summary>
    public const string CsvHeader = "task,optimizer,activation,h,runs,solved,share,lower95,upper95,lecture_share,inside,mean_steps_to_solve,step_limit";

    /// <summary>Runs both tasks' tables (<see cref="SimpleTaskExperiment.Table"/>) and writes one CSV line per cell as each task is done.</summary>
    /// <param name="runs">Runs per cell.</param>
    /// <param name="published">The lecture's cells (<see cref="PublishedSimpleTasks.Load"/>); a cell without one gets empty lecture columns.</param>
    /// <param name="output">Receives a <c># source:</c> line, the header and 48 lines.</param>
    /// <param name="baseSeed">The seed of every run's <see cref="SpuriousMinimaExperiment.RunSeed"/>.</param>
    /// <param name="stepLimit">The step budget of each run.</param>
    public static IReadOnlyList<SimpleTaskRow> Write(int runs, IReadOnlyList<PublishedSimpleTaskRow> published, TextWriter output,
        int baseSeed = 1, int stepLimit = SimpleTaskExperiment.DefaultStepLimit)
    {
        Require.AtLeast(runs, 1, nameof(runs));
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# source: TeachingKit.SpuriousMinima.SimpleTaskExperiment, {runs} runs per cell, base seed {baseSeed}, [2, h, 2] softmax cross-entropy, Xavier weights and zero biases, " +
            $"full-batch Adam lr {SimpleTaskExperiment.AdamLearningRate} or gradient descent step {SimpleTaskExperiment.GradientDescentLearningRate}, at most {stepLimit} steps; solved = every point classified; lecture_share from {PublishedSimpleTasks.FileName}"));
        output.WriteLine(CsvHeader);
        var rows = new List<SimpleTaskRow>();
        foreach (var (task, data) in new[] { ("XOR", SimpleTasks.Xor()), ("Jellyfish", SimpleTasks.Jellyfish()) })
        {
            var table = SimpleTaskExperiment.Table(task, data, runs, baseSeed, stepLimit);
            foreach (var row in table)
            {
                double? lecture = published.FirstOrDefault(p => p.Task == row.Task && p.Optimizer == row.Optimizer && p.Activation == row.Activation && p.Hidden == row.Hidden)?.Share;
                output.WriteLine(Line(row, lecture));
            }
            output.Flush();
            rows.AddRange(table);
        }
        return rows;
    }

    private static string Line(SimpleTaskRow row, double? lecture) => string.Join(",",
        row.Task, row.Optimizer == SimpleTaskOptimizer.Adam ? "Adam" : "GD", row.Activation == Networks.Activation.Relu ? "ReLU" : "Sigmoid", row.Hidden,
        row.Solved.Trials, row.Solved.Successes, Number(row.Solved.Estimate), Number(row.Solved.Lower), Number(row.Solved.Upper),
        lecture is null ? "" : Number(lecture.Value), lecture is null ? "" : row.Solved.Contains(lecture.Value) ? "yes" : "no",
        double.IsNaN(row.MeanStepsToSolve) ? "" : Number(row.MeanStepsToSolve), row.StepLimit);

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
