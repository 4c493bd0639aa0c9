using System.Net;
using System.Text.Json.Nodes;

namespace TeachingKit.Exercises;

/// <summary>The texts of an <see cref="ExerciseResult"/>: plain message, HTML box and JSON.</summary>
internal static class ExerciseResultText
{
    public static string Message(ExerciseResult r)
    {
        var lines = new List<string>();
        switch (r.Status)
        {
            case ExerciseStatus.Correct:
                lines.Add($"Correct: {r.Answer}.");
                break;
            case ExerciseStatus.Wrong:
                lines.Add($"Not yet: you answered {r.Answer}." + (r.Feedback is null ? "" : " " + r.Feedback));
                lines.AddRange(r.Hints.Select((hint, i) => $"Hint {i + 1}: {hint}"));
                lines.Add($"Change your answer and run it and this check again; Exercise.Reveal(\"{r.Id}\") shows the answer.");
                break;
            case ExerciseStatus.Revealed:
                lines.Add($"Revealed: the answer is {r.RevealedAnswer}." +
                          (r.Answer is null ? "" : $" You answered {r.Answer}." + (r.Feedback is null ? "" : " " + r.Feedback)));
                break;
            default:
                lines.Add("Not answered yet: put your answer in place of the placeholder, then run the answer cell and this check.");
                break;
        }
        if (r.Why is not null) lines.Add($"Why: {r.Why}");
        return string.Join("\n", lines);
    }

    public static string Symbol(ExerciseStatus status) => status switch
    {
        ExerciseStatus.Correct => "✔",
        ExerciseStatus.Wrong => "✘",
        ExerciseStatus.Revealed => "👁",
        _ => "…",
    };

    public static string Html(ExerciseResult r)
    {
        string colour = r.Status switch
        {
            ExerciseStatus.Correct => "#1b7f3b",
            ExerciseStatus.Wrong => "#b42318",
            ExerciseStatus.Revealed => "#1d4ed8",
            _ => "#6b7280",
        };
        string status = r.Status.Word();
        string body = string.Join("<br/>", Message(r).Split('\n').Select(WebUtility.HtmlEncode));
        return $"<div class=\"{ExerciseFormat.HtmlClass} exercise-{status}\" data-exercise=\"{WebUtility.HtmlEncode(r.Id)}\" " +
               $"data-status=\"{status}\" data-points=\"{r.Points}\" data-max-points=\"{r.MaxPoints}\" " +
               $"style=\"border-left:4px solid {colour};padding:0.4em 0.8em;margin:0.3em 0\">" +
               $"<strong style=\"color:{colour}\">{Symbol(r.Status)} {WebUtility.HtmlEncode(r.Title)}</strong> " +
               $"<small>({WebUtility.HtmlEncode(r.Id)}, {r.Points}/{r.MaxPoints} {(r.MaxPoints == 1 ? "point" : "points")})</small><br/>" +
               $"{body}</div>";
    }

    public static string Json(ExerciseResult r)
    {
        var json = new JsonObject
        {
            [ExerciseFormat.IdField] = r.Id,
            [ExerciseFormat.TitleField] = r.Title,
            [ExerciseFormat.KindField] = r.Kind.Word(),
            [ExerciseFormat.StatusField] = r.Status.Word(),
            [ExerciseFormat.AnswerField] = r.Answer,
            [ExerciseFormat.PointsField] = r.Points,
            [ExerciseFormat.MaxPointsField] = r.MaxPoints,
            [ExerciseFormat.AttemptsField] = r.WrongAttempts,
        };
        if (r.Kind == ExerciseKind.Statements)
            json[ExerciseFormat.WrongStatementsField] = new JsonArray(r.WrongStatements.Select(n => (JsonNode)n).ToArray());
        if (r.Status == ExerciseStatus.Revealed)
            json[ExerciseFormat.RevealedAnswerField] = r.RevealedAnswer;
        return json.ToJsonString();
    }
}
