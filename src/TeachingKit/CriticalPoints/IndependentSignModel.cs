using System.Numerics;
using TeachingKit.Counting;
using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// The lecture's statistical argument: if the N Hessian eigenvalues at a critical point had
/// independent random signs, each positive with probability ½, then a fraction 2⁻ᴺ of critical
/// points would be minima (N = 10 → 1/1024) and the index k would be Binomial(N, ½).
/// </summary>
/// <remarks>
/// The assumption (independent signs) is what makes the argument simple and is not true of real
/// random matrices: eigenvalues repel, and for GOE matrices all-positive is far rarer, about
/// exp(−(ln 3/4)N²) (Dean &amp; Majumdar 2006). Both point the same way: in high dimension almost
/// every critical point is a saddle. Compare with <see cref="RandomHessianMonteCarlo"/>.
/// </remarks>
public static class IndependentSignModel
{
    /// <summary>The fraction of minima, 2⁻ᴺ (lecture slide "random eigenvalues").</summary>
    public static double FractionOfMinima(int dimension)
    {
        Require.AtLeast(dimension, 1, nameof(dimension));
        return Math.ScaleB(1.0, -dimension);
    }

    /// <summary>P(index = k) = C(N, k)/2ᴺ: the probability of exactly k negative eigenvalues.</summary>
    public static double IndexProbability(int dimension, int index)
    {
        Require.AtLeast(dimension, 1, nameof(dimension));
        if (index < 0 || index > dimension)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must lie in [0, {dimension}], but was {index}.");
        return Math.ScaleB((double)Combinatorics.Binomial(dimension, index), -dimension);
    }

    /// <summary>P(index = k) for k = 0 … N.</summary>
    public static double[] IndexDistribution(int dimension)
    {
        Require.AtLeast(dimension, 1, nameof(dimension));
        return Enumerable.Range(0, dimension + 1).Select(k => IndexProbability(dimension, k)).ToArray();
    }

    /// <summary>
    /// The leading-order large-deviation estimate for GOE, P(all N eigenvalues &gt; 0) ≈ exp(−θN²) with
    /// θ = ln 3 / 4 (Dean &amp; Majumdar 2006, PRL 97, 160201). Only the N² term: a guide to the decay, not a value.
    /// </summary>
    public static double GoeAllPositiveLeadingOrder(int dimension)
    {
        Require.AtLeast(dimension, 1, nameof(dimension));
        return Math.Exp(-Math.Log(3) / 4 * dimension * (double)dimension);
    }
}
