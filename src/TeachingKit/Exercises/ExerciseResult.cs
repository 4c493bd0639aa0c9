using System.Net;

namespace TeachingKit.Exercises;

/// <summary>
/// The verdict on one exercise: what the student answered, what the library computed, and why.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> gives a one-line plain-text verdict (what a Polyglot kernel or a console
/// shows); <see cref="ToHtml"/> gives a coloured box, which the kit's notebook runner uses for any
/// object that has a public <c>string ToHtml()</c> method.
/// </remarks>
/// <param name="Exercise">A short name of the exercise, e.g. "Regions of 4 lines".</param>
/// <param name="Status">Passed, failed or not answered yet.</param>
/// <param name="Answer">The student's answer as text, or null when not answered.</param>
/// <param name="Expected">The library's answer as text.</param>
/// <param name="Explanation">Why the expected answer is right (a formula or an argument), or null.</param>
public sealed record ExerciseResult(
    string Exercise,
    ExerciseStatus Status,
    string? Answer,
    string Expected,
    string? Explanation)
{
    /// <summary>True when the answer agrees with the library's.</summary>
    public bool Passed => Status == ExerciseStatus.Passed;

    /// <summary>The verdict as one or two sentences of plain text.</summary>
    public string Message => Status switch
    {
        ExerciseStatus.Passed => $"Correct: {Answer}.",
        ExerciseStatus.Failed => $"Not yet: you answered {Answer}, but the expected answer is {Expected}.",
        _ => "Not answered yet: replace the placeholder with your answer and run the cell again.",
    } + (Explanation is null || Status == ExerciseStatus.NotAnswered ? "" : $" Why: {Explanation}");

    /// <summary>A plain-text verdict, e.g. "✔ Regions of 4 lines — Correct: 11."</summary>
    public override string ToString() => $"{Symbol} {Exercise} — {Message}";

    /// <summary>The verdict as a small HTML box (green, red or grey); all text is HTML-escaped.</summary>
    public string ToHtml()
    {
        string colour = Status switch
        {
            ExerciseStatus.Passed => "#1b7f3b",
            ExerciseStatus.Failed => "#b42318",
            _ => "#6b7280",
        };
        return $"<div class=\"exercise-result exercise-{Status.ToString().ToLowerInvariant()}\" " +
               $"style=\"border-left:4px solid {colour};padding:0.4em 0.8em;margin:0.3em 0\">" +
               $"<strong style=\"color:{colour}\">{Symbol} {WebUtility.HtmlEncode(Exercise)}</strong><br/>" +
               $"{WebUtility.HtmlEncode(Message)}</div>";
    }

    private string Symbol => Status switch
    {
        ExerciseStatus.Passed => "✔",
        ExerciseStatus.Failed => "✘",
        _ => "…",
    };
}
