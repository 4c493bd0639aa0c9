using System.Numerics;
using TeachingKit.Geometry;

namespace TeachingKit.Tests.Geometry;

public class GeneralPositionCountTests
{
    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(5, 0, 1)]       // R^0 is a point
    [InlineData(7, 1, 8)]       // n points cut a line into n + 1 pieces
    [InlineData(4, 2, 11)]      // 1 + 4 + 6
    [InlineData(3, 3, 8)]       // 3 planes through general position: 2^3 octants
    [InlineData(20, 5, 21700)]  // the benchmark arrangement
    public void RegionsMatchLectureValues(int n, int d, int expected) =>
        Assert.Equal(new BigInteger(expected), GeneralPositionCount.Regions(n, d));

    [Fact]
    public void RegionsInThePlaneIs1PlusNPlusNChoose2()
    {
        for (int n = 0; n <= 30; n++)
            Assert.Equal(new BigInteger(1 + n + n * (n - 1) / 2), GeneralPositionCount.Regions(n, 2));
    }

    [Fact]
    public void RegionsWithDAtLeastNIs2ToTheN()
    {
        // Every sign pattern occurs when n ≤ d: the independent count 2^n.
        for (int n = 0; n <= 12; n++)
            Assert.Equal(BigInteger.One << n, GeneralPositionCount.Regions(n, n + 2));
    }

    [Fact]
    public void RecursionEqualsSum()
    {
        for (int n = 0; n <= 40; n++)
            for (int d = 0; d <= 8; d++)
                Assert.Equal(GeneralPositionCount.Regions(n, d), GeneralPositionCount.RegionsByRecursion(n, d));
    }

    [Fact]
    public void RegionsAreExactBeyondLongRange()
    {
        // Σ_{j≤100} C(200, j) = (2^200 + C(200, 100)) / 2 by the symmetry of the binomial row.
        BigInteger c = 1;
        for (int j = 0; j < 100; j++) c = c * (200 - j) / (j + 1);
        Assert.Equal(((BigInteger.One << 200) + c) / 2, GeneralPositionCount.Regions(200, 100));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void AsymptoticIsTheLeadingTerm(int d)
    {
        // Σ_{j≤d} C(n, j) = n^d/d! · (1 + O(d²/n)): the relative gap shrinks like 1/n.
        foreach (int n in new[] { 1_000, 100_000 })
        {
            double ratio = (double)GeneralPositionCount.Regions(n, d) / GeneralPositionCount.Asymptotic(n, d);
            Assert.InRange(Math.Abs(ratio - 1), 0, (d * d + 1.0) / n);
        }
    }

    [Fact]
    public void NegativeArgumentsThrow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GeneralPositionCount.Regions(-1, 2));
        Assert.Equal("n", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => GeneralPositionCount.RegionsByRecursion(3, -1));
    }
}
