using System.Numerics;
using TeachingKit.Counting;

namespace TeachingKit.Tests.Counting;

public class CombinatoricsTests
{
    [Fact]
    public void BinomialsEqualPascalsTriangle()
    {
        // Independent computation: C(n, k) = C(n−1, k−1) + C(n−1, k), by addition only.
        var row = new List<BigInteger> { 1 };
        for (int n = 0; n <= 80; n++)
        {
            for (int k = -1; k <= n + 1; k++)
                Assert.Equal(k < 0 || k > n ? BigInteger.Zero : row[k], Combinatorics.Binomial(n, k));
            row = Enumerable.Range(0, n + 2).Select(k => (k > 0 ? row[k - 1] : 0) + (k <= n ? row[k] : 0)).ToList();
        }
    }

    [Fact]
    public void FactorialsMatchKnownValues()
    {
        Assert.Equal(BigInteger.One, Combinatorics.Factorial(0));
        Assert.Equal(new BigInteger(2432902008176640000), Combinatorics.Factorial(20));
        Assert.Equal(BigInteger.Parse("51090942171709440000"), Combinatorics.Factorial(21));   // past long.MaxValue
        Assert.Equal(Combinatorics.Factorial(30), Combinatorics.Binomial(30, 12) * Combinatorics.Factorial(12) * Combinatorics.Factorial(18));
    }

    [Fact]
    public void RatiosOfIntegersBeyondDoubleRangeStayFinite()
    {
        // (double)a/(double)b is ∞/∞ = NaN here: 200! ≈ 7.9·10³⁷⁴.
        BigInteger f200 = Combinatorics.Factorial(200);
        Assert.True(double.IsNaN((double)(f200 * 3) / (double)f200));
        Assert.Equal(3.0, Combinatorics.RatioAsDouble(f200 * 3, f200), 14);
        Assert.Equal(99.5, Combinatorics.RatioAsDouble(f200 / 2 * 199, f200), 12);
        Assert.Equal(-1.0 / 3.0, Combinatorics.RatioAsDouble(-f200, 3 * f200), 15);
        Assert.Equal(1.0 / 3.0, Combinatorics.RatioAsDouble(1, 3), 15);
        Assert.Equal(0.0, Combinatorics.RatioAsDouble(0, f200)); // exact zero by construction
        double tiny = Combinatorics.RatioAsDouble(1, BigInteger.Pow(10, 300));
        Assert.True(Math.Abs(tiny - 1e-300) <= 1e-15 * 1e-300, $"{tiny}");
        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => Combinatorics.RatioAsDouble(1, 0)).ParamName);
    }

    [Fact]
    public void NegativeArgumentsAreNamed()
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => Combinatorics.Factorial(-1)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => Combinatorics.Binomial(-1, 0)).ParamName);
    }
}
