namespace TeachingKit.CriticalPoints;

/// <summary>The verdict read off the signs of a Hessian's eigenvalues at a critical point.</summary>
/// <param name="Kind">Minimum, maximum, saddle or degenerate.</param>
/// <param name="Negative">Number of negative eigenvalues: the index, the order of a saddle.</param>
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

    /// <summary>The verdict in words, e.g. "saddle of order 2" or "degenerate (1 zero eigenvalue)".</summary>
    public string Description => Kind switch
    {
        CriticalPointKind.Saddle => $"saddle of order {Negative}" + (Zero > 0 ? $" (and {Zero} zero eigenvalue{Plural(Zero)})" : ""),
        CriticalPointKind.Degenerate => $"degenerate ({Zero} zero eigenvalue{Plural(Zero)}): the Hessian cannot tell",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The description.</summary>
    public override string ToString() => Description;

    private static string Plural(int count) => count == 1 ? "" : "s";
}
