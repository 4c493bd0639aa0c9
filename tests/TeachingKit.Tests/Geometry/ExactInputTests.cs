using System.Numerics;
using TeachingKit.Geometry;
using TeachingKit.Plots.Geometry;

namespace TeachingKit.Tests.Geometry;

/// <summary>
/// Lines meant to meet at (0.1, 0.3): x = 0.1, y = 0.3 and x + y = 0.4. Hand count: three concurrent lines
/// make 2·3 = 6 sectors; three lines in general position make 1 + 3 + 3 = 7.
/// </summary>
public class ExactInputTests
{
    // As doubles: x = 0.1 and y = 0.3 meet at (0.1d, 0.3d), but 0.1d + 0.3d ≠ 0.4d exactly (checked with
    // Python's Fraction), so the third line misses that point by about 1e−17.
    private static HyperplaneArrangement AsDoubles() => HyperplaneArrangement.Lines((1, 0, 0.1), (0, 1, 0.3), (1, 1, 0.1 + 0.3));

    [Fact]
    public void DoublesAreTakenAsTheirBinaryValuesSoTheTriplePointBreaks()
    {
        Assert.Equal(new BigInteger(7), AsDoubles().CountRegions());
    }

    [Fact]
    public void DecimalsStateConcurrencyExactly()
    {
        var lines = HyperplaneArrangement.LinesFromDecimals((1m, 0m, 0.1m), (0m, 1m, 0.3m), (1m, 1m, 0.1m + 0.3m));
        Assert.All(lines.Hyperplanes, h => Assert.True(h.IsExact));
        Assert.Equal(new BigInteger(6), lines.CountRegions());
        Assert.Equal(6, RegionLabelings.RegionCodes(lines).Length);
        Assert.Equal(6, LinearRegionPartition.OfLines(lines, lines.BoxAroundVertices()).Count);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, -3)]
    [InlineData(-5, 7)]
    public void DecimalsThroughOnePointGiveSixSectorsForAnyThirdDirection(int a, int b)
    {
        // (a, b, 0.1a + 0.3b) passes exactly through (0.1, 0.3) in decimal arithmetic.
        var lines = HyperplaneArrangement.LinesFromDecimals((1m, 0m, 0.1m), (0m, 1m, 0.3m), (a, b, a * 0.1m + b * 0.3m));
        Assert.Equal(new BigInteger(6), lines.CountRegions());
    }

    [Fact]
    public void IntegersStateConcurrencyExactlyAndMixWithDoubles()
    {
        // 10x = 1, 10y = 3, 10x + 10y = 4: the same point (0.1, 0.3) with integer coefficients.
        var exact = new HyperplaneArrangement(2, [
            Hyperplane.FromIntegers([10, 0], 1), Hyperplane.FromIntegers([0, 10], 3), Hyperplane.FromIntegers([10, 10], 4)]);
        Assert.Equal(new BigInteger(6), exact.CountRegions());
        // A fourth line through the origin, given as doubles (exact in binary), in general position otherwise: +4.
        var mixed = new HyperplaneArrangement(2, exact.Hyperplanes.Append(Hyperplane.Line(1, -1, 0)));
        Assert.Equal(new BigInteger(10), mixed.CountRegions());
        // Scaled copies are the same hyperplane: 20x = 2 repeats 10x = 1.
        var repeated = new HyperplaneArrangement(2, exact.Hyperplanes.Append(Hyperplane.FromIntegers([20, 0], 2)));
        Assert.Equal(new BigInteger(6), repeated.CountRegions());
    }

    [Fact]
    public void NearlyDegenerateDoublesAreRejectedWithAnExplanationNotAWrongPicture()
    {
        var lines = AsDoubles();
        // The partition (doubles with a tolerance) sees the triple point; the exact count does not.
        Assert.Equal(6, LinearRegionPartition.OfLines(lines, lines.BoxAroundVertices()).Count);
        var codes = Assert.Throws<ArgumentException>(() => RegionLabelings.RegionCodes(lines));
        Assert.Equal("lines", codes.ParamName);
        Assert.Contains("nearly degenerate", codes.Message);
        Assert.Contains("FromDecimals", codes.Message);
        var chart = Assert.Throws<ArgumentException>(() => ArrangementCharts.LinesWithRegions(lines));
        Assert.Equal("lines", chart.ParamName);
        Assert.Throws<ArgumentException>(() => ArrangementCharts.AddingLines(lines));
    }

    [Fact]
    public void BadExactInputThrows()
    {
        var zero = Assert.Throws<ArgumentException>(() => Hyperplane.FromIntegers([0, 0], 1));
        Assert.Equal("normal", zero.ParamName);
        Assert.Contains("zero vector", zero.Message);
        Assert.Equal("normal", Assert.Throws<ArgumentException>(() => Hyperplane.FromDecimals([0m, 0m], 1m)).ParamName);
        var huge = Assert.Throws<ArgumentException>(() => Hyperplane.FromIntegers([BigInteger.Pow(10, 400), 1], 0));
        Assert.Equal("normal", huge.ParamName);
        Assert.Equal("offset", Assert.Throws<ArgumentException>(() => Hyperplane.FromIntegers([1, 1], BigInteger.Pow(10, 400))).ParamName);
        Assert.Throws<ArgumentException>(() => Hyperplane.FromDecimals([], 1m));
    }
}
