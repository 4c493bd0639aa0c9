using System.Text.Json.Nodes;
using TeachingKit.Exercises;
using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Execution;
using TeachingKit.Notebooks.IO;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Grading;

/// <summary>
/// Grades submitted notebooks: each is matched to its course notebook by the notebook id in its metadata, its check
/// cells are restored, and it runs in its own kernel process in a temporary folder, with a time limit per cell and
/// a memory limit; the verdicts its check cells show become rows of grades.csv and an HTML report.
/// </summary>
/// <remarks>Formative grading, not an exam sandbox: a submission's code runs as the user who grades (see the README).</remarks>
public sealed class Grader(TextWriter progress)
{
    private readonly object _print = new();

    /// <summary>Grades every submission and writes grades.csv and the report.</summary>
    /// <exception cref="ArgumentException">The source folder has no notebook with an id, two with the same id, or a submission input does not exist.</exception>
    public async Task<GradingSummary> GradeAsync(GradingOptions options)
    {
        var sources = CourseNotebooks.Load(options.SourceFolder);
        var submissions = SubmissionFinder.Find(options.Submissions);
        OutputFolder.Prepare(options.OutputDirectory);
        using var slots = new SemaphoreSlim(Math.Max(1, options.Parallel));
        var graded = await Task.WhenAll(submissions.Select(async submission =>
        {
            await slots.WaitAsync();
            try
            {
                return await Task.Factory.StartNew(() => GradeOne(submission, sources, options), CancellationToken.None,
                    TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
            finally { slots.Release(); }
        }));
        var rows = graded.SelectMany(r => r).ToList();
        string csv = Path.GetFullPath(Path.Combine(options.OutputDirectory, "grades.csv"));
        AtomicFile.WriteAllText(csv, GradeReport.Csv(rows));
        string report = GradeReport.Write(rows, options.OutputDirectory);
        return new GradingSummary(rows, csv, report);
    }

    /// <summary>The rows of one submission; never throws for a bad submission.</summary>
    public IReadOnlyList<GradeRow> GradeOne(Submission submission, CourseNotebooks sources, GradingOptions options)
    {
        string name = Path.GetFileName(submission.Path);
        Notebook submitted;
        try { submitted = NotebookReader.Read(submission.Path); }
        catch (NotebookFormatException e)
        {
            Print($"✘ {submission.Student}: {name} is not a valid notebook: {e.Problem}");
            return [new GradeRow(submission.Student, "?", "", "invalid-notebook", 0, 0, $"{name}: {e.Problem}")];
        }
        string? id = ExerciseCellRoles.NotebookId(submitted);
        if (id is null || !sources.ById.TryGetValue(id, out var source))
        {
            Print($"✘ {submission.Student}: {name} is none of the course's notebooks");
            return [new GradeRow(submission.Student, id ?? "?", "", "unknown-notebook", 0, 0,
                $"{name}: its notebook id ({id ?? "none"}) is none of the course's ({string.Join(", ", sources.ById.Keys)})")];
        }
        using var workspace = GradingWorkspace.Create(sources.Folder);
        var (graded, missing) = SubmissionRestorer.Restore(source, submitted, workspace.NotebookPath(source.FileName));
        AtomicFile.WriteAllText(graded.Path, NotebookWriter.ToJson(graded));
        var executor = new NotebookExecutor(options.CellTimeLimit, _ => { }, _ => { }, continueOnError: true,
            environment: new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = $"0x{(long)options.MemoryLimitMegabytes << 20:X}" });
        var failure = executor.Run(graded);
        var rows = Rows(submission.Student, id, source, graded, missing, failure?.Describe(source.FileName));
        Print($"{(rows.All(r => r.Status == ExerciseFormat.StatusCorrect) ? "✔" : "•")} {submission.Student}: {id}: " +
            $"{rows.Sum(r => r.Points)} of {rows.Sum(r => r.MaxPoints)} points");
        return rows;
    }

    private static List<GradeRow> Rows(string student, string notebook, Notebook source, Notebook graded, IReadOnlyList<Cell> missing, string? stoppedBy)
    {
        var rows = new List<GradeRow>();
        foreach (var check in source.Cells.Where(c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Check)))
        {
            string exercise = ExerciseCellRoles.ExerciseId(check) ?? check.Id;
            int max = ExerciseCellRoles.Points(check);
            var cell = graded.Cells.FirstOrDefault(c => c.Id == check.Id);
            rows.Add(cell is null || missing.Contains(check)
                ? new GradeRow(student, notebook, exercise, "missing-cell", 0, max, "the submission no longer has this exercise's check cell")
                : Verdict(student, notebook, exercise, max, cell, stoppedBy));
        }
        return rows;
    }

    private static GradeRow Verdict(string student, string notebook, string exercise, int max, Cell cell, string? stoppedBy)
    {
        if (cell.ExecutionCount is null)
            return new GradeRow(student, notebook, exercise, "not-run", 0, max, $"not reached: {stoppedBy ?? "the notebook stopped earlier"}");
        if (cell.Outputs.OfType<ErrorOutput>().FirstOrDefault() is { } error)
            return new GradeRow(student, notebook, exercise, "error", 0, max, $"{error.Name}: {error.Value}");
        // The last verdict counts: a reveal after a check replaces it.
        var verdict = cell.Outputs.OfType<DisplayOutput>()
            .Select(o => o.Data.GetValueOrDefault(ExerciseFormat.ExerciseMimeType))
            .Where(json => json is not null).Select(json => JsonNode.Parse(json!))
            .LastOrDefault(j => j?[ExerciseFormat.IdField]?.GetValue<string>() == exercise);
        if (verdict is null) return new GradeRow(student, notebook, exercise, "error", 0, max, "the check cell showed no verdict");
        string status = verdict[ExerciseFormat.StatusField]?.GetValue<string>() ?? "error";
        int points = status == ExerciseFormat.StatusCorrect ? Math.Clamp(verdict[ExerciseFormat.PointsField]?.GetValue<int>() ?? 0, 0, max) : 0;
        return new GradeRow(student, notebook, exercise, status, points, max);
    }

    private void Print(string line)
    {
        lock (_print) progress.WriteLine(line);
    }
}
