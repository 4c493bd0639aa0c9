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
}
