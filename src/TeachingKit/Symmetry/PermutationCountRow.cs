using System.Numerics;

namespace TeachingKit.Symmetry;

/// <summary>
/// One row of the lecture's counts table: for a layer of <see cref="N"/> neurons, the K-th order
/// permutation points next to the slide formula and the Brea et al. bound.
/// </summary>
/// <param name="N">Neurons in the layer.</param>
/// <param name="K">Order of the permutation point (number of merged positions).</param>
/// <param name="Minima">The n! equivalent minima of the layer.</param>
/// <param name="PermutationPoints">(n − K)!·S(n, n − K).</param>
/// <param name="SlideFormula">The slide's hand count (K = 1, 2 only), else null.</param>
/// <param name="Bound">n!·C(n − K, K)/2^K when K &lt; n/2, else null.</param>
/// <param name="PointsPerMinimum">PermutationPoints / Minima, from the exact integers (finite also where n! exceeds a double, n ≥ 171).</param>
/// <param name="BoundRatio">C(n − K, K)/2^K when K &lt; n/2, else null.</param>
public sealed record PermutationCountRow(
    int N, int K, BigInteger Minima, BigInteger PermutationPoints, BigInteger? SlideFormula,
    BigInteger? Bound, double PointsPerMinimum, double? BoundRatio)
{
    /// <summary>The table for n = <paramref name="minNeurons"/>..<paramref name="maxNeurons"/> and K = 1..<paramref name="maxOrder"/> (rows with K ≥ n skipped).</summary>
    public static IReadOnlyList<PermutationCountRow> Table(int minNeurons, int maxNeurons, int maxOrder)
    {
        Validation.Require.AtLeast(minNeurons, 1, nameof(minNeurons));
        Validation.Require.AtLeast(maxNeurons, minNeurons, nameof(maxNeurons));
        Validation.Require.AtLeast(maxOrder, 1, nameof(maxOrder));
        var rows = new List<PermutationCountRow>();
        for (int n = minNeurons; n <= maxNeurons; n++)
        {
            BigInteger minima = TeachingKit.Counting.Combinatorics.Factorial(n);
            for (int k = 1; k <= maxOrder && k < n; k++)
            {
                BigInteger points = PermutationCounting.PermutationPoints(n, k);
                bool bounded = 2 * k < n;
                rows.Add(new PermutationCountRow(
                    n, k, minima, points,
                    k <= 2 ? PermutationCounting.SlideFormula(n, k) : null,
                    bounded ? PermutationCounting.LayerSaddleBound(n, k) : null,
                    TeachingKit.Counting.Combinatorics.RatioAsDouble(points, minima),
                    bounded ? PermutationCounting.SaddleToMinimumRatioBound(n, k) : null));
            }
        }
        return rows;
    }
}
