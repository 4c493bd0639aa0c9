using System.Numerics;

namespace TeachingKit.Geometry;

/// <summary>
/// Counts the regions of a hyperplane arrangement exactly by deletion–restriction,
/// r(A) = r(A \ H) + r(A restricted to H), in exact integer arithmetic.
/// </summary>
/// <remarks>
/// <para>Every double is a dyadic rational m·2^e, so scaling a row by a power of two makes it an
/// exact integer row (a_1, …, a_d, b) for a·x = b. No tolerance is involved anywhere: parallel,
/// concurrent and repeated hyperplanes are recognised exactly, as the input doubles describe them —
/// which is not always as the user meant them (0.1 is not a dyadic rational). Hyperplanes built with
/// <see cref="Hyperplane.FromIntegers"/> or <see cref="Hyperplane.FromDecimals"/> carry their exact row,
/// which is used instead.</para>
/// <para>Unrolling the deletion step gives the lecture's "add one hyperplane at a time":
/// r(H_1..H_m) = 1 + Σ_i r({H_1..H_{i−1}} restricted to H_i), the i-th term being the number of pieces the
/// earlier hyperplanes cut H_i into (each piece splits one region in two).</para>
/// <para>Restricting to H: solve H for one coordinate x_p and substitute. With integers this is the
/// cross-multiplication h_p·r_c − r_p·h_c; dividing each row by the gcd of its entries and making its
/// first nonzero coefficient positive gives one canonical row per hyperplane, so a hash set removes
/// repeats. A row whose coefficients all vanish is parallel to H (empty intersection) or equal to it,
/// and is dropped. The number of calls is about the number of regions (each leaf on a line adds m + 1).</para>
/// </remarks>
internal static class ExactRegionCounter
{
    /// <summary>Regions of the arrangement of the given hyperplanes, all in R^dimension.</summary>
    public static BigInteger Count(IReadOnlyList<Hyperplane> hyperplanes, int dimension)
    {
        var rows = new List<BigInteger[]>(hyperplanes.Count);
        foreach (var h in hyperplanes) rows.Add(ToIntegerRow(h));
        return CountRows(Distinct(rows), dimension);
    }

    private static BigInteger CountRows(List<BigInteger[]> rows, int dimension)
    {
        if (rows.Count == 0 || dimension == 0) return BigInteger.One;
        if (dimension == 1) return rows.Count + 1; // m distinct points cut a line into m + 1 pieces
        BigInteger total = BigInteger.One;
        for (int i = 0; i < rows.Count; i++)
            total += CountRows(Restrict(rows, i), dimension - 1);
        return total;
    }

    /// <summary>The hyperplanes rows[0..i−1] restricted to rows[i], in the coordinates of rows[i].</summary>
    private static List<BigInteger[]> Restrict(List<BigInteger[]> rows, int i)
    {
        BigInteger[] h = rows[i];
        int width = h.Length, p = 0;
        while (h[p].IsZero) p++; // a row is never all-zero in its coefficients
        var restricted = new List<BigInteger[]>(i);
        for (int j = 0; j < i; j++)
        {
            BigInteger[] r = rows[j];
            var row = new BigInteger[width - 1];
            bool hasCoefficient = false;
            for (int c = 0, k = 0; c < width; c++)
            {
                if (c == p) continue;
                row[k] = h[p] * r[c] - r[p] * h[c];
                if (c < width - 1 && !row[k].IsZero) hasCoefficient = true;
                k++;
            }
            if (hasCoefficient) restricted.Add(Canonical(row));
        }
        return Distinct(restricted);
    }

    private static List<BigInteger[]> Distinct(List<BigInteger[]> rows)
    {
        var seen = new HashSet<BigInteger[]>(RowComparer.Instance);
        var distinct = new List<BigInteger[]>(rows.Count);
        foreach (var row in rows)
            if (seen.Add(row)) distinct.Add(row);
        return distinct;
    }

    /// <summary>Divides by the gcd of the entries and makes the first nonzero coefficient positive.</summary>
    private static BigInteger[] Canonical(BigInteger[] row)
    {
        BigInteger g = BigInteger.Zero;
        foreach (var v in row) g = BigInteger.GreatestCommonDivisor(g, v);
        int first = 0;
        while (row[first].IsZero) first++;
        if (row[first].Sign < 0) g = -g;
        if (!g.IsOne)
            for (int c = 0; c < row.Length; c++) row[c] /= g;
        return row;
    }

    /// <summary>The exact integer row (a_1..a_d, b) proportional to normal·x = offset.</summary>
    private static BigInteger[] ToIntegerRow(Hyperplane h)
    {
        if (h.ExactRow is { } exact) return Canonical((BigInteger[])exact.Clone()); // stated exactly by the user
        var values = h.Normal.Append(h.Offset).ToArray();
        var mantissas = new BigInteger[values.Length];
        var exponents = new int[values.Length];
        int minExponent = int.MaxValue;
        for (int c = 0; c < values.Length; c++)
        {
            (mantissas[c], exponents[c]) = Dyadic(values[c]);
            if (!mantissas[c].IsZero) minExponent = Math.Min(minExponent, exponents[c]);
        }
        var row = new BigInteger[values.Length];
        for (int c = 0; c < values.Length; c++)
            row[c] = mantissas[c].IsZero ? BigInteger.Zero : mantissas[c] << (exponents[c] - minExponent);
        return Canonical(row);
    }

    /// <summary>A finite double as mantissa·2^exponent with an integer mantissa (exact, IEEE 754 layout).</summary>
    private static (BigInteger Mantissa, int Exponent) Dyadic(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        if (biased == 0 && fraction == 0) return (BigInteger.Zero, 0);
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52); // subnormals have no hidden bit
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        return (negative ? -mantissa : mantissa, exponent);
    }

    private sealed class RowComparer : IEqualityComparer<BigInteger[]>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(BigInteger[]? x, BigInteger[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(BigInteger[] row)
        {
            var hash = new HashCode();
            foreach (var v in row) hash.Add(v);
            return hash.ToHashCode();
        }
    }
}
