using TeachingKit.Validation;

namespace TeachingKit.Symmetry;

/// <summary>
/// Brute-force enumeration of permutation points for small layers: every assignment of n labelled
/// weight vectors to n − K labelled positions, kept when every position is used. The closed forms
/// of <see cref="PermutationCounting"/> are tested against it.
/// </summary>
public static class PermutationEnumeration
{
    /// <summary>The largest layer the enumeration accepts: (n−1)^n assignments for K = 1 is 5.8 million at n = 8.</summary>
    public const int MaxNeurons = 9;

    /// <summary>
    /// Counts the K-th order permutation points of a layer of <paramref name="neuronsPerLayer"/> neurons
    /// by trying all (n − K)^n assignments of vectors to positions.
    /// </summary>
    public static long Count(int neuronsPerLayer, int order)
    {
        RequireSmall(neuronsPerLayer, order);
        int positions = neuronsPerLayer - order;
        int full = (1 << positions) - 1;
        var digits = new int[neuronsPerLayer];
        long count = 0;
        while (true)
        {
            int used = 0;
            for (int i = 0; i < digits.Length; i++) used |= 1 << digits[i];
            if (used == full) count++;
            if (!Advance(digits, positions)) return count;
        }
    }

    /// <summary>
    /// Lists the K-th order permutation points: entry i of each array is the position of weight vector i.
    /// Meant for n ≤ 5, where a student can still read the list.
    /// </summary>
    public static IEnumerable<int[]> Enumerate(int neuronsPerLayer, int order)
    {
        RequireSmall(neuronsPerLayer, order);
        return EnumerateCore(neuronsPerLayer, neuronsPerLayer - order);
    }

    private static IEnumerable<int[]> EnumerateCore(int neurons, int positions)
    {
        var digits = new int[neurons];
        int full = (1 << positions) - 1;
        do
        {
            int used = 0;
            foreach (int d in digits) used |= 1 << d;
            if (used == full) yield return (int[])digits.Clone();
        } while (Advance(digits, positions));
    }

    // Odometer step in base `radix`; false after the last assignment.
    private static bool Advance(int[] digits, int radix)
    {
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            if (++digits[i] < radix) return true;
            digits[i] = 0;
        }
        return false;
    }

    private static void RequireSmall(int neuronsPerLayer, int order)
    {
        Require.AtLeast(neuronsPerLayer, 1, nameof(neuronsPerLayer));
        if (neuronsPerLayer > MaxNeurons)
            throw new ArgumentOutOfRangeException(nameof(neuronsPerLayer), neuronsPerLayer,
                $"{nameof(neuronsPerLayer)} must be at most {MaxNeurons} for brute-force enumeration, but was {neuronsPerLayer}.");
        if (order < 0 || order >= neuronsPerLayer)
            throw new ArgumentOutOfRangeException(nameof(order), order,
                $"{nameof(order)} must satisfy 0 ≤ K < n = {neuronsPerLayer}, but was {order}.");
    }
}
