using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Plots;

/// <summary>
/// The kit's chart colours: plotly.js's default sequence by name, the light partners a few charts pair with it, and
/// translucent fills made from them. Every chart builder takes its colours from here.
/// </summary>
/// <remarks>
/// The sequence is plotly.js's <c>colorway</c> default (D3's category10); the light partners come from D3's
/// category20. Colours that carry a meaning (a minimum, a saddle) have their own shades in
/// <see cref="CriticalPoints.CriticalPointStyle"/>.
/// </remarks>
public static class ChartColours
{
    /// <summary>#1f77b4, plotly's first trace colour.</summary>
    public const string Blue = "#1f77b4";
    /// <summary>#ff7f0e, plotly's second.</summary>
    public const string Orange = "#ff7f0e";
    /// <summary>#2ca02c, plotly's third.</summary>
    public const string Green = "#2ca02c";
    /// <summary>#d62728, plotly's fourth.</summary>
    public const string Red = "#d62728";
    /// <summary>#9467bd, plotly's fifth.</summary>
    public const string Purple = "#9467bd";
    /// <summary>#8c564b, plotly's sixth.</summary>
    public const string Brown = "#8c564b";
    /// <summary>#e377c2, plotly's seventh.</summary>
    public const string Pink = "#e377c2";
    /// <summary>#7f7f7f, plotly's eighth.</summary>
    public const string Grey = "#7f7f7f";
    /// <summary>#bcbd22, plotly's ninth.</summary>
    public const string Olive = "#bcbd22";
    /// <summary>#17becf, plotly's tenth.</summary>
    public const string Cyan = "#17becf";
    /// <summary>#aec7e8, the light partner of Blue.</summary>
    public const string LightBlue = "#aec7e8";
    /// <summary>#ff9896, the light partner of Red.</summary>
    public const string LightRed = "#ff9896";
    /// <summary>#c7c7c7, the light partner of Grey.</summary>
    public const string LightGrey = "#c7c7c7";

    /// <summary>plotly.js's default order: the colour a chart's i-th trace gets when none is given.</summary>
    public static readonly IReadOnlyList<string> Sequence = Array.AsReadOnly([Blue, Orange, Green, Red, Purple, Brown, Pink, Grey, Olive, Cyan]);

    /// <summary>The sequence made translucent, for filled regions that overlap lines and each other.</summary>
    public static readonly IReadOnlyList<string> TranslucentSequence = Array.AsReadOnly(Sequence.Select(c => Translucent(c, 0.45)).ToArray());

    /// <summary>The <paramref name="i"/>-th colour of <paramref name="colours"/>, starting again after the last.</summary>
    public static string Cycle(IReadOnlyList<string> colours, int i) => colours[Require.AtLeast(i, 0, nameof(i)) % colours.Count];

    /// <summary>The <paramref name="i"/>-th colour of <see cref="Sequence"/>, starting again after the last.</summary>
    public static string Cycle(int i) => Cycle(Sequence, i);

    /// <summary>A <c>#rrggbb</c> colour as <c>rgba(r,g,b,opacity)</c>.</summary>
    public static string Translucent(string colour, double opacity)
    {
        int Channel(int at) => int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (colour is not ['#', .. var digits] || digits.Length != 6 || !digits.All(char.IsAsciiHexDigit))
            throw new ArgumentException($"expected #rrggbb, got \"{colour}\"", nameof(colour));
        return string.Create(CultureInfo.InvariantCulture, $"rgba({Channel(1)},{Channel(3)},{Channel(5)},{opacity})");
    }
}
