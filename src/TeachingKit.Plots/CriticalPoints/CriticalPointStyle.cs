using TeachingKit.CriticalPoints;

namespace TeachingKit.Plots.CriticalPoints;

/// <summary>One colour and marker per kind of critical point, shared by every chart of the area.</summary>
public static class CriticalPointStyle
{
    // The kinds' own shades, apart from the sequence in ChartColours that colours runs and traces.
    private const string Green = "#1b7f3b", Red = "#b42318", Orange = "#e07b00", Grey = "#6b7280";

    /// <summary>The colour of a kind: minima green, maxima red, saddles orange, undecided grey.</summary>
    public static string Colour(CriticalPointKind kind) => kind switch
    {
        CriticalPointKind.Minimum => Green,
        CriticalPointKind.Maximum => Red,
        CriticalPointKind.Saddle => Orange,
        _ => Grey,
    };

    /// <summary>
    /// The colour of a Hessian eigenvalue by its sign: negative red (curving down, as at a maximum), zero grey,
    /// positive green (curving up, as at a minimum).
    /// </summary>
    public static string CurvatureColour(int sign) => sign < 0 ? Red : sign == 0 ? Grey : Green;

    /// <summary>A plotly marker symbol that 2-D and 3-D scatter traces both know.</summary>
    public static string Symbol(CriticalPointKind kind) => kind switch
    {
        CriticalPointKind.Minimum => "circle",
        CriticalPointKind.Maximum => "square",
        CriticalPointKind.Saddle => "diamond",
        _ => "x",
    };

    /// <summary>The legend label; a verdict that needed the higher-order probe says so.</summary>
    public static string Label(CriticalPointReport report) =>
        report.ResolvedKind.ToString().ToLowerInvariant() + (report.Probe is null ? "" : " (probe)");
}
