using System.Numerics;
using TeachingKit.Validation;

namespace TeachingKit.Counting;

/// <summary>How <see cref="Surjections.Count"/> computes the number of surjections.</summary>
public enum SurjectionMethod
{
    /// <summary>The cheaper of the two methods for the given n and k.</summary>
    Automatic,

    /// <summary>k!·S(n, k) with S from the band of the Stirling recurrence: about n·(n − k) BigInteger operations.</summary>
    StirlingBand,

    /// <summary>Inclusion–exclusion Σ_j (−1)^j C(k, j)(k − j)^n: k + 1 terms, cheap when k is small.</summary>
    InclusionExclusion,
}

/// <summary>
/// Surjections of n labelled items onto k labelled positions (every position used) and the Stirling
/// numbers of the second kind S(n, k): the count of permutation points is built on them.
/// </summary>
/// <remarks>
/// Two exact methods whose costs are complementary: the band of the recurrence costs about n·(n − k)
/// operations (cheap for k close to n, i.e. a low order K = n − k of permutation point), inclusion–exclusion
/// about k powers (cheap for small k, i.e. K close to n). <see cref="SurjectionMethod.Automatic"/> takes the
/// smaller of the two estimates.
/// </remarks>
public static class Surjections
{
    /// <summary>
    /// The number of maps from n labelled items onto k labelled positions with every position used, k!·S(n, k);
    /// zero when k &lt; 0 or k &gt; n (and 1 for n = k = 0).
    /// </summary>
    public static BigInteger Count(int n, int k, SurjectionMethod method = SurjectionMethod.Automatic)
    {
        Require.AtLeast(n, 0, nameof(n));
        if (k < 0 || k > n) return BigInteger.Zero;
        if (k == 0) return n == 0 ? BigInteger.One : BigInteger.Zero;
        if (method == SurjectionMethod.Automatic)
            method = InclusionExclusionIsCheaper(n, k) ? SurjectionMethod.InclusionExclusion : SurjectionMethod.StirlingBand;
        return method switch
        {
            SurjectionMethod.StirlingBand => Combinatorics.Factorial(k) * StirlingSecondKind(n, k),
            SurjectionMethod.InclusionExclusion => InclusionExclusion(n, k),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, $"{nameof(method)} must be a defined {nameof(SurjectionMethod)}, but was {method}."),
        };
    }

    /// <summary>
    /// The Stirling number of the second kind S(n, k): the number of ways to split n labelled
    /// items into k non-empty unlabelled groups.
    /// </summary>
    /// <remarks>
    /// Computed on the band S(i, i − j), j ≤ n − k, of the recurrence S(i, k) = k·S(i−1, k) + S(i−1, k−1),
    /// so S(1000, 998) costs a few thousand BigInteger operations, not a million.
    /// </remarks>
    public static BigInteger StirlingSecondKind(int n, int k)
    {
        Require.AtLeast(n, 0, nameof(n));
        if (k < 0 || k > n) return BigInteger.Zero;
        if (k == 0) return n == 0 ? BigInteger.One : BigInteger.Zero;
        int depth = n - k;
        // band[j] holds S(i, i − j) for the current i.
        var band = new BigInteger[depth + 1];
        band[0] = BigInteger.One; // S(0, 0)
        for (int i = 1; i <= n; i++)
        {
            for (int j = Math.Min(depth, i - 1); j >= 1; j--)
                band[j] = (i - j) * band[j - 1] + band[j];   // S(i, i−j) = (i−j)·S(i−1, i−j) + S(i−1, i−1−j)
            if (depth >= i) band[i] = BigInteger.Zero;         // S(i, 0) = 0 for i ≥ 1
        }
        return band[depth];
    }

    // Σ_{j=0..k} (−1)^j C(k, j)(k − j)^n = Σ_{i=1..k} (−1)^(k−i) C(k, i) i^n. The powers are multiplicative,
    // i^n = a^n·b^n for i = a·b, so only prime bases need a BigInteger.Pow; the others cost one multiplication.
    private static BigInteger InclusionExclusion(int n, int k)
    {
        var powers = new BigInteger[k + 1];
        var smallestFactor = new int[k + 1];
        BigInteger sum = BigInteger.Zero, binomial = BigInteger.One; // C(k, 0)
        for (int i = 1; i <= k; i++)
        {
            binomial = binomial * (k - i + 1) / i; // C(k, i), exact at every step
            if (i == 1) powers[i] = BigInteger.One;
            else if (smallestFactor[i] == 0)
            {
                powers[i] = BigInteger.Pow(i, n);
                for (long multiple = (long)i * i; multiple <= k; multiple += i)
                    if (smallestFactor[multiple] == 0) smallestFactor[multiple] = i;
            }
            else powers[i] = powers[smallestFactor[i]] * powers[i / smallestFactor[i]];
            var term = binomial * powers[i];
            sum += (k - i) % 2 == 0 ? term : -term;
        }
        return sum;
    }

    // Cost model: the band needs n·(n − k) updates "small int × BigInteger + BigInteger", inclusion–exclusion about
    // k full products of n·log₂k-bit numbers, each measured (n = 1000, Release) to cost about 100 band updates:
    // the two methods took about equally long at K = n − k ≈ 100 (results/Symmetry.md).
    private static bool InclusionExclusionIsCheaper(int n, int k) => 100.0 * k < (double)n * (n - k);
}
