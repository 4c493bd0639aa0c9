using System.Net;

namespace TeachingKit.Exercises;

/// <summary>
/// The kit's check of one of its own claims (a worked check): the value the library computed, the
/// value an independent computation gives, and whether they agree. Not an exercise: it shows both values.
/// </summary>
/// <param name="Claim">What is checked, e.g. "6! ways to assign 6 hyperplanes".</param>
/// <param name="Passed">True when the library and the independent computation agree.</param>
/// <param name="Actual">The library's value as text.</param>
/// <param name="Expected">The independent computation's value as text.</param>
/// <param name="Why">The argument behind the independent computation, or null.</param>
public sealed record KitCheckResult(string Claim, bool Passed, string Actual, string Expected, string? Why)
{
    /// <summary>CSS class of every kit-check box; <c>kit-check-passed</c> or <c>kit-check-failed</c> is added.</summary>
    public const string HtmlClass = "kit-check";

    /// <summary>One line, e.g. "✔ Kit check: 6! = 720 (independent: 720). Why: 6·5·4·3·2·1".</summary>
    public override string ToString() =>
        $"{(Passed ? "✔" : "✘")} Kit check: {Claim} = {Actual} (independent: {Expected})." + (Why is null ? "" : $" Why: {Why}");

    /// <summary>The check as a small HTML box (green or red); all text is HTML-escaped.</summary>
    public string ToHtml()
    {
        string colour = Passed ? "#1b7f3b" : "#b42318";
        return $"<div class=\"{HtmlClass} {HtmlClass}-{(Passed ? "passed" : "failed")}\" " +
               $"style=\"border-left:4px solid {colour};padding:0.3em 0.8em;margin:0.3em 0;font-size:0.95em\">" +
               $"{WebUtility.HtmlEncode(ToString())}</div>";
    }

    /// <summary>The check as plain text and HTML.</summary>
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        [ExerciseFormat.PlainTextMimeType] = ToString(),
        [ExerciseFormat.HtmlMimeType] = ToHtml(),
    };
}
