using System.Globalization;

namespace TeachingKit.CriticalPoints;

/// <summary>What the <see cref="HigherOrderProbe"/> saw around a degenerate critical point.</summary>
/// <param name="Kind">Minimum, maximum, saddle, or flat.</param>
/// <param name="Strict">True when every sample changed f (false: f stayed put along some direction; shown only for minima and maxima).</param>
/// <param name="Radius">The distance at which f was sampled.</param>
/// <param name="Samples">How many points were sampled.</param>
/// <param name="LowestChange">The most negative f(sample) − f(point).</param>
/// <param name="HighestChange">The most positive f(sample) − f(point).</param>
/// <param name="DescentDirection">A unit direction in which f went down (empty if none did).</param>
public sealed record HigherOrderProbeResult(
    CriticalPointKind Kind, bool Strict, double Radius, int Samples,
    double LowestChange, double HighestChange, double[] DescentDirection)
{
    /// <summary>The verdict in words, e.g. "saddle (Δf from -1e-06 to 1e-06 over 36 samples at r = 0.01)".</summary>
    public string Description =>
        $"{Kind.ToString().ToLowerInvariant()}{(Strict || Kind is not (CriticalPointKind.Minimum or CriticalPointKind.Maximum) ? "" : ", not strict")} " +
        $"(Δf from {F(LowestChange)} to {F(HighestChange)} over {Samples} samples at r = {F(Radius)})";

    /// <summary>The label and the description.</summary>
    public override string ToString() => $"{HigherOrderProbe.Label}: {Description}";

    private static string F(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
}
