using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Symmetry;

/// <summary>
/// The lecture's convexity test: average a trained network over all n! relabellings of a hidden
/// layer. If the loss were convex, the average would have loss at most the mean loss of the copies,
/// which all equal the original's; a higher averaged loss proves the loss is not convex.
/// </summary>
/// <remarks>
/// The argument is the second lecture's ("the loss is not convex": if it were, the average of all permuted copies of
/// a trained network — a degenerate network whose hidden units are identical — would have loss at most that of the
/// original; it does not). The inequality used is Jensen's, L((1/n!) Σ_P Pθ) ≤ (1/n!) Σ_P L(Pθ) for a convex L;
/// the copies Pθ are the permutation minima counted in <see cref="PermutationCounting"/> (Brea et al. 2019).
/// </remarks>
/// <param name="OriginalLoss">L(θ).</param>
/// <param name="MeanPermutedLoss">The mean of L(Pθ) over all n! permutations P: equals L(θ) by symmetry.</param>
/// <param name="MaxPermutedLossDeviation">max_P |L(Pθ) − L(θ)|: zero up to rounding.</param>
/// <param name="AveragedLoss">L(θ̄), θ̄ = (1/n!) Σ_P Pθ: a degenerate network whose hidden units are identical.</param>
/// <param name="PermutationCount">n!, the number of copies averaged.</param>
/// <param name="AveragedParameters">θ̄.</param>
public sealed record PermutationAverage(
    double OriginalLoss, double MeanPermutedLoss, double MaxPermutedLossDeviation, double AveragedLoss,
    long PermutationCount, double[] AveragedParameters)
{
    /// <summary>Largest hidden layer that is averaged exactly (8! = 40 320 copies).</summary>
    public const int MaxNeurons = 8;

    /// <summary>True when L(θ̄) &gt; mean L(Pθ): Jensen's inequality fails, so the loss is not convex.</summary>
    public bool ConvexityViolated => AveragedLoss > MeanPermutedLoss;

    /// <summary>Averages hidden layer <paramref name="layer"/> of <paramref name="parameters"/> over all its permutations, exactly.</summary>
    public static PermutationAverage Compute(Mlp network, IReadOnlyList<double> parameters, Dataset data, int layer = 1)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (layer < 1 || layer >= network.LayerSizes.Count - 1)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"{nameof(layer)} must be a hidden layer, 1 ≤ layer ≤ {network.LayerSizes.Count - 2}, but was {layer}.");
        int n = network.LayerSizes[layer];
        if (n > MaxNeurons)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"layer {layer} has {n} neurons; exact averaging enumerates n! copies and needs n ≤ {MaxNeurons}.");
        double original = network.Loss(parameters, data);

        var sum = new double[network.ParameterCount];
        double lossSum = 0, maxDeviation = 0;
        long count = 0;
        foreach (var permutation in Permutations(n))
        {
            var copy = network.PermuteHidden(parameters, layer, permutation);
            for (int p = 0; p < sum.Length; p++) sum[p] += copy[p];
            double loss = network.Loss(copy, data);
            lossSum += loss;
            maxDeviation = Math.Max(maxDeviation, Math.Abs(loss - original));
            count++;
        }
        var averaged = sum.Select(v => v / count).ToArray();
        return new PermutationAverage(original, lossSum / count, maxDeviation, network.Loss(averaged, data), count, averaged);
    }

    /// <summary>All permutations of 0..n−1 in lexicographic order.</summary>
    public static IEnumerable<int[]> Permutations(int n)
    {
        Require.AtLeast(n, 1, nameof(n));
        return Lexicographic(n);
    }

    private static IEnumerable<int[]> Lexicographic(int n)
    {
        var p = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            yield return (int[])p.Clone();
            int i = n - 2;
            while (i >= 0 && p[i] > p[i + 1]) i--;
            if (i < 0) yield break;
            int j = n - 1;
            while (p[j] < p[i]) j--;
            (p[i], p[j]) = (p[j], p[i]);
            Array.Reverse(p, i + 1, n - i - 1);
        }
    }
}
