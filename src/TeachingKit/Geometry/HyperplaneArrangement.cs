using System.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// A finite set of hyperplanes in R^d (an arrangement) with its exact region count and a Monte
/// Carlo estimate of it.
/// </summary>
/// <remarks>
/// Regions are the connected components of R^d minus the hyperplanes: every point off the
/// hyperplanes has a sign vector (which side of each hyperplane it is on), and the regions are the
/// sign vectors that occur. Repeated hyperplanes are allowed and count once.
/// </remarks>
public sealed class HyperplaneArrangement
{
    private readonly Hyperplane[] _hyperplanes;

    /// <summary>An arrangement of hyperplanes that all live in R^<paramref name="dimension"/>.</summary>
    public HyperplaneArrangement(int dimension, IEnumerable<Hyperplane> hyperplanes)
    {
        Require.AtLeast(dimension, 1, nameof(dimension));
        ArgumentNullException.ThrowIfNull(hyperplanes);
        _hyperplanes = hyperplanes.ToArray();
        for (int i = 0; i < _hyperplanes.Length; i++)
        {
            if (_hyperplanes[i] is null) throw new ArgumentException($"hyperplanes[{i}] is null.", nameof(hyperplanes));
            if (_hyperplanes[i].Dimension != dimension)
                throw new ArgumentException(
                    $"hyperplanes[{i}] lives in R^{_hyperplanes[i].Dimension}, but the arrangement is in R^{dimension}; dimensions must match.",
                    nameof(hyperplanes));
        }
        Dimension = dimension;
    }

    /// <summary>Lines a·x + b·y = c in the plane, given as (a, b, c).</summary>
    public static HyperplaneArrangement Lines(params (double A, double B, double C)[] lines) =>
        new(2, (lines ?? throw new ArgumentNullException(nameof(lines))).Select(l => Hyperplane.Line(l.A, l.B, l.C)));

    /// <summary>Lines a·x + b·y = c in the plane with exact decimal coefficients (see <see cref="Hyperplane.FromDecimals"/>).</summary>
    /// <remarks>Use this to state concurrency exactly: the lines (a, b, 0.1a + 0.3b) built from decimals all pass
    /// through (0.1, 0.3); built from doubles they generally do not, since 0.1 and 0.3 are not exact in binary.</remarks>
    public static HyperplaneArrangement LinesFromDecimals(params (decimal A, decimal B, decimal C)[] lines) =>
        new(2, (lines ?? throw new ArgumentNullException(nameof(lines))).Select(l => Hyperplane.FromDecimals([l.A, l.B], l.C)));

    /// <summary>
    /// <paramref name="count"/> random hyperplanes in R^<paramref name="dimension"/>: Gaussian normals and
    /// offsets. In general position with probability one; nothing checks it here, but comparing
    /// <see cref="CountRegions"/> with <see cref="GeneralPositionRegions"/> does (equal iff no region is lost).
    /// </summary>
    public static HyperplaneArrangement RandomGeneralPosition(int count, int dimension, int seed)
    {
        Require.AtLeast(count, 0, nameof(count));
        Require.AtLeast(dimension, 1, nameof(dimension));
        var normal = new Normal(0, 1, new MersenneTwister(seed));
        var planes = new Hyperplane[count];
        for (int i = 0; i < count; i++)
        {
            var w = new double[dimension];
            normal.Samples(w);
            planes[i] = new Hyperplane(w, normal.Sample());
        }
        return new HyperplaneArrangement(dimension, planes);
    }

    /// <summary>Dimension d of the ambient space R^d.</summary>
    public int Dimension { get; }

    /// <summary>The hyperplanes, in the order given (repeats included).</summary>
    public IReadOnlyList<Hyperplane> Hyperplanes => Array.AsReadOnly(_hyperplanes);

    /// <summary>Number of hyperplanes given, repeats included.</summary>
    public int Count => _hyperplanes.Length;

    /// <summary>What <see cref="GeneralPositionCount.Regions"/> predicts for this many hyperplanes in this dimension.</summary>
    public BigInteger GeneralPositionRegions => GeneralPositionCount.Regions(Count, Dimension);

    /// <summary>
    /// The exact number of regions, for any arrangement (parallel, concurrent or repeated
    /// hyperplanes included), by deletion–restriction in exact integer arithmetic.
    /// </summary>
    /// <remarks>
    /// Double coefficients are taken exactly as the binary values they are, with no tolerance: three lines
    /// meant to meet at (0.1, 0.3) but built from doubles usually miss by rounding and count 7 regions, not 6.
    /// State such arrangements exactly with <see cref="Hyperplane.FromIntegers"/>, <see cref="Hyperplane.FromDecimals"/>
    /// or <see cref="LinesFromDecimals"/>.
    /// </remarks>
    public BigInteger CountRegions() => ExactRegionCounter.Count(_hyperplanes, Dimension);

