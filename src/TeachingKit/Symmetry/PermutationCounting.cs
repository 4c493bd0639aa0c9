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
    /// The lecture's weight-space dimension N = m·n² + n·q (slide "Permutation symmetry": "the weight space has
    /// N = m·n² + n·q dimensions"). The slide assumes that the input has the same dimension n as each hidden layer,
    /// and counts no biases; for any other input use <see cref="WeightCount"/>.
    /// </summary>
    public static long WeightSpaceDimension(int neuronsPerLayer, int layers, int outputs) =>
        WeightCount(inputDimension: neuronsPerLayer, neuronsPerLayer, layers, outputs, includeBiases: false);

    /// <summary>
    /// The number of parameters of a network with input dimension d, m hidden layers of n neurons and q outputs:
    /// d·n + (m − 1)·n² + n·q weights, plus m·n + q biases when <paramref name="includeBiases"/> is true.
    /// With d = n and no biases it is the slide's N = m·n² + n·q (<see cref="WeightSpaceDimension"/>).
    /// </summary>
    /// <remarks>For the committee machine with 2-D inputs, 4 hidden neurons and 1 output: 12 weights, 17 parameters with biases.</remarks>
    public static long WeightCount(int inputDimension, int neuronsPerLayer, int layers, int outputs, bool includeBiases)
    {
        Require.AtLeast(inputDimension, 1, nameof(inputDimension));
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        Require.AtLeast(layers, 1, nameof(layers));
        Require.AtLeast(outputs, 1, nameof(outputs));
        long n = neuronsPerLayer;
        long weights = inputDimension * n + (layers - 1) * n * n + n * outputs;
        return includeBiases ? weights + layers * n + outputs : weights;
    }

    /// <summary>
    /// The number of K-th order permutation points of one layer of n neurons: the ways to place n
    /// labelled weight vectors on n − K labelled positions with every position used,
    /// (n − K)!·S(n, n − K) (slide "Counting permutation points").
    /// </summary>
    /// <remarks>
    /// K = 0 gives the n! minima; for K = 1 and K = 2 the value equals <see cref="SlideFormula"/>.
    /// <see cref="Surjections.Count"/> picks the cheaper exact method: the Stirling band for small K,
    /// inclusion–exclusion for K close to n.
    /// </remarks>
    public static BigInteger PermutationPoints(int neuronsPerLayer, int order)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        RequireOrder(order, neuronsPerLayer, nameof(order));
        return Surjections.Count(neuronsPerLayer, neuronsPerLayer - order);
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
    /// saddles than global minima (Brea et al. 2019, stated for K &lt; n/2).
    /// </summary>
    public static double SaddleToMinimumRatioBound(int neuronsPerLayer, int order)
    {
        var (numerator, powerOfTwo) = BoundRatio(neuronsPerLayer, order);
        return Combinatorics.RatioAsDouble(numerator, BigInteger.One << powerOfTwo);
    }

    /// <summary>
    /// The lower bound n!·C(n − K, K)/2^K on the K-th order permutation points of one layer: the
    /// configurations made only of K coinciding pairs (Brea et al. 2019, stated for K &lt; n/2).
    /// </summary>
    public static BigInteger LayerSaddleBound(int neuronsPerLayer, int order)
    {
        var (numerator, powerOfTwo) = BoundRatio(neuronsPerLayer, order);
        // n! holds at least n − popcount(n) ≥ K factors 2, so the division is exact.
        return Combinatorics.Factorial(neuronsPerLayer) * numerator >> powerOfTwo;
    }

    /// <summary>
    /// The network bound (m/2^K)·C(n − K, K)·n!^m on the K-th order saddles of a network with m hidden
    /// layers of n neurons (Brea et al. 2019, stated for K &lt; n/2): any one of the m layers at one of its
    /// n!·C(n − K, K)/2^K pair-only points, the other m − 1 layers at one of their n! relabellings.
    /// </summary>
    public static BigInteger NetworkSaddleBound(int neuronsPerLayer, int layers, int order)
    {
        BigInteger layerBound = LayerSaddleBound(neuronsPerLayer, order);
        Require.AtLeast(layers, 1, nameof(layers));
        return layers * layerBound * BigInteger.Pow(Combinatorics.Factorial(neuronsPerLayer), layers - 1);
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

    // The one place of Brea et al.'s (2019) ratio C(n − K, K)/2^K, as the exact fraction numerator / 2^powerOfTwo.
    private static (BigInteger Numerator, int PowerOfTwo) BoundRatio(int neuronsPerLayer, int order)
    {
        RequireBoundOrder(neuronsPerLayer, order);
        return (Combinatorics.Binomial(neuronsPerLayer - order, order), order);
    }

    private static void RequireBoundOrder(int neuronsPerLayer, int order)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        Require.AtLeast(order, 1, nameof(order));
        if (2 * order >= neuronsPerLayer)
            throw new ArgumentOutOfRangeException(nameof(order), order,
                $"{nameof(order)} must satisfy K < n/2 = {neuronsPerLayer / 2.0}: the bound C(n−K, K)/2^K is stated by Brea et al. (2019) for K < n/2, but K was {order}.");
    }
}
