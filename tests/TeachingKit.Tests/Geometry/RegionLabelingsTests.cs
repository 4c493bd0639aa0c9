using System.Numerics;
using TeachingKit.Geometry;

namespace TeachingKit.Tests.Geometry;

public class RegionLabelingsTests
{
    private static readonly int[][] Square = [[0, 0], [0, 1], [1, 0], [1, 1]];

    [Fact]
    public void Xor_IsNotRealizable_FromRawInputs_ButAndIs()
    {
        Assert.False(LinearSeparability.IsSeparable(Square, [false, true, true, false]));
        Assert.True(LinearSeparability.IsSeparable(Square, [false, false, false, true]));
        Assert.True(LinearSeparability.IsSeparable(Square, [false, true, true, true]));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 14)]
    [InlineData(3, 104)] // OEIS A000609: threshold (linearly separable) Boolean functions
    public void CountOfThresholdFunctions_OnTheCube_MatchesOeis(int n, int expected)
    {
        var cube = RegionLabelings.HypercubeCorners(n);
        Assert.Equal(1 << n, cube.Distinct(new CornerComparer()).Count());
        var count = RegionLabelings.CountRealizable(cube);
        Assert.Equal(expected, count.Realizable);
        Assert.Equal(BigInteger.One << (1 << n), count.Labelings);
    }

    [Fact]
    public void Separable_AgreesWithPerceptronWitness_OnRandomLabelings()
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
    public void ThreeLines_OneReadoutRealizesAFraction_TwoLayersRealizeAll()
    {
        var lines = HyperplaneArrangement.Lines((1, 0, 0), (0, 1, 0), (1, 1, 1));
        var codes = RegionLabelings.RegionCodes(lines);
        Assert.Equal(7, codes.Length);
        var count = RegionLabelings.CountRealizable(codes);
        Assert.True(count.Realizable < 128 && count.Realizable > 2 * 7, $"realizable {count.Realizable}");
        for (int mask = 0; mask < 128; mask++)
        {
            var labels = Enumerable.Range(0, 7).Select(i => ((mask >> i) & 1) == 1).ToArray();
            Assert.InRange(RegionLabelings.SecondLayerUnits(codes, labels), 0, 3);
        }
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => LinearSeparability.IsSeparable(Square, [true, false]));
        Assert.Throws<ArgumentException>(() => LinearSeparability.IsSeparable([[0, 1], [1]], [true, false]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionLabelings.CountRealizable(Enumerable.Range(0, 30).Select(i => new[] { i }).ToArray()));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Parity_NeedsADistributedCode_OrOneDetectorPerOddCorner(int bits)
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
