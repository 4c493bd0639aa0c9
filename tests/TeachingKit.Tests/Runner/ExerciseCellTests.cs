using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeachingKit.Tests.Support;
using static TeachingKit.Tests.Support.ExerciseCells;

namespace TeachingKit.Tests.Runner;

/// <summary>
/// The exercise conventions of every committed notebook (CONTRIBUTING.md): answer cells that give nothing away,
/// hidden check cells right after them with id and points, a solution per exercise, stable ids, progress last.
/// </summary>
public partial class ExerciseCellTests
{
    public static TheoryData<string> Notebooks() => EveryNotebookRuns.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void AnswerCellsHoldOnlyPlaceholders(string notebook)
    {
        var answers = Cells(notebook).Where(c => Tags(c!).Contains(Answer)).ToList();
        Assert.NotEmpty(answers);
        foreach (var cell in answers)
        {
            string id = ExerciseId(cell!) ?? "";
            Assert.Matches(ExerciseIdPattern(), id);
            foreach (string line in Source(cell!).Split('\n').Select(StripComment).Where(l => l.Trim().Length > 0))
            {
                Assert.True(PlaceholderDeclaration().IsMatch(line), $"{notebook}, answer cell of {id}: \"{line}\" is not a declaration with a placeholder");
                Assert.False(NumericLiteral().IsMatch(line), $"{notebook}, answer cell of {id}: \"{line}\" has a numeric literal");
            }
            string text = Source(cell!);
            foreach (string giveaway in new[] { "why", "expected", "Exercise.", "hint" })
                Assert.DoesNotContain(giveaway, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryExerciseHasAnAnswerASolutionAndAHiddenCheckRightAfterThem(string notebook)
    {
        var code = Cells(notebook).Where(c => c!["cell_type"]!.GetValue<string>() == "code").Select(c => c!).ToList();
        foreach (var (cell, index) in code.Select((c, i) => (c, i)).Where(p => Tags(p.c).Contains(Answer)))
        {
            string id = ExerciseId(cell)!;
            int next = index + 1;
            while (next < code.Count && Tags(code[next]).Contains(Solution)) Assert.Equal(id, ExerciseId(code[next++]));
            Assert.True(next > index + 1, $"{notebook}: {id} has no solution cell after its answer cell");
            Assert.True(next < code.Count, $"{notebook}: {id} has no check cell");
            var check = code[next];
            Assert.True(Tags(check).Contains(Check), $"{notebook}: the code cell after {id}'s answer/solution is not tagged check");
            Assert.Equal(id, ExerciseId(check));
            Assert.True(check["metadata"]!["jupyter"]?["source_hidden"]?.GetValue<bool>() == true, $"{notebook}: {id}'s check is not source_hidden");
            int points = check["metadata"]!["teachingkit"]!["points"]!.GetValue<int>();
            Assert.True(points >= 1, $"{notebook}: {id} has {points} points");
            string source = Source(check);
            Assert.Contains($"new Question(\"{id}\"", source);
            Assert.Equal(points, PointsArgument().Match(source) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 1);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void ExerciseIdsAreUniqueAndNumberedByTheirNotebookAndCellIdsAreUnique(string notebook)
    {
        var cells = Cells(notebook);
        var cellIds = cells.Select(c => c!["id"]?.GetValue<string>()).ToList();
        Assert.All(cellIds, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        Assert.Equal(cellIds.Count, cellIds.Distinct().Count());
        var checks = cells.Where(c => Tags(c!).Contains(Check)).Select(c => ExerciseId(c!)!).ToList();
        Assert.Equal(checks.Count, checks.Distinct().Count());
        Assert.All(checks, id => Assert.StartsWith(notebook[..2] + ".", id));
        var tagged = cells.Where(c => ExerciseId(c!) is not null).Select(c => ExerciseId(c!)!).Distinct();
        Assert.Equal(checks.Order(), tagged.Order());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void TheLastCellShowsTheProgress(string notebook)
    {
        var last = Cells(notebook).Last()!;
        Assert.Equal("code", last["cell_type"]!.GetValue<string>());
        Assert.Equal("Exercise.Progress()", Source(last).Trim());
    }

    private static string StripComment(string line) => line.Split("//")[0];

    [GeneratedRegex("^[0-9]{2}\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ExerciseIdPattern();

    // A type (generic, nullable, tuple, array), a name, and = null or = double.NaN.
    [GeneratedRegex("^\\s*[\\w<>\\[\\]?,() ]+\\s+\\w+\\s*=\\s*(null|double\\.NaN)\\s*;\\s*$")]
    private static partial Regex PlaceholderDeclaration();

    // A number that is not part of a name (heavyBallFactorAt100 is a name).
    [GeneratedRegex("(?<![\\w.])[0-9]")]
    private static partial Regex NumericLiteral();

    [GeneratedRegex("points:\\s*([0-9]+)\\)")]
    private static partial Regex PointsArgument();
}
