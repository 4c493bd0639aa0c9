using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeachingKit.Exercises;
using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Runner;

namespace TeachingKit.Tests.Support;

/// <summary>Reads the exercise conventions of a notebook: cell roles (answer, solution, check) and the verdicts a run showed.</summary>
public static partial class ExerciseCells
{
    /// <summary>The roles the kit tags exercise cells with (cell metadata "tags").</summary>
    public const string Answer = ExerciseCellRoles.Answer, Solution = ExerciseCellRoles.Solution, Check = ExerciseCellRoles.Check;

    /// <summary>A verdict box found in a check cell's outputs.</summary>
    public sealed record Verdict(string CellId, string Exercise, string Status, int Points, int MaxPoints, string Html, string Text);

    /// <summary>The committed notebook's cells, parsed.</summary>
    public static JsonArray Cells(string notebook) =>
        JsonNode.Parse(File.ReadAllText(Repository.PathTo("notebooks", notebook)))!["cells"]!.AsArray();

    /// <summary>The cell's tags (empty when none).</summary>
    public static IReadOnlyList<string> Tags(JsonNode cell) =>
        cell["metadata"]?["tags"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];

    /// <summary>The exercise id in the cell's "teachingkit" metadata, or null.</summary>
    public static string? ExerciseId(JsonNode cell) => cell["metadata"]?["teachingkit"]?["exercise"]?.GetValue<string>();

    /// <summary>The cell's source as one string.</summary>
    public static string Source(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        var text => text!.GetValue<string>(),
    };

    /// <summary>Every exercise verdict box the run showed, with the id of the cell that showed it.</summary>
    public static IReadOnlyList<Verdict> Verdicts(NotebookResult result) =>
        RunnerHarness.CodeCells(result)
            .SelectMany(cell => cell.Outputs.OfType<TeachingKit.Notebooks.Model.DisplayOutput>().Select(o => (cell.Id, Data: o.Data)))
            .Select(o => (o.Id, Html: o.Data.GetValueOrDefault(ExerciseFormat.HtmlMimeType) ?? "", Text: o.Data.GetValueOrDefault(ExerciseFormat.PlainTextMimeType) ?? ""))
            .Select(o => (o.Id, o.Html, o.Text, Match: VerdictBox().Match(o.Html)))
            .Where(o => o.Match.Success)
            .Select(o => new Verdict(o.Id, o.Match.Groups["id"].Value, o.Match.Groups["status"].Value,
                int.Parse(o.Match.Groups["points"].Value), int.Parse(o.Match.Groups["max"].Value), o.Html, o.Text))
            .ToList();

    [GeneratedRegex("class=\"exercise-result [^\"]*\" data-exercise=\"(?<id>[^\"]+)\" data-status=\"(?<status>[^\"]+)\" data-points=\"(?<points>\\d+)\" data-max-points=\"(?<max>\\d+)\"")]
    private static partial Regex VerdictBox();
}
