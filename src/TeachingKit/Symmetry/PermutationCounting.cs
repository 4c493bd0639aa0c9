using System.Numerics;
using TeachingKit.Counting;
using TeachingKit.Validation;

namespace TeachingKit.Symmetry;

/// <summary>
/// Counts of the points that the permutation symmetry of hidden neurons creates: equivalent global
/// minima, K-th order permutation points, and the lower bounds on saddles of Brea et al. (2019).
/// All counts are exact <see cref="BigInteger"/>s: n!^m overflows a long already for n = 21, m = 1.
/// </summary>
/// <remarks>
/// Lecture, slides "Permutation symmetry" and "Counting permutation points"; paper: J. Brea,
/// B. Simsek, B. Illing, W. Gerstner, "Weight-space symmetry in deep networks gives rise to
/// permutation saddles, connected by equal-loss valleys across the loss landscape", arXiv:1907.02911 (2019).
/// A layer has n neurons; a K-th order permutation point is a configuration in which the n weight
/// vectors of the layer sit on only n − K distinct positions.
/// </remarks>
public static class PermutationCounting
{
    /// <summary>
    /// The number of equivalent global minima of a network with <paramref name="layers"/> hidden layers
    /// of <paramref name="neuronsPerLayer"/> neurons each: n!^m (slide "Permutation symmetry").
    /// </summary>
    public static BigInteger EquivalentMinima(int neuronsPerLayer, int layers = 1)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        Require.AtLeast(layers, 1, nameof(layers));
        return BigInteger.Pow(Combinatorics.Factorial(neuronsPerLayer), layers);
    }

    /// <summary>
    /// The slide's weight-space dimension N = m·n² + n·q of a network with input dimension n,
    /// m hidden layers of n neurons, q outputs and no biases.
    /// </summary>
    public static long WeightSpaceDimension(int neuronsPerLayer, int layers, int outputs)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        Require.AtLeast(layers, 1, nameof(layers));
        Require.AtLeast(outputs, 1, nameof(outputs));
        return (long)layers * neuronsPerLayer * neuronsPerLayer + (long)neuronsPerLayer * outputs;
    }

    /// <summary>
    /// The Stirling number of the second kind S(n, k): the number of ways to split n labelled
    /// items into k non-empty unlabelled groups.
    /// </summary>
    /// <remarks>
    /// Computed on the band S(i, i − j), j ≤ n − k, of the recurrence S(i, k) = k·S(i−1, k) + S(i−1, k−1),
    /// so S(1000, 998) costs a few thousand BigInteger operations, not a million.
    /// </remarks>
    public static BigInteger StirlingSecondKind(int n, int k)
    {
        Require.AtLeast(n, 0, nameof(n));
        if (k < 0 || k > n) return BigInteger.Zero;
        if (k == 0) return n == 0 ? BigInteger.One : BigInteger.Zero;
        int depth = n - k;
        // band[j] holds S(i, i − j) for the current i.
        var band = new BigInteger[depth + 1];
        band[0] = BigInteger.One; // S(0, 0)
        for (int i = 1; i <= n; i++)
        {
            for (int j = Math.Min(depth, i - 1); j >= 1; j--)
                band[j] = (i - j) * band[j - 1] + band[j];   // S(i, i−j) = (i−j)·S(i−1, i−j) + S(i−1, i−1−j)
            if (depth >= i) band[i] = BigInteger.Zero;         // S(i, 0) = 0 for i ≥ 1
        }
        return band[depth];
    }

    /// <summary>
    /// The number of K-th order permutation points of one layer of n neurons: the ways to place n
    /// labelled weight vectors on n − K labelled positions with every position used,
    /// (n − K)!·S(n, n − K) (slide "Counting permutation points").
    /// </summary>
    /// <remarks>K = 0 gives the n! minima; for K = 1 and K = 2 the value equals <see cref="SlideFormula"/>.</remarks>
    public static BigInteger PermutationPoints(int neuronsPerLayer, int order)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        RequireOrder(order, neuronsPerLayer, nameof(order));
        int positions = neuronsPerLayer - order;
        return Combinatorics.Factorial(positions) * StirlingSecondKind(neuronsPerLayer, positions);
    }

    /// <summary>
    /// The slide's hand count for K = 1 and K = 2: (n!/2!)·(n−1) first-order points, and
    /// n!/3!·C(n−2, 1) + n!/(2!·2!)·C(n−2, 2) second-order points (one triple, or two pairs, of coinciding vectors).
    /// </summary>
    public static BigInteger SlideFormula(int neuronsPerLayer, int order)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        if (order is not (1 or 2))
            throw new ArgumentOutOfRangeException(nameof(order), order, $"{nameof(order)} must be 1 or 2 (the slide gives only these), but was {order}.");
        RequireOrder(order, neuronsPerLayer, nameof(order));
        BigInteger nFactorial = Combinatorics.Factorial(neuronsPerLayer);
        int n = neuronsPerLayer;
        return order == 1
            ? nFactorial / 2 * (n - 1)
            : nFactorial / 6 * Combinatorics.Binomial(n - 2, 1) + nFactorial / 4 * Combinatorics.Binomial(n - 2, 2);
    }

    /// <summary>
    /// The ratio C(n − K, K)/2^K: a layer of n neurons has at least this many times more K-th order
    /// saddles than global minima (Brea et al. 2019, valid for K &lt; n/2).
    /// </summary>
    public static double SaddleToMinimumRatioBound(int neuronsPerLayer, int order)
    {
        RequireBoundOrder(neuronsPerLayer, order);
        return (double)Combinatorics.Binomial(neuronsPerLayer - order, order) / Math.Pow(2, order);
    }

    /// <summary>
    /// The lower bound n!·C(n − K, K)/2^K on the K-th order permutation points of one layer: the
    /// configurations made only of K coinciding pairs (Brea et al. 2019, K &lt; n/2).
    /// </summary>
    public static BigInteger LayerSaddleBound(int neuronsPerLayer, int order)
    {
        RequireBoundOrder(neuronsPerLayer, order);
        // n! holds at least n − popcount(n) ≥ K factors 2, so the division is exact.
        return Combinatorics.Factorial(neuronsPerLayer) * Combinatorics.Binomial(neuronsPerLayer - order, order) >> order;
    }

    /// <summary>
    /// The network bound (m/2^K)·C(n − K, K)·n!^m on the K-th order saddles of a network with m hidden
    /// layers of n neurons (Brea et al. 2019, K &lt; n/2).
    /// </summary>
    public static BigInteger NetworkSaddleBound(int neuronsPerLayer, int layers, int order)
    {
        RequireBoundOrder(neuronsPerLayer, order);
        Require.AtLeast(layers, 1, nameof(layers));
        return layers * Combinatorics.Binomial(neuronsPerLayer - order, order) * EquivalentMinima(neuronsPerLayer, layers) >> order;
    }

    /// <summary>
    /// The K-th order permutation points of a network of m layers in which one layer is at a K-th
    /// order point and the other m − 1 are at permutation minima: m·P(n, K)·n!^(m−1).
    /// </summary>
    public static BigInteger NetworkPermutationPoints(int neuronsPerLayer, int layers, int order)
    {
        Require.AtLeast(layers, 1, nameof(layers));
        return layers * PermutationPoints(neuronsPerLayer, order) * BigInteger.Pow(Combinatorics.Factorial(neuronsPerLayer), layers - 1);
    }

    private static void RequireOrder(int order, int neuronsPerLayer, string paramName)
    {
        if (order < 0 || order >= neuronsPerLayer)
            throw new ArgumentOutOfRangeException(paramName, order,
                $"{paramName} must satisfy 0 ≤ K < n = {neuronsPerLayer} (n vectors need at least one position), but was {order}.");
    }

    private static void RequireBoundOrder(int neuronsPerLayer, int order)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        Require.AtLeast(order, 1, nameof(order));
        if (2 * order >= neuronsPerLayer)
            throw new ArgumentOutOfRangeException(nameof(order), order,
                $"{nameof(order)} must satisfy K < n/2 = {neuronsPerLayer / 2.0} for the bound C(n−K, K)/2^K (Brea et al. 2019), but was {order}.");
    }
}
