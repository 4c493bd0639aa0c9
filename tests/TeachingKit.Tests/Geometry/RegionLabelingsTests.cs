using System.Numerics;
using TeachingKit.Geometry;

namespace TeachingKit.Tests.Geometry;

public class RegionLabelingsTests
{
    private static readonly int[][] Square = [[0, 0], [0, 1], [1, 0], [1, 1]];

    [Fact]
    public void XorIsNotRealizableFromRawInputsButAndIs()
    {
        Assert.False(LinearSeparability.IsSeparable(Square, [false, true, true, false]));
        Assert.True(LinearSeparability.IsSeparable(Square, [false, false, false, true]));
        Assert.True(LinearSeparability.IsSeparable(Square, [false, true, true, true]));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 14)]
    [InlineData(3, 104)] // OEIS A000609: threshold (linearly separable) Boolean functions
    public void CountOfThresholdFunctionsOnTheCubeMatchesOeis(int n, int expected)
    {
        var cube = RegionLabelings.HypercubeCorners(n);
        Assert.Equal(1 << n, cube.Distinct(new CornerComparer()).Count());
        var count = RegionLabelings.CountRealizable(cube);
        Assert.Equal(expected, count.Realizable);
        Assert.Equal(BigInteger.One << (1 << n), count.Labelings);
    }

    [Fact]
    public void SeparableAgreesWithPerceptronWitnessOnRandomLabelings()
    {
        // Independent one-sided check: when a perceptron finds a separating readout, the LP must agree.
        var random = new Random(8);
        var points = Enumerable.Range(0, 10).Select(_ => new[] { random.Next(-5, 6), random.Next(-5, 6), random.Next(-5, 6) }).ToArray();
        for (int trial = 0; trial < 200; trial++)
        {
            var labels = points.Select(_ => random.Next(2) == 1).ToArray();
            if (PerceptronSeparates(points, labels)) Assert.True(LinearSeparability.IsSeparable(points, labels));
        }
    }

    [Fact]
    public void ThreeLinesOneReadoutRealizes72Of128TwoLayersRealizeAll()
    {
        // Three lines in general position: 7 regions, whose codes are the 8 corners of {0,1}^3 minus one.
        // One readout realises exactly the threshold functions of 3 inputs (104, OEIS A000609) restricted to
        // those 7 corners: 72 of the 2^7 = 128 labelings (brute force over integer threshold functions, Python).
        var lines = HyperplaneArrangement.Lines((1, 0, 0), (0, 1, 0), (1, 1, 1));
        var codes = RegionLabelings.RegionCodes(lines);
        Assert.Equal(7, codes.Length);
        var count = RegionLabelings.CountRealizable(codes);
        Assert.Equal(72, count.Realizable);
        Assert.Equal(new BigInteger(128), count.Labelings);
        for (int mask = 0; mask < 128; mask++)
        {
            var labels = Enumerable.Range(0, 7).Select(i => ((mask >> i) & 1) == 1).ToArray();
            Assert.InRange(RegionLabelings.SecondLayerUnits(codes, labels), 0, 3);
        }
    }

    [Fact]
    public void NotebooksFourLinesOneReadoutRealizes492Of2048()
    {
        // The notebook's 4 random lines (seed 3) are in general position: 11 regions, 2^11 = 2048 labelings.
        // 492 is the number of threshold functions of 4 inputs (1882) restricted to the 11 codes (Python brute force).
        var lines = HyperplaneArrangement.RandomGeneralPosition(4, 2, seed: 3);
        Assert.Equal(GeneralPositionCount.Regions(4, 2), lines.CountRegions());
        var count = RegionLabelings.CountRealizable(RegionLabelings.RegionCodes(lines));
        Assert.Equal(11, count.Regions);
        Assert.Equal(492, count.Realizable);
    }

    [Fact]
    public void LargeCoordinatesAreDecidedExactlyNotOverflowed()
    {
        // Separability is invariant under x ↦ K·x + t: the big copies must agree with the small ones.
        var random = new Random(4);
        const int K = 300_000_000, t = -1_000_000_000;
        for (int trial = 0; trial < 60; trial++)
        {
            var points = Enumerable.Range(0, 7).Select(_ => new[] { random.Next(-3, 4), random.Next(-3, 4), random.Next(-3, 4) }).ToArray();
            var big = points.Select(p => p.Select(v => K * v + t).ToArray()).ToArray();
            var labels = points.Select(_ => random.Next(2) == 1).ToArray();
            Assert.Equal(LinearSeparability.IsSeparable(points, labels), LinearSeparability.IsSeparable(big, labels));
        }
        int[][] bigSquare = [[0, 0], [0, 1_000_000_000], [1_000_000_000, 0], [1_000_000_000, 1_000_000_000]];
        Assert.False(LinearSeparability.IsSeparable(bigSquare, [false, true, true, false]));
        Assert.True(LinearSeparability.IsSeparable(bigSquare, [false, false, false, true]));
    }

    [Fact]
    public void BadInputThrows()
    {
        Assert.Throws<ArgumentException>(() => LinearSeparability.IsSeparable(Square, [true, false]));
        Assert.Throws<ArgumentException>(() => LinearSeparability.IsSeparable([[0, 1], [1]], [true, false]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionLabelings.CountRealizable(Enumerable.Range(0, 30).Select(i => new[] { i }).ToArray()));
        var repeated = Assert.Throws<ArgumentException>(() => RegionLabelings.CountRealizable([[0, 1], [0, 1], [1, 1]]));
        Assert.Equal("codes", repeated.ParamName);
        Assert.Contains("distinct", repeated.Message);
        Assert.Equal("codes", Assert.Throws<ArgumentException>(() => RegionLabelings.SecondLayerUnits([[0, 1], [0, 1]], [true, false])).ParamName);
        var planes = HyperplaneArrangement.RandomGeneralPosition(3, 3, 1);
        var space = Assert.Throws<ArgumentException>(() => RegionLabelings.RegionCodes(planes));
        Assert.Equal("lines", space.ParamName);
        Assert.Contains("plane", space.Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void ParityNeedsADistributedCodeOrOneDetectorPerOddCorner(int bits)
    {
        var cube = RegionLabelings.HypercubeCorners(bits);
        var parity = cube.Select(c => c.Sum() % 2 == 1).ToArray();
        Assert.False(LinearSeparability.IsSeparable(cube, parity));
        // Distributed: the n threshold units [Σx ≥ k] make parity one linear readout (alternating signs).
        var thresholds = cube.Select(c => Enumerable.Range(1, bits).Select(k => c.Sum() >= k ? 1 : 0).ToArray()).ToArray();
        Assert.True(LinearSeparability.IsSeparable(thresholds, parity));
        // Local: one detector per corner labelled 1 (or 0): 2^(n−1) units.
        Assert.Equal(1 << (bits - 1), RegionLabelings.SecondLayerUnits(cube, parity));
    }

    private sealed class CornerComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(int[] c) => c.Aggregate(17, (h, v) => h * 31 + v);
    }

    private static bool PerceptronSeparates(int[][] points, bool[] labels)
    {
        var w = new double[points[0].Length + 1];
        for (int epoch = 0; epoch < 200; epoch++)
        {
            bool clean = true;
            for (int i = 0; i < points.Length; i++)
            {
                double s = w[^1];
                for (int k = 0; k < points[i].Length; k++) s += w[k] * points[i][k];
                int y = labels[i] ? 1 : -1;
                if (y * s > 0) continue;
                clean = false;
                for (int k = 0; k < points[i].Length; k++) w[k] += y * points[i][k];
                w[^1] += y;
            }
            if (clean) return true;
        }
        return false;
    }
}