    /// <summary>
    /// For lines in the plane: a square around the origin that holds every crossing point and the
    /// point of each line nearest the origin, enlarged by <paramref name="margin"/> on every side. Every
    /// region of the arrangement then meets the square, so drawing it shows all regions.
    /// </summary>
    public Box2D BoxAroundVertices(double margin = 1)
    {
        Require.Positive(margin, nameof(margin));
        if (Dimension != 2)
            throw new InvalidOperationException($"BoxAroundVertices needs lines in the plane, but the arrangement is in R^{Dimension}.");
        double extent = 0;
        foreach (var h in _hyperplanes)
        {
            double a = h.Normal[0], b = h.Normal[1], norm2 = a * a + b * b;
            extent = Math.Max(extent, Math.Max(Math.Abs(a * h.Offset / norm2), Math.Abs(b * h.Offset / norm2)));
        }
        for (int i = 0; i < _hyperplanes.Length; i++)
            for (int j = 0; j < i; j++)
            {
                var (p, q) = (_hyperplanes[i], _hyperplanes[j]);
                double det = p.Normal[0] * q.Normal[1] - p.Normal[1] * q.Normal[0];
                if (det == 0) continue; // parallel or equal: no crossing
                double x = (p.Offset * q.Normal[1] - p.Normal[1] * q.Offset) / det;
                double y = (p.Normal[0] * q.Offset - p.Offset * q.Normal[0]) / det;
                extent = Math.Max(extent, Math.Max(Math.Abs(x), Math.Abs(y)));
            }
        return Box2D.Centered(extent + margin);
    }

    /// <summary>The side of every hyperplane <paramref name="x"/> lies on: +1, −1, or 0 on the hyperplane.</summary>
    public int[] SignVector(IReadOnlyList<double> x)
    {
        Require.NotEmpty(x, nameof(x));
        Require.SameLength(x.Count, Dimension, nameof(x), "the arrangement's dimension");
        var point = x.ToArray();
        return _hyperplanes.Select(h => Math.Sign(h.Evaluate(point))).ToArray();
    }

    /// <summary>
    /// Monte Carlo estimate: the number of distinct sign vectors among <paramref name="samples"/>
    /// points drawn uniformly from the box [−halfWidth, halfWidth]^d. A lower bound that misses
    /// small regions and regions that do not reach into the box.
    /// </summary>
    public MonteCarloRegionCount EstimateRegions(int samples, double halfWidth, int seed)
    {
        Require.AtLeast(samples, 1, nameof(samples));
        Require.Positive(halfWidth, nameof(halfWidth));
        var random = new MersenneTwister(seed);
        int words = Math.Max(1, (_hyperplanes.Length + 63) / 64);
        var seen = new HashSet<SignKey>();
        var x = new double[Dimension];
        for (int s = 0; s < samples; s++)
        {
            for (int k = 0; k < Dimension; k++) x[k] = halfWidth * (2 * random.NextDouble() - 1);
            var bits = new ulong[words];
            for (int i = 0; i < _hyperplanes.Length; i++)
                if (_hyperplanes[i].Evaluate(x) > 0) bits[i >> 6] |= 1UL << (i & 63);
            seen.Add(new SignKey(bits));
        }
        return new MonteCarloRegionCount(samples, halfWidth, seen.Count);
    }

    /// <summary>A sign vector packed into bits, compared by value.</summary>
    private readonly struct SignKey(ulong[] bits) : IEquatable<SignKey>
    {
        private readonly ulong[] _bits = bits;

        public bool Equals(SignKey other) => _bits.AsSpan().SequenceEqual(other._bits);

        public override bool Equals(object? obj) => obj is SignKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var w in _bits) hash.Add(w);
            return hash.ToHashCode();
        }
    }
}

/// <summary>The result of a Monte Carlo region count.</summary>
/// <param name="Samples">Number of points sampled.</param>
/// <param name="HalfWidth">The box sampled is [−HalfWidth, HalfWidth]^d.</param>
/// <param name="DistinctSignVectors">Regions hit at least once: a lower bound on the true count.</param>
public sealed record MonteCarloRegionCount(int Samples, double HalfWidth, int DistinctSignVectors);
