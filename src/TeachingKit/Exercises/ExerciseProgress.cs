using System.Net;
using System.Text.Json.Nodes;

namespace TeachingKit.Exercises;

/// <summary>
/// How far a student got in one notebook: the exercises whose checks ran, how many are answered,
/// how many correct, and the points earned of the total.
/// </summary>
/// <remarks>
/// Only exercises whose check cell has run are counted, so run the notebook from the top before
/// reading it. A revealed exercise counts as answered, not correct, and earns no points.
/// </remarks>
/// <param name="Exercises">The latest result of every exercise, in the order the checks first ran.</param>
public sealed record ExerciseProgress(IReadOnlyList<ExerciseResult> Exercises)
{
    /// <summary>Exercises whose answer is no longer the placeholder (correct, wrong or revealed).</summary>
    public int Answered => Exercises.Count(e => e.Status != ExerciseStatus.NotAnswered);

    /// <summary>Exercises answered correctly.</summary>
    public int Correct => Exercises.Count(e => e.IsCorrect);

    /// <summary>Points earned.</summary>
    public int Points => Exercises.Sum(e => e.Points);

    /// <summary>Points available in the exercises whose checks ran.</summary>
    public int MaxPoints => Exercises.Sum(e => e.MaxPoints);

    /// <summary>One line, e.g. "Progress: 3 of 5 exercises answered, 2 correct, 2 of 6 points."</summary>
    public override string ToString() =>
        $"Progress: {Answered} of {Exercises.Count} exercises answered, {Correct} correct, {Points} of {MaxPoints} points.";

    /// <summary>The summary line and a table of the exercises (id, title, status, points); text HTML-escaped.</summary>
    public string ToHtml()
    {
        var rows = Exercises.Select(e =>
            $"<tr><td>{WebUtility.HtmlEncode(e.Id)}</td><td>{WebUtility.HtmlEncode(e.Title)}</td>" +
            $"<td class=\"exercise-{e.Status.Word()}\">{e.Status.Word()}</td><td>{e.Points}/{e.MaxPoints}</td></tr>");
        return $"<div class=\"exercise-progress\"><strong>{WebUtility.HtmlEncode(ToString())}</strong>" +
               "<table><thead><tr><th>exercise</th><th>title</th><th>status</th><th>points</th></tr></thead><tbody>" +
               string.Concat(rows) + "</tbody></table></div>";
    }

    /// <summary>The progress as plain text, HTML and the progress JSON (<see cref="ExerciseFormat.ProgressMimeType"/>).</summary>
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        [ExerciseFormat.PlainTextMimeType] = ToString(),
        [ExerciseFormat.HtmlMimeType] = ToHtml(),
        [ExerciseFormat.ProgressMimeType] = new JsonObject
        {
            [ExerciseFormat.AnsweredField] = Answered,
            [ExerciseFormat.CorrectField] = Correct,
            [ExerciseFormat.PointsField] = Points,
            [ExerciseFormat.MaxPointsField] = MaxPoints,
            [ExerciseFormat.ExercisesField] = new JsonArray(Exercises
                .Select(e => (JsonNode)JsonNode.Parse(e.ToMimeBundle()[ExerciseFormat.ExerciseMimeType])!).ToArray()),
        }.ToJsonString(),
    };
}
