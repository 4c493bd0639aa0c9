using System.Globalization;
using TeachingKit.CriticalPoints;

namespace TeachingKit.Landscapes;

/// <summary>One row of the catalogue's verdict table: a known critical point, what the Hessian says, and what the probe adds.</summary>
/// <param name="Function">Catalogue name.</param>
/// <param name="Formula">The formula in plain Unicode text (e.g. "x² + 3y²"): tables render no math; <see cref="Landscape.Latex"/> stays for markdown.</param>
/// <param name="Point">The point, e.g. "(0, 0)".</param>
/// <param name="Eigenvalues">The Hessian's eigenvalues, ascending.</param>
/// <param name="HessianVerdict">The second-derivative test's verdict.</param>
/// <param name="ProbeVerdict">The higher-order probe's verdict where the Hessian could not tell, else "—".</param>
/// <param name="Expected">What the point truly is, from the catalogue.</param>
/// <param name="Agrees">True when the kit's final verdict equals <paramref name="Expected"/>.</param>
public sealed record VerdictRow(string Function, string Formula, string Point, string Eigenvalues,
    string HessianVerdict, string ProbeVerdict, CriticalPointKind Expected, bool Agrees);

/// <summary>The table of all catalogue examples with their eigenvalues and verdicts (notebook 01).</summary>
public static class VerdictTable
{
    /// <summary>Analyses every known critical point of the given landscapes (default: the lecture examples).</summary>
    public static IReadOnlyList<VerdictRow> For(IEnumerable<Landscape>? landscapes = null, ClassifierOptions? options = null) =>
        (landscapes ?? LandscapeCatalogue.LectureExamples)
        .SelectMany(l => l.KnownCriticalPoints.Select(known =>
        {
            var report = l.Analyze(known.Point, options);
            return new VerdictRow(l.Name, PlainFormula(l.Latex), "(" + string.Join(", ", known.Point.Select(Format)) + ")",
                "[" + string.Join(", ", report.Eigenvalues.Select(Format)) + "]",
                report.Spectrum.Description, report.Probe?.Description ?? "—", known.Kind,
                report.ResolvedKind == known.Kind && report.Index == known.Index);
        }))
        .ToList();

    private static readonly (string Latex, string Plain)[] Symbols =
        [(@"\equiv", "≡"), (@"\cdot", "·"), (@"\,", ""), (@"\;", " "), ("-", "−")];

    /// <summary>
    /// The catalogue's LaTeX as plain Unicode text for HTML tables: single-digit powers and indices become
    /// super- and subscripts (x^2 → x², w_1 → w₁), \equiv becomes ≡ and a hyphen the minus sign.
    /// </summary>
    public static string PlainFormula(string latex)
    {
        ArgumentNullException.ThrowIfNull(latex);
        var text = latex;
        foreach (var (from, to) in Symbols)
            text = text.Replace(from, to, StringComparison.Ordinal);
        var plain = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if ((text[i] == '^' || text[i] == '_') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                plain.Append((text[i] == '^' ? "⁰¹²³⁴⁵⁶⁷⁸⁹" : "₀₁₂₃₄₅₆₇₈₉")[text[i + 1] - '0']);
                i++;
            }
            else plain.Append(text[i]);
        }
        return plain.ToString();
    }

    private static string Format(double x) =>
        Math.Abs(x) < 1e-12 ? "0" : x.ToString("G6", CultureInfo.InvariantCulture);
}
