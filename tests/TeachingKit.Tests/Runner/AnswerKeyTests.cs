using System.Text.Json.Nodes;
using TeachingKit.Tests.Support;
using static TeachingKit.Tests.Support.ExerciseCells;

namespace TeachingKit.Tests.Runner;

/// <summary>
/// Runs every notebook as a student would hand it in — solution cells removed, answer cells filled from a key
/// worked out by hand — and reads the verdicts: the key turns every check green, and one wrong answer turns
/// exactly that exercise red, with a hint and without the right answer.
/// </summary>
public class AnswerKeyTests
{
    public static TheoryData<string> Notebooks() => EveryNotebookRuns.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task EveryExerciseIsCorrectWithTheHandWorkedAnswers(string notebook)
    {
        Assert.True(AnswerKey.Answers.TryGetValue(notebook, out var answers), $"{notebook} has no answer key in AnswerKey.cs");
        var verdicts = await RunAnsweredAsync(notebook, answers);
        Assert.Equal(answers.Keys.Order(), verdicts.Select(v => v.Exercise).Order());
        var notCorrect = verdicts.Where(v => v.Status != "correct").Select(v => $"{v.Exercise}: {v.Text}").ToList();
        Assert.True(notCorrect.Count == 0, $"{notebook}: with the key's answers these checks were not correct:\n{string.Join("\n", notCorrect)}");
        Assert.All(verdicts, v => Assert.Equal(v.MaxPoints, v.Points));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task OneWrongAnswerTurnsExactlyThatExerciseRedWithAHintAndNotTheAnswer(string notebook)
    {
        var (exercise, wrong, rightText) = AnswerKey.WrongAnswers[notebook];
        var answers = new Dictionary<string, string>(AnswerKey.Answers[notebook]) { [exercise] = wrong };
        var verdicts = await RunAnsweredAsync(notebook, answers);
        var red = Assert.Single(verdicts, v => v.Status != "correct");
        Assert.Equal(exercise, red.Exercise);
        Assert.Equal("wrong", red.Status);
        Assert.Equal(0, red.Points);
        Assert.Contains("Hint 1:", red.Text);
        Assert.DoesNotContain("Why:", red.Text);
        // The hints are the author's text (they may name small numbers of the question); everything else the
        // verdict shows — status line, feedback, JSON — must not contain the right answer.
        string notHints = string.Join("\n", red.Text.Split('\n').Where(line => !line.StartsWith("Hint ", StringComparison.Ordinal)));
        Assert.DoesNotMatch($"(?<![\\w.]){System.Text.RegularExpressions.Regex.Escape(rightText)}(?![\\w.])", notHints);
    }

    /// <summary>Runs the notebook with solution cells removed and each answer cell replaced by the given source.</summary>
    private static async Task<IReadOnlyList<Verdict>> RunAnsweredAsync(string notebook, IReadOnlyDictionary<string, string> answers)
    {
        using var folder = new TempFolder();
        // Laid out like the kit, as the grader's workspace is: the copy in notebooks/, data/ linked, so that a
        // notebook's relative paths (../data/digits.csv) resolve.
        string notebooks = Directory.CreateDirectory(folder.File("notebooks")).FullName;
        Directory.CreateSymbolicLink(folder.File("data"), Repository.PathTo("data"));
        var json = (JsonObject)JsonNode.Parse(File.ReadAllText(Repository.PathTo("notebooks", notebook)))!;
        var cells = json["cells"]!.AsArray();
        foreach (var solution in cells.Where(c => Tags(c!).Contains(Solution)).ToList()) cells.Remove(solution);
        var code = cells.Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
        // The copy runs from a temp folder, so its setup cell points at the library build from there.
        code[0]!["source"] = TestNotebook.SetupCell(notebooks);
        var unused = new HashSet<string>(answers.Keys);
        foreach (var cell in code.Where(c => Tags(c!).Contains(Answer)))
        {
            string id = ExerciseId(cell!)!;
            Assert.True(answers.TryGetValue(id, out var answered), $"{notebook}: the key has no answer for {id}");
            cell!["source"] = answered;
            unused.Remove(id);
        }
        Assert.True(unused.Count == 0, $"{notebook}: the key names exercises the notebook no longer has: {string.Join("; ", unused)}");
        string path = Path.Combine(notebooks, notebook);
        File.WriteAllText(path, json.ToJsonString());

        var (summary, progress) = await RunnerHarness.RunAsync(folder.File("site"), [path]);
        var result = summary.Results.Single();
        Assert.True(result.Failure is null, $"{notebook} with answers failed: {result.Failure?.Describe(notebook)}\n{progress}");
        return Verdicts(result).Where(v => Tags(cells.First(c => c!["id"]!.GetValue<string>() == v.CellId)!).Contains(Check)).ToList();
    }
}
