namespace TeachingKit.CriticalPoints;

/// <summary>The verdict read off the signs of a Hessian's eigenvalues at a critical point.</summary>
/// <param name="Kind">Minimum, maximum, saddle or degenerate.</param>
/// <param name="Negative">Number of negative eigenvalues: the index, the order of a saddle (a lower bound on it when <paramref name="Zero"/> &gt; 0).</param>
/// <param name="Zero">Number of eigenvalues within tolerance of zero.</param>
/// <param name="Positive">Number of positive eigenvalues.</param>
public sealed record SpectrumVerdict(CriticalPointKind Kind, int Negative, int Zero, int Positive)
{
    /// <summary>
    /// Reads the verdict from the signs (lecture: all positive → minimum, all negative → maximum,
    /// k negative → saddle of order k, a zero eigenvalue → degenerate).
    /// </summary>
    /// <remarks>
    /// Eigenvalues of both signs make a saddle even when some are zero: the surface already goes
    /// up and down in those eigen-directions. Only a zero with no sign change is left undecided.
    /// </remarks>
    public static SpectrumVerdict FromCounts(int negative, int zero, int positive)
    {
        CriticalPointKind kind = (negative > 0 && positive > 0) ? CriticalPointKind.Saddle
            : zero > 0 ? CriticalPointKind.Degenerate
            : negative == 0 ? CriticalPointKind.Minimum
            : CriticalPointKind.Maximum;
        return new SpectrumVerdict(kind, negative, zero, positive);
    }

    /// <summary>
    /// The verdict in words, e.g. "saddle of order 2", "saddle of order ≥ 1 (1 zero eigenvalue)" or
    /// "degenerate (1 zero eigenvalue)".
    /// </summary>
    /// <remarks>
    /// With zero eigenvalues the order is only a lower bound: higher-order terms may make f go down
    /// along a null direction too (x² − y² − z⁴ at 0 has one negative eigenvalue but falls along y and z).
    /// </remarks>
    public string Description => Kind switch
    {
        CriticalPointKind.Saddle => Zero > 0
            ? $"saddle of order ≥ {Negative} ({Zero} zero eigenvalue{Plural(Zero)}: the order is a lower bound)"
            : $"saddle of order {Negative}",
        CriticalPointKind.Degenerate => $"degenerate ({Zero} zero eigenvalue{Plural(Zero)}): the Hessian cannot tell",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The description.</summary>
    public override string ToString() => Description;

    private static string Plural(int count) => count == 1 ? "" : "s";
}
