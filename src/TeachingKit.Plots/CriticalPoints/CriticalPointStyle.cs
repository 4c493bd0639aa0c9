using TeachingKit.CriticalPoints;

namespace TeachingKit.Plots.CriticalPoints;

/// <summary>One colour and marker per kind of critical point, shared by every chart of the area.</summary>
public static class CriticalPointStyle
{
    /// <summary>The colour of a kind: minima green, maxima red, saddles orange, undecided grey.</summary>
    public static string Colour(CriticalPointKind kind) => kind switch
    {
        CriticalPointKind.Minimum => "#1b7f3b",
        CriticalPointKind.Maximum => "#b42318",
        CriticalPointKind.Saddle => "#e07b00",
        _ => "#6b7280",
    };

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
