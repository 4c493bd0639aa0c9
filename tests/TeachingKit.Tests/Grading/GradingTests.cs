using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Grading;
using TeachingKit.Notebooks.Model;
using TeachingKit.Tests.Runner;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Grading;

/// <summary>One grading run over a folder of submissions of notebook 04, good and hostile.</summary>
public sealed class GradingRun : IDisposable
{
    public const string Notebook = "04-momentum.ipynb";

    public GradingRun()
    {
        string source = Repository.PathTo("notebooks", Notebook);
        SourceBefore = File.ReadAllText(source);
        var key = AnswerKey.Answers[Notebook];
        Exercises = key.Keys.ToList();
        Submit("alice", key);                                                   // every answer right
        Submit("bob", key.Take(key.Count / 2).ToDictionary());                  // the first half right, the rest unanswered
        var wrong = AnswerKey.WrongAnswers[Notebook];
        // Carol answers wrongly and makes her check expect her own answer: restored, it checks against the library again.
        Submit("carol", new Dictionary<string, string> { [wrong.Exercise] = wrong.WrongAnswer },
            checkEdit: cell => ExerciseCellRoles.ExerciseId(cell) != wrong.Exercise ? cell.Source
                : System.Text.RegularExpressions.Regex.Replace(cell.Source, @"expected: [^\n]*\)\s*$", "expected: largestStableStep)"));
        Submit("dave", new Dictionary<string, string> { [Exercises[0]] = key[Exercises[0]], [Exercises[1]] = "Environment.Exit(0);" });
        Submit("erin", new Dictionary<string, string> { [Exercises[0]] = key[Exercises[0]], [Exercises[1]] = "while (true) { }" });
        File.WriteAllText(Folder.File("submissions", "frank.ipynb"), "{ this is not JSON");
        Submit("grace", key, notebookId: "99-not-in-this-course");
        Summary = new Grader(TextWriter.Null).GradeAsync(new GradingOptions([Folder.File("submissions")], Repository.PathTo("notebooks"),
            Folder.File("grades"), TimeSpan.FromSeconds(10), Parallel: 2)).GetAwaiter().GetResult();
    }

    public TempFolder Folder { get; } = new();

    public string SourceBefore { get; }

    public List<string> Exercises { get; }

    public GradingSummary Summary { get; }

    public List<GradeRow> Rows(string student) => Summary.Rows.Where(r => r.Student == student).ToList();

    public void Dispose() => Folder.Dispose();

    private void Submit(string student, IReadOnlyDictionary<string, string> answers, Func<Cell, string>? checkEdit = null, string? notebookId = null)
    {
        var edition = StudentEdition.Of(NotebookReader.Read(Repository.PathTo("notebooks", Notebook)));
        var cells = edition.Cells.Select(c =>
        {
            string source = ExerciseCellRoles.Has(c, ExerciseCellRoles.Answer) && answers.TryGetValue(ExerciseCellRoles.ExerciseId(c)!, out var a) ? a
                : ExerciseCellRoles.Has(c, ExerciseCellRoles.Check) && checkEdit is not null ? checkEdit(c) : c.Source;
            return new Cell(c.Id, c.Type, source, c.Metadata, c.Attachments);
        }).ToList();
        var metadata = edition.Metadata.DeepClone().AsObject();
        if (notebookId is not null) metadata["teachingkit"]!["notebook"] = notebookId;
        Directory.CreateDirectory(Folder.File("submissions", student));
        File.WriteAllText(Folder.File("submissions", student, Notebook), NotebookWriter.ToJson(new Notebook(Notebook, metadata, cells)));
    }
}

public class GradingTests(GradingRun run) : IClassFixture<GradingRun>
{
    [Fact]
    public void AllCorrectEarnsEveryPoint()
    {
        var rows = run.Rows("alice");
        Assert.Equal(run.Exercises.Order(), rows.Select(r => r.Exercise).Order());
        Assert.All(rows, r => Assert.Equal(("correct", r.MaxPoints), (r.Status, r.Points)));
    }

    [Fact]
    public void HalfAnsweredEarnsHalfAndTheRestIsNotAnswered()
    {
        var rows = run.Rows("bob");
        int half = run.Exercises.Count / 2;
        Assert.Equal(half, rows.Count(r => r.Status == "correct"));
        Assert.Equal(run.Exercises.Count - half, rows.Count(r => r.Status == "not-answered" && r.Points == 0));
    }

    [Fact]
    public void AnEditedCheckCellIsRestoredSoAWrongAnswerStaysWrong()
    {
        var wrong = AnswerKey.WrongAnswers[GradingRun.Notebook].Exercise;
        string submitted = File.ReadAllText(run.Folder.File("submissions", "carol", GradingRun.Notebook));
        Assert.Contains("expected: largestStableStep)", submitted);   // the edit is really in the submission
        var row = run.Rows("carol").Single(r => r.Exercise == wrong);
        Assert.Equal(("wrong", 0), (row.Status, row.Points));
    }

    [Theory]
    [InlineData("dave", "the kernel died (exit code 0)")]
    [InlineData("erin", "the time limit")]
    public void AHostileAnswerCellEndsOnlyThatSubmissionAndSaysWhy(string student, string reason)
    {
        var rows = run.Rows(student);
        Assert.Equal("correct", rows.Single(r => r.Exercise == run.Exercises[0]).Status);
        var rest = rows.Where(r => r.Exercise != run.Exercises[0]).ToList();
        Assert.All(rest, r => Assert.Equal("not-run", r.Status));
        Assert.Contains(rest, r => r.Detail.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void NotJsonAndAnotherNotebookGetARowThatSaysSo()
    {
        Assert.Equal("invalid-notebook", Assert.Single(run.Rows("frank")).Status);
        var other = Assert.Single(run.Rows("grace"));
        Assert.Equal("unknown-notebook", other.Status);
        Assert.Contains("99-not-in-this-course", other.Detail);
    }

    [Fact]
    public void EverySubmissionHasRowsAndTheCsvAndReportHoldThem()
    {
        Assert.Equal(["alice", "bob", "carol", "dave", "erin", "frank", "grace"], run.Summary.Rows.Select(r => r.Student).Distinct().Order());
        var csv = File.ReadAllLines(run.Summary.CsvPath);
        Assert.Equal("student,notebook,exercise,status,points,max_points,detail", csv[0]);
        Assert.Equal(run.Summary.Rows.Count + 1, csv.Length - csv.Count(l => !l.Contains(',')));
        string index = File.ReadAllText(run.Summary.ReportPath);
        Assert.Contains("Per exercise", index);
        foreach (string exercise in run.Exercises) Assert.Contains(exercise, index);
        Assert.True(File.Exists(run.Folder.File("grades", GradeReport.StudentPage("alice"))));
    }

    [Fact]
    public void TheCourseNotebooksAndTheKitAreUntouched()
    {
        Assert.Equal(run.SourceBefore, File.ReadAllText(Repository.PathTo("notebooks", GradingRun.Notebook)));
        Assert.True(File.Exists(Repository.PathTo("src", "TeachingKit", "bin", "net8.0", "TeachingKit.dll")));
    }
}
