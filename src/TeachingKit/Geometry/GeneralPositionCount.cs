using System.Numerics;
using TeachingKit.Counting;
using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// How many regions n hyperplanes in general position cut R^d into: the lecture's count
/// Σ_{j=0..d} C(n, j), its tilting recursion and its growth n^d / d!.
/// </summary>
/// <remarks>
/// General position: every d of the hyperplanes meet in exactly one point and no d + 1 of them
/// share a point (Zaslavsky 1975; Buck 1943). The count is the maximum over all arrangements of
/// n hyperplanes in R^d, so any degenerate arrangement has fewer regions.
/// </remarks>
public static class GeneralPositionCount
{
    /// <summary>
    /// Σ_{j=0..d} C(n, j): the regions of n hyperplanes in general position in R^d
    /// (lecture slide "regions cut by hyperplanes": n + 1 on a line, 1 + n + n(n−1)/2 in the plane).
    /// </summary>
    /// <param name="n">Number of hyperplanes, at least 0.</param>
    /// <param name="d">Dimension of the space, at least 0 (R^0 is a point: one region).</param>
    public static BigInteger Regions(int n, int d)
    {
        Require.AtLeast(n, 0, nameof(n));
        Require.AtLeast(d, 0, nameof(d));
        BigInteger sum = 0;
        for (int j = 0; j <= Math.Min(d, n); j++) sum += Combinatorics.Binomial(n, j);
        return sum;
    }

    /// <summary>
    /// The same count by the lecture's tilting argument: r(n, d) = r(n−1, d) + r(n−1, d−1), with
    /// r(0, d) = 1 and r(n, 0) = 1. Adding the n-th hyperplane splits every region it crosses in two,
    /// and it crosses as many regions as the other n − 1 cut it into: a (d−1)-dimensional count.
    /// </summary>
    /// <remarks>Dynamic programming over a (d + 1)-row table: O(n·d) BigInteger additions.</remarks>
    public static BigInteger RegionsByRecursion(int n, int d)
    {
        Require.AtLeast(n, 0, nameof(n));
        Require.AtLeast(d, 0, nameof(d));
        // row[k] holds r(m, k) for the current m; start at m = 0 where every r(0, k) = 1.
        var row = new BigInteger[d + 1];
        Array.Fill(row, BigInteger.One);
        for (int m = 1; m <= n; m++)
        {
            // Go down in k so that row[k − 1] still holds r(m − 1, k − 1).
            for (int k = d; k >= 1; k--) row[k] += row[k - 1];
            // row[0] = r(m, 0) = 1: a point is never cut.
        }
        return row[d];
    }

    /// <summary>The leading term n^d / d! of the count for fixed d as n → ∞ (the lecture's O(n^d / d!)).</summary>
    public static double Asymptotic(int n, int d)
    {
        Require.AtLeast(n, 0, nameof(n));
        Require.AtLeast(d, 0, nameof(d));
        double value = 1;
        for (int j = 1; j <= d; j++) value *= (double)n / j;
        return value;
    }
}
