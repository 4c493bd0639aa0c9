using System.Numerics;
using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// The hyperplane {x ∈ R^d : normal · x = offset}. A hidden neuron w·x + b is the hyperplane with
/// normal w and offset −b: the set where its pre-activation changes sign.
/// </summary>
/// <remarks>
/// <para>Exactness: the exact region count (<see cref="HyperplaneArrangement.CountRegions"/>) takes double
/// coefficients as the exact binary values they are. 0.1 is not exact in binary (it is stored as
/// 0.1000000000000000055…), so lines meant to pass through (0.1, 0.3) built from doubles usually miss one
/// another's crossing by about 1e−17 and count as in general position. To state concurrency or
/// parallelism exactly, build the hyperplane with <see cref="FromIntegers"/> or
/// <see cref="FromDecimals"/>: the counter then uses those exact values, and the doubles
/// (<see cref="Normal"/>, <see cref="Offset"/>) are only their nearest approximations, for evaluating
/// and drawing.</para>
/// </remarks>
public sealed class Hyperplane
{
    private readonly double[] _normal;

    /// <summary>Creates normal · x = offset; the normal must be finite and not the zero vector.</summary>
    public Hyperplane(IReadOnlyList<double> normal, double offset) : this(normal, offset, exactRow: null)
    {
    }

    private Hyperplane(IReadOnlyList<double> normal, double offset, BigInteger[]? exactRow)
    {
        Require.NotEmpty(normal, nameof(normal));
        Require.AllFinite(normal, nameof(normal));
        Require.Finite(offset, nameof(offset));
        if (normal.All(c => c == 0))
            throw new ArgumentException("normal must not be the zero vector: a hyperplane needs a direction.", nameof(normal));
        _normal = normal.ToArray();
        Normal = Array.AsReadOnly(_normal);
        Offset = offset;
        ExactRow = exactRow;
    }

    /// <summary>The hyperplane of a neuron with weights <paramref name="weights"/> and bias <paramref name="bias"/>: w·x + b = 0.</summary>
    public static Hyperplane FromNeuron(IReadOnlyList<double> weights, double bias) => new(weights, -Require.Finite(bias, nameof(bias)));

    /// <summary>The line a·x + b·y = c in the plane.</summary>
    public static Hyperplane Line(double a, double b, double c) => new([a, b], c);

    /// <summary>
    /// normal · x = offset with exact integer coefficients: the exact region count uses these integers, so
    /// concurrency and parallelism are exactly as stated (e.g. 10x = 1, 10y = 3 and 10x + 10y = 4 meet in one point).
    /// </summary>
    public static Hyperplane FromIntegers(IReadOnlyList<BigInteger> normal, BigInteger offset)
    {
        Require.NotEmpty(normal, nameof(normal));   // the constructor rejects a zero normal (a non-zero integer stays non-zero as a double)
        var approximate = normal.Select(c => ToFiniteDouble(c, nameof(normal))).ToArray();
        return new Hyperplane(approximate, ToFiniteDouble(offset, nameof(offset)), [.. normal, offset]);
    }

    /// <summary>
    /// normal · x = offset with exact decimal coefficients (0.1m is exactly one tenth, unlike the double 0.1):
    /// the exact region count uses these decimal values.
    /// </summary>
    public static Hyperplane FromDecimals(IReadOnlyList<decimal> normal, decimal offset)
    {
        Require.NotEmpty(normal, nameof(normal));   // the constructor rejects a zero normal (a non-zero decimal stays non-zero as a double)
        var values = normal.Append(offset).ToArray();
        // A decimal is mantissa / 10^scale; multiply every entry by 10^(largest scale) to get integers.
        int maxScale = values.Max(v => v.Scale);
        var row = values.Select(v => DecimalMantissa(v) * BigInteger.Pow(10, maxScale - v.Scale)).ToArray();
        return new Hyperplane(normal.Select(c => (double)c).ToArray(), (double)offset, row);
    }

    /// <summary>The normal vector (read-only); for exact hyperplanes the nearest doubles.</summary>
    public IReadOnlyList<double> Normal { get; }

    /// <summary>The right-hand side of normal · x = offset; for exact hyperplanes the nearest double.</summary>
    public double Offset { get; }

    /// <summary>Dimension d of the space the hyperplane lives in.</summary>
    public int Dimension => _normal.Length;

    /// <summary>True when the hyperplane was given exactly (<see cref="FromIntegers"/>, <see cref="FromDecimals"/>).</summary>
    public bool IsExact => ExactRow is not null;

    /// <summary>The exact integer row (a_1..a_d, b) proportional to the stated a·x = b, or null for double input.</summary>
    internal BigInteger[]? ExactRow { get; }

    /// <summary>normal · x − offset: positive on one side, negative on the other, zero on the hyperplane.</summary>
    public double Evaluate(ReadOnlySpan<double> x)
    {
        if (x.Length != _normal.Length)
            throw new ArgumentException($"x has dimension {x.Length}, but the hyperplane lives in R^{_normal.Length}; they must match.", nameof(x));
        double s = -Offset;
        for (int i = 0; i < x.Length; i++) s += _normal[i] * x[i];
        return s;
    }

    /// <summary>"1.5·x1 − 2·x2 = 0.5" style text.</summary>
    public override string ToString() =>
        string.Join(" + ", _normal.Select((c, i) => $"{c:G4}·x{i + 1}")).Replace("+ -", "− ") + $" = {Offset:G4}";

    private static double ToFiniteDouble(BigInteger value, string paramName)
    {
        double d = (double)value;
        if (!double.IsFinite(d))
            throw new ArgumentException($"{paramName} must have entries of magnitude below {double.MaxValue:G3} (so they can be drawn as doubles).", paramName);
        return d;
    }

    /// <summary>The signed 96-bit integer m of a decimal m / 10^scale.</summary>
    private static BigInteger DecimalMantissa(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return bits[3] < 0 ? -magnitude : magnitude;
    }
}
