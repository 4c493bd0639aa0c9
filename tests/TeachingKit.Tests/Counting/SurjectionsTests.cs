using System.Numerics;
using TeachingKit.Counting;
using TeachingKit.Symmetry;

namespace TeachingKit.Tests.Counting;

public class SurjectionsTests
{
    [Theory]
    [InlineData(10, 3, 9330)]
    [InlineData(10, 5, 42525)]
    [InlineData(7, 7, 1)]
    [InlineData(7, 1, 1)]
    [InlineData(0, 0, 1)]
    [InlineData(5, 0, 0)]
    public void StirlingNumbersMatchThePublishedTable(int n, int k, long expected) =>
        Assert.Equal(new BigInteger(expected), Surjections.StirlingSecondKind(n, k));

    [Fact]
    public void BothMethodsEqualTheBruteForceEnumerationUpToEight()
    {
        // Enumeration counts the maps of n vectors onto n − K positions that use every position.
        for (int n = 1; n <= 8; n++)
            for (int k = 1; k <= n; k++)
            {
                var enumerated = new BigInteger(PermutationEnumeration.Count(n, n - k));
                Assert.Equal(enumerated, Surjections.Count(n, k, SurjectionMethod.StirlingBand));
                Assert.Equal(enumerated, Surjections.Count(n, k, SurjectionMethod.InclusionExclusion));
                Assert.Equal(enumerated, Surjections.Count(n, k));
            }
    }

    [Theory]
    [InlineData(300, 299)]  // K = 1: the band is cheap
    [InlineData(300, 297)]
    [InlineData(300, 150)]  // K = n/2
    [InlineData(300, 60)]   // composite and prime bases in the inclusion–exclusion powers
    [InlineData(300, 2)]    // K = n − 2: 2^n − 2
    [InlineData(300, 1)]
    [InlineData(300, 300)]  // K = 0: n!
    public void BothMethodsAgreeForLargeLayers(int n, int k)
    {
        BigInteger band = Surjections.Count(n, k, SurjectionMethod.StirlingBand);
        Assert.Equal(band, Surjections.Count(n, k, SurjectionMethod.InclusionExclusion));
        Assert.Equal(band, Surjections.Count(n, k));
    }

    [Fact]
    public void ClosedFormsAtTheEnds()
    {
        // Onto 2 positions: every map but the two constant ones; onto n positions: the n! bijections.
        Assert.Equal(BigInteger.Pow(2, 1000) - 2, Surjections.Count(1000, 2, SurjectionMethod.InclusionExclusion));
        Assert.Equal(BigInteger.Pow(2, 1000) - 2, Surjections.Count(1000, 2, SurjectionMethod.StirlingBand));
        Assert.Equal(Combinatorics.Factorial(200), Surjections.Count(200, 200, SurjectionMethod.InclusionExclusion));
        Assert.Equal(BigInteger.Zero, Surjections.Count(5, 6));
        Assert.Equal(BigInteger.One, Surjections.Count(0, 0));
    }

    [Fact]
    public void BadInputNamesTheRule()
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => Surjections.Count(-1, 0)).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Surjections.Count(5, 3, (SurjectionMethod)7));
        Assert.Equal("method", e.ParamName);
        Assert.Contains("defined", e.Message);
    }
}
