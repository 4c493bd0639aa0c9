using System.Globalization;

namespace TeachingKit.CriticalPoints;

/// <summary>What the <see cref="HigherOrderProbe"/> saw around a degenerate critical point.</summary>
/// <param name="Kind">Minimum, maximum, saddle, or flat.</param>
/// <param name="NotStrict">
/// True when f stayed put (within rounding) at some sample: the minimum or maximum is not strict. False says
/// only that every sample changed f — strictness is untested, since a curve of equal values (the deep linear
/// valleys of minima) can pass between the sampled straight lines and parabolas.
/// </param>
/// <param name="Radius">The distance at which f was sampled.</param>
/// <param name="Samples">How many points were sampled.</param>
/// <param name="LowestChange">The most negative f(sample) − f(point).</param>
/// <param name="HighestChange">The most positive f(sample) − f(point).</param>
/// <param name="DescentDirection">A unit direction in which f went down (empty if none did).</param>
public sealed record HigherOrderProbeResult(
    CriticalPointKind Kind, bool NotStrict, double Radius, int Samples,
    double LowestChange, double HighestChange, double[] DescentDirection)
{
    /// <summary>True when a null direction, followed along the level set, came back to f: a valley of minima.</summary>
    public bool ValleyOfMinima { get; init; }

    /// <summary>
    /// The verdict in words, e.g. "saddle (Δf from -1e-06 to 1e-06 over 36 samples at r = 0.01)" or
    /// "minimum, strictness untested (…)"; a minimum or maximum is never called strict.
    /// </summary>
    public string Description =>
        (ValleyOfMinima ? "non-strict minimum (a valley of minima)" : $"{Kind.ToString().ToLowerInvariant()}{Strictness}") + " " +
        $"(Δf from {F(LowestChange)} to {F(HighestChange)} over {Samples} samples at r = {F(Radius)})";

    private string Strictness => Kind is not (CriticalPointKind.Minimum or CriticalPointKind.Maximum) ? ""
        : NotStrict ? ", not strict" : ", strictness untested";

    /// <summary>The label and the description.</summary>
    public override string ToString() => $"{HigherOrderProbe.Label}: {Description}";

    private static string F(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
}
