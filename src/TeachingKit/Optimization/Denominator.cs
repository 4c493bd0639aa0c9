namespace TeachingKit.Optimization;

/// <summary>The denominator √(scale·r + inside) + outside of every adaptive method, for one step.</summary>
/// <param name="Scale">Multiplies the raw second-moment estimate (1/(1 − β₂ᵗ) with bias correction, else 1).</param>
/// <param name="Inside">Added under the square root.</param>
/// <param name="Outside">Added after the square root.</param>
internal readonly record struct Denominator(double Scale, double Inside, double Outside)
{
    /// <summary>The constants for <paramref name="placement"/> of <paramref name="epsilon"/>, with the second-moment correction 1 − β₂ᵗ (1 when off).</summary>
    public static Denominator For(EpsilonPlacement placement, double epsilon, double correction) => placement switch
    {
        EpsilonPlacement.InsideSquareRoot => new(1 / correction, epsilon, 0),
        EpsilonPlacement.AfterSquareRoot => new(1 / correction, 0, epsilon),
        _ => new(1 / correction, 0, epsilon / Math.Sqrt(correction)),
    };

    /// <summary>The denominator for one raw second moment <paramref name="r"/>.</summary>
    public double Of(double r) => Math.Sqrt(r * Scale + Inside) + Outside;

    /// <summary>Throws unless <paramref name="placement"/> is a defined value.</summary>
    public static EpsilonPlacement Check(EpsilonPlacement placement, string paramName) =>
        Enum.IsDefined(placement) ? placement
            : throw new ArgumentOutOfRangeException(paramName, placement, $"{paramName} must be a defined {nameof(EpsilonPlacement)}.");
}
