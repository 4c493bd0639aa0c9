using System.Net;

namespace TeachingKit.Exercises;

/// <summary>
/// An errata box: where a slide of the lecture has a slip, what the slide says, what is correct,
/// and the kit's check that computes the correct version.
/// </summary>
/// <param name="Slide">Which slide or passage, e.g. "Permutation symmetry: 6 hyperplanes".</param>
/// <param name="SlideSays">The slide's version, e.g. "6! = 240".</param>
/// <param name="Correct">The correct version, e.g. "6! = 720".</param>
/// <param name="Check">The kit's computation that backs <paramref name="Correct"/>.</param>
public sealed record Erratum(string Slide, string SlideSays, string Correct, KitCheckResult Check)
{
    /// <summary>CSS class of the errata box.</summary>
    public const string HtmlClass = "erratum";

    /// <summary>Three lines: the slide, its version and the correct one, then the kit's check.</summary>
    public override string ToString() =>
        $"Erratum ({Slide}): the slide says {SlideSays}; correct: {Correct}.\n{Check}";

    /// <summary>The box as HTML (amber border); all text is HTML-escaped.</summary>
    public string ToHtml() =>
        $"<div class=\"{HtmlClass}\" style=\"border:1px solid #b45309;border-left:6px solid #b45309;padding:0.4em 0.8em;margin:0.4em 0\">" +
        $"<strong>Erratum — {WebUtility.HtmlEncode(Slide)}</strong><br/>" +
        $"The slide says: {WebUtility.HtmlEncode(SlideSays)}<br/>" +
        $"Correct: {WebUtility.HtmlEncode(Correct)}<br/>{Check.ToHtml()}</div>";

    /// <summary>The box as plain text and HTML.</summary>
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        [ExerciseFormat.PlainTextMimeType] = ToString(),
        [ExerciseFormat.HtmlMimeType] = ToHtml(),
    };
}
