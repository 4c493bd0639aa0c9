using System.Numerics;
using TeachingKit.Geometry;

namespace TeachingKit.Tests.Geometry;

public class HyperplaneArrangementTests
{
    public static TheoryData<int, int, int> RandomCases()
    {
        var data = new TheoryData<int, int, int>();
        for (int d = 1; d <= 5; d++)
            foreach (int n in new[] { 0, 1, 2, 3, 5, 8, 12 })
                data.Add(n, d, 100 * d + n);
        data.Add(10, 6, 7);
        data.Add(9, 7, 8);
        return data;
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void ExactEqualsFormulaForRandomGeneralPosition(int n, int d, int seed)
    {
        var arrangement = HyperplaneArrangement.RandomGeneralPosition(n, d, seed);
        Assert.Equal(GeneralPositionCount.Regions(n, d), arrangement.CountRegions());
    }

    /// <summary>Degenerate arrangements with counts known in closed form or by hand.</summary>
    public static TheoryData<string, HyperplaneArrangement, int> Degenerate() => new()
    {
        // k parallel lines: k + 1 strips.
        { "5 parallel lines", HyperplaneArrangement.Lines((1, 2, 0), (1, 2, 1), (2, 4, 3), (-1, -2, 5), (0.5, 1, -1)), 6 },
        // m lines through one point: 2m sectors.
        { "4 concurrent lines", HyperplaneArrangement.Lines((1, 0, 1), (0, 1, 2), (1, 1, 3), (1, -1, -1)), 8 },
        // k parallel lines plus m lines through one point (not on them, none parallel to them): (k + 1)(...) —
        // by adding lines one at a time: 2m sectors, then each parallel line crosses the m lines at m points: +(m + 1) each.
        { "3 parallel + 4 concurrent", HyperplaneArrangement.Lines((0, 1, 10), (0, 1, 11), (0, 1, 12), (1, 0, 0), (1, 1, 0), (1, -1, 0), (2, 1, 0)), 8 + 3 * 5 },
        // Repeated hyperplanes count once (scaled and sign-flipped copies included).
        { "repeated lines", HyperplaneArrangement.Lines((1, 1, 1), (2, 2, 2), (-3, -3, -3), (1, -1, 0), (0.25, -0.25, 0)), 4 },
        // Two pencils of parallel lines: an a × b grid gives (a + 1)(b + 1).
        { "3 × 4 grid", HyperplaneArrangement.Lines((1, 0, 0), (1, 0, 1), (1, 0, 2), (0, 1, 0), (0, 1, 1), (0, 1, 2), (0, 1, 3)), 20 },
        // The braid arrangement x_i = x_j in R^4: 4! orderings.
        { "braid A3", Braid(4), 24 },
        // Coordinate hyperplanes of R^6: 2^6 orthants; plus the repeated copy x_1 = 0.
        { "orthants of R^6", new HyperplaneArrangement(6, Enumerable.Range(0, 6).Select(Unit).Append(new Hyperplane(Unit(0).Normal.Select(c => 3 * c).ToArray(), 0))), 64 },
        // Planes through a common line in R^3 (a pencil): like concurrent lines in the plane, 2m.
        { "pencil of 5 planes in R^3", new HyperplaneArrangement(3, Enumerable.Range(0, 5).Select(k => new Hyperplane([Math.Cos(0.5 * k), Math.Sin(0.5 * k), 0], 0))), 10 },
    };

    [Theory]
    [MemberData(nameof(Degenerate))]
    public void ExactEqualsKnownCountForDegenerateArrangements(string name, HyperplaneArrangement arrangement, int expected)
    {
        Assert.True(expected < (int)arrangement.GeneralPositionRegions, $"{name}: the formula should over-count");
        Assert.Equal(new BigInteger(expected), arrangement.CountRegions());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(0, 5)]
    [InlineData(4, 3)]
    [InlineData(5, 6)]
    public void KParallelPlusMConcurrentHas2MPlusKTimesMPlus1Regions(int k, int m)
    {
        // m ≥ 1 lines through the origin give 2m sectors; each of k parallel lines y = 10 + j crosses the m lines
        // at m distinct points (and no other parallel), so it is cut into m + 1 pieces and adds m + 1 regions.
        // Offsets are exactly 0 and directions θ_i = π(i + 0.3)/m never horizontal, so no rounding breaks the pattern.
        var concurrent = Enumerable.Range(0, m).Select(i => (Math.Cos(Math.PI * (i + 0.3) / m), Math.Sin(Math.PI * (i + 0.3) / m), 0.0));
        var parallel = Enumerable.Range(0, k).Select(j => (0.0, 1.0, 10.0 + j));
        var arrangement = HyperplaneArrangement.Lines(concurrent.Concat(parallel).ToArray());
        int expected = 2 * m + k * (m + 1);
        Assert.Equal(new BigInteger(expected), arrangement.CountRegions());
        // Independent: the polygons of a box around every crossing.
        Assert.Equal(expected, LinearRegionPartition.OfLines(arrangement, arrangement.BoxAroundVertices()).Count);
    }

    [Fact]
    public void ExactEqualsBruteForceSignVectorsOnSmallIntegerGridArrangements()
    {
        // Independent check: lines with small integer coefficients (many parallels and triple points)
        // against the regions found by clipping polygons inside a box around all crossings.
        var random = new Random(3);
        for (int trial = 0; trial < 30; trial++)
        {
            var lines = Enumerable.Range(0, 6).Select(_ =>
            {
                int a = random.Next(-2, 3), b = random.Next(-2, 3);
                if (a == 0 && b == 0) a = 1;
                return ((double)a, (double)b, (double)random.Next(-2, 3));
            }).ToArray();
            var arrangement = HyperplaneArrangement.Lines(lines);
            var cells = LinearRegionPartition.OfLines(arrangement, arrangement.BoxAroundVertices());
            Assert.Equal(new BigInteger(cells.Count), arrangement.CountRegions());
        }
    }

    [Theory]
    [InlineData(3, 8, 1)]
    [InlineData(3, 9, 2)]
    [InlineData(4, 9, 3)]
    [InlineData(5, 8, 4)]
    public void ExactEqualsWhitneyZaslavskySumOnDegenerateIntegerArrangements(int d, int n, int seed)
    {
        // Independent algorithm: Zaslavsky's theorem with Whitney's formula for the characteristic
        // polynomial gives r(A) = Σ over subsets B with a common point of (−1)^(|B| − rank B),
        // here with floating-point ranks (MathNet SVD) of small integer matrices.
        var random = new Random(seed);
        var planes = new List<Hyperplane>();
        while (planes.Count < n)
        {
            var w = Enumerable.Range(0, d).Select(_ => (double)random.Next(-1, 2)).ToArray();
            if (w.All(c => c == 0)) continue;
            planes.Add(new Hyperplane(w, random.Next(-1, 2)));
        }
        var arrangement = new HyperplaneArrangement(d, planes);
        BigInteger whitney = 0;
        for (int mask = 0; mask < 1 << n; mask++)
        {
            var rows = Enumerable.Range(0, n).Where(i => ((mask >> i) & 1) == 1).ToArray();
            if (rows.Length == 0) { whitney += 1; continue; }
            var a = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(rows.Length, d, (r, c) => planes[rows[r]].Normal[c]);
            var ab = a.Append(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(rows.Length, 1, (r, _) => planes[rows[r]].Offset));
            int rank = a.Rank();
            if (ab.Rank() != rank) continue; // no common point
            whitney += (rows.Length - rank) % 2 == 0 ? 1 : -1;
        }
        Assert.Equal(whitney, arrangement.CountRegions());
        Assert.True(whitney < arrangement.GeneralPositionRegions); // these arrangements are degenerate
    }

    [Fact]
    public void MonteCarloIsALowerBoundAndMissesSmallRegions()
    {
        var arrangement = HyperplaneArrangement.RandomGeneralPosition(12, 2, 5);
        var exact = arrangement.CountRegions();
        var few = arrangement.EstimateRegions(200, 3, 1);
        var many = arrangement.EstimateRegions(200_000, 3, 1);
        Assert.True(few.DistinctSignVectors < many.DistinctSignVectors);
        Assert.True(many.DistinctSignVectors <= exact);
        Assert.True(few.DistinctSignVectors < exact);
        Assert.Equal(few, arrangement.EstimateRegions(200, 3, 1)); // seeded: same answer
    }

    [Fact]
    public void MonteCarloNeverExceedsTheRegionsMeetingTheBox()
    {
        // The notebook's arrangement: 15 random lines (seed 100), sampled in [−3, 3]².
        var lines = HyperplaneArrangement.RandomGeneralPosition(15, 2, 100);
        int meeting = LinearRegionPartition.OfLines(lines, Box2D.Centered(3)).Count;
        Assert.True(meeting < (int)lines.CountRegions(), "some regions lie outside the box");
        var few = lines.EstimateRegions(2_000, 3, 1).DistinctSignVectors;
        var many = lines.EstimateRegions(200_000, 3, 1).DistinctSignVectors;
        Assert.True(few < many && many <= meeting, $"2 000 samples: {few}, 200 000: {many}, meeting the box: {meeting}");
    }

    [Fact]
    public void NeuronHyperplaneEvaluatesThePreActivationAndSignVectorsFollow()
    {
        var neuron = Hyperplane.FromNeuron([1.5, -2], 0.25);
        Assert.Equal(1.5 * 3 - 2 * 1 + 0.25, neuron.Evaluate([3.0, 1.0]), 1e-15);
        var axes = HyperplaneArrangement.Lines((1, 0, 0), (0, 1, 0));
        Assert.Equal([1, -1], axes.SignVector([2.0, -5.0]));
        Assert.Equal([0, 1], axes.SignVector([0.0, 5.0]));
    }

    [Fact]
    public void BadInputThrows()
    {
        var zero = Assert.Throws<ArgumentException>(() => new Hyperplane([0, 0], 1));
        Assert.Equal("normal", zero.ParamName);
        Assert.Contains("zero vector", zero.Message);
        var nan = Assert.Throws<ArgumentException>(() => new Hyperplane([1, double.NaN], 1));
        Assert.Contains("finite", nan.Message);
        Assert.Throws<ArgumentException>(() => new Hyperplane([1, 1], double.PositiveInfinity));
        var mismatch = Assert.Throws<ArgumentException>(() => new HyperplaneArrangement(3, [new Hyperplane([1, 0], 0)]));
        Assert.Equal("hyperplanes", mismatch.ParamName);
        Assert.Contains("dimensions must match", mismatch.Message);
        var arrangement = HyperplaneArrangement.RandomGeneralPosition(3, 2, 1);
        Assert.Throws<ArgumentException>(() => arrangement.SignVector([1.0, 2.0, 3.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => arrangement.EstimateRegions(0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => arrangement.EstimateRegions(10, 0, 1));
    }

    private static Hyperplane Unit(int i)
    {
        var e = new double[6];
        e[i] = 1;
        return new Hyperplane(e, 0);
    }

    private static HyperplaneArrangement Braid(int d)
    {
        var planes = new List<Hyperplane>();
        for (int i = 0; i < d; i++)
            for (int j = i + 1; j < d; j++)
            {
                var w = new double[d];
                w[i] = 1; w[j] = -1;
                planes.Add(new Hyperplane(w, 0));
            }
        return new HyperplaneArrangement(d, planes);
    }
}
