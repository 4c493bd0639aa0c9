using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;
using TeachingKit.Tests.Runner;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Grading;

public class StudentEditionTests
{
    public static TheoryData<string> Notebooks() => EveryNotebookRuns.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void TheStudentEditionHasNoSolutionNoOutputAndPlaceholderAnswers(string notebook)
    {
        var source = NotebookReader.Read(Repository.PathTo("notebooks", notebook));
        var edition = StudentEdition.Of(source);
        string json = NotebookWriter.ToConformingJson(edition);

        Assert.DoesNotContain(edition.Cells, c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Solution));
        Assert.All(edition.Cells, c => Assert.Empty(c.Outputs));
        Assert.DoesNotContain("\"output_type\"", json);
        Assert.Equal(source.Cells.Count(c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Check)),
            edition.Cells.Count(c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Check) && c.Metadata["jupyter"]?["source_hidden"]?.GetValue<bool>() == true));
        // The committed answer cells hold placeholders already: resetting them changes nothing.
        Assert.All(source.Cells.Where(c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Answer)), c => Assert.Equal(c.Source, StudentEdition.Placeholder(c.Source)));
    }

    [Theory]
    [InlineData("double? step = 0.1;   // your answer", "double? step = null;   // your answer")]
    [InlineData("double step = 0.1;", "double step = double.NaN;")]
    [InlineData("int[]? counts = [1, 2];\nbool? sure = true;", "int[]? counts = null;\nbool? sure = null;")]
    [InlineData("Func<double, double>? f = x => 2 * x;", "Func<double, double>? f = null;")]
    [InlineData("CriticalPointKind answer = CriticalPointKind.Saddle;", "CriticalPointKind answer = default;")]
    public void AnAnsweredCellIsResetToItsPlaceholder(string answered, string placeholder) =>
        Assert.Equal(placeholder, StudentEdition.Placeholder(answered));

    [Fact]
    public async Task RunningTheStudentEditionShowsEveryExerciseUnansweredAndNoSolution()
    {
        using var folder = new TempFolder();
        var (summary, _) = await RunnerHarness.RunAsync(folder.File("site"), [Repository.PathTo("notebooks", "04-momentum.ipynb")], parallel: 1, studentEdition: true);
        var result = summary.Results.Single();
        Assert.Null(result.Failure);
        var verdicts = ExerciseCells.Verdicts(result);
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.Equal("not-answered", v.Status));
        Assert.DoesNotContain(result.Notebook!.Cells, c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Solution));
    }

    [Fact]
    public async Task TheStudentCommandWritesTheEditionAndLeavesTheSourcesAlone()
    {
        using var folder = new TempFolder();
        string before = File.ReadAllText(Repository.PathTo("notebooks", "04-momentum.ipynb"));
        var (code, output) = await RunnerProcess.RunAsync(["student", Repository.PathTo("notebooks", "04-momentum.ipynb"), "--out", folder.File("student")], timeoutSeconds: 120);
        Assert.Equal(0, code);
        Assert.Contains("The student edition of 1 notebooks", output);
        var written = NotebookReader.Read(folder.File("student", "04-momentum.ipynb"));
        Assert.DoesNotContain(written.Cells, c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Solution));
        Assert.Equal(before, File.ReadAllText(Repository.PathTo("notebooks", "04-momentum.ipynb")));
    }
}
