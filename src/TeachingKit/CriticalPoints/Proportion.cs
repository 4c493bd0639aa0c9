using System.Globalization;

namespace TeachingKit.CriticalPoints;

/// <summary>An estimated probability k/n with its 95 % Wilson score confidence interval.</summary>
/// <remarks>
/// Wilson (1927), "Probable inference, the law of succession, and statistical inference", JASA 22:
/// the interval stays inside [0, 1] and is informative even when k = 0, where the naive
/// p ± z√(p(1−p)/n) collapses to a point.
/// </remarks>
/// <param name="Successes">k.</param>
/// <param name="Trials">n.</param>
public sealed record Proportion(long Successes, long Trials)
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>k/n.</summary>
    public double Estimate => (double)Successes / Trials;

    /// <summary>Lower end of the 95 % Wilson interval.</summary>
    public double Lower => Wilson(-1);

    /// <summary>Upper end of the 95 % Wilson interval.</summary>
    public double Upper => Wilson(+1);

    /// <summary>True when <paramref name="p"/> lies in the 95 % interval.</summary>
    public bool Contains(double p) => Lower <= p && p <= Upper;

    /// <summary>Checks 0 ≤ k ≤ n and n ≥ 1.</summary>
    public static Proportion Of(long successes, long trials)
    {
        if (trials < 1) throw new ArgumentOutOfRangeException(nameof(trials), trials, $"trials must be at least 1, but was {trials}.");
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"successes must lie in [0, {trials}], but was {successes}.");
        return new Proportion(successes, trials);
    }

    /// <summary>"0.25 [0.24, 0.26] (2500/10000)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Estimate:G4} [{Lower:G3}, {Upper:G3}] ({Successes}/{Trials})");

    private double Wilson(int sign)
    {
        // Exactly 0 at k = 0 and 1 at k = n (the formula leaves a rounding residue of about 1e-18 there).
        if (sign < 0 && Successes == 0) return 0;
        if (sign > 0 && Successes == Trials) return 1;
        double n = Trials, p = Estimate, z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return Math.Clamp(centre + sign * half, 0, 1);
    }
}
