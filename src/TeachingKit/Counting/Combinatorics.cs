using System.Numerics;
using TeachingKit.Validation;

namespace TeachingKit.Counting;

/// <summary>Exact factorials and binomial coefficients, shared by every counting formula of the lecture.</summary>
/// <remarks>BigInteger throughout: n! overflows a long from n = 21 and C(n, k) from n = 67.</remarks>
public static class Combinatorics
{
    /// <summary>n! as an exact integer.</summary>
    public static BigInteger Factorial(int n)
    {
        Require.AtLeast(n, 0, nameof(n));
        BigInteger result = BigInteger.One;
        for (int i = 2; i <= n; i++) result *= i;
        return result;
    }

    /// <summary>The binomial coefficient C(n, k); zero when k &lt; 0 or k &gt; n.</summary>
    public static BigInteger Binomial(int n, int k)
    {
        Require.AtLeast(n, 0, nameof(n));
        if (k < 0 || k > n) return BigInteger.Zero;
        k = Math.Min(k, n - k);
        BigInteger result = BigInteger.One;
        // Each partial product C(n−k+i, i) is an integer, so the division is exact at every step.
        for (int i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    /// <summary>
    /// The quotient <paramref name="numerator"/>/<paramref name="denominator"/> of two exact integers as the nearest
    /// double (to within one unit in the last place), also when both are far beyond double's range.
    /// </summary>
    /// <remarks>
    /// (double)a/(double)b turns into ∞/∞ = NaN once a and b pass 1.8·10³⁰⁸ (e.g. P(171, 1) and 171!); here the
    /// quotient is formed exactly with 64 significant bits first and scaled by a power of two afterwards.
    /// </remarks>
    public static double RatioAsDouble(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, $"{nameof(denominator)} must be non-zero.");
        if (numerator.IsZero) return 0.0;
        int sign = numerator.Sign * denominator.Sign;
        BigInteger a = BigInteger.Abs(numerator), b = BigInteger.Abs(denominator);
        // Scale so that the integer quotient has 64–65 significant bits: q = ⌊a·2^shift / b⌋.
        long shift = 64 - (a.GetBitLength() - b.GetBitLength());
        BigInteger q = shift >= 0 ? (a << (int)shift) / b : a / (b << (int)-shift);
        return sign * Math.ScaleB((double)q, (int)-shift);
    }
}
