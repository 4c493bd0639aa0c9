using System.Numerics;
using TeachingKit.Validation;

namespace TeachingKit.NoFreeLunch;

/// <summary>
/// The inputs {0,1}ⁿ of a Boolean function, with sets of points and labellings held as bit masks: bit x of a mask
/// is point x, whose input bits are the bits of the integer x.
/// </summary>
/// <remarks>
/// A target function f: {0,1}ⁿ → {0,1} is the mask of the points it maps to 1, so the 2^(2ⁿ) targets are the integers
/// 0 … 2^(2ⁿ) − 1. Masks are <c>int</c>s, which limits n to 1 … 4 (16 points, 65,536 targets): n = 5 would have 2³²
/// targets, beyond any exhaustive count.
/// </remarks>
public sealed class BooleanCube
{
    /// <summary>The largest n whose targets the kit enumerates.</summary>
    public const int MaxInputs = 4;

    /// <summary>The cube {0,1}ⁿ, 1 ≤ n ≤ <see cref="MaxInputs"/>.</summary>
    public BooleanCube(int inputs)
    {
        Require.AtLeast(inputs, 1, nameof(inputs));
        if (inputs > MaxInputs)
            throw new ArgumentOutOfRangeException(nameof(inputs), inputs, $"{nameof(inputs)} must be at most {MaxInputs} (2^(2^n) targets are enumerated), but was {inputs}.");
        Inputs = inputs;
        PointCount = 1 << inputs;
        AllPoints = (1 << PointCount) - 1;
        TargetCount = 1 << PointCount;
    }

    /// <summary>n, the number of input bits.</summary>
    public int Inputs { get; }

    /// <summary>2ⁿ points.</summary>
    public int PointCount { get; }

    /// <summary>The mask of every point.</summary>
    public int AllPoints { get; }

    /// <summary>2^(2ⁿ) Boolean functions of n inputs.</summary>
    public int TargetCount { get; }

    /// <summary>Input bit <paramref name="bit"/> of point <paramref name="point"/>.</summary>
    public static bool Bit(int point, int bit) => ((point >> bit) & 1) == 1;

    /// <summary>Point <paramref name="point"/> as an integer vector of 0s and 1s (for the exact separability test).</summary>
    public int[] Coordinates(int point) => Enumerable.Range(0, Inputs).Select(b => Bit(point, b) ? 1 : 0).ToArray();

    /// <summary>Point <paramref name="point"/> as ±1 inputs (bit 1 → +1, bit 0 → −1), the encoding the perceptron and the network see.</summary>
    public double[] SignedInputs(int point) => Enumerable.Range(0, Inputs).Select(b => Bit(point, b) ? 1.0 : -1.0).ToArray();

    /// <summary>Number of points in <paramref name="mask"/>.</summary>
    public static int Size(int mask) => BitOperations.PopCount((uint)mask);

    /// <summary>Every training set (set of points) of <paramref name="size"/> points, in increasing order of their masks: C(2ⁿ, size) of them.</summary>
    public IEnumerable<int> TrainingSets(int size)
    {
        CheckSize(size);
        for (int mask = 0; mask <= AllPoints; mask++)
            if (Size(mask) == size) yield return mask;
    }

    /// <summary><paramref name="count"/> training sets of <paramref name="size"/> points drawn without repetition by a generator seeded with <paramref name="seed"/>, in increasing order.</summary>
    public IReadOnlyList<int> SampleTrainingSets(int size, int count, int seed)
    {
        var all = TrainingSets(size).ToArray();
        Require.AtLeast(count, 1, nameof(count));
        if (count > all.Length)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{nameof(count)} must be at most the {all.Length} training sets of size {size}, but was {count}.");
        new Random(seed).Shuffle(all);
        return all[..count].Order().ToArray();
    }

    /// <summary>Every subset of <paramref name="mask"/> (all 2^|mask| of them, 0 first): the labellings of a training set, or the completions of a target off it.</summary>
    public static IEnumerable<int> Subsets(int mask)
    {
        int subset = 0;
        do
        {
            yield return subset;
            subset = (subset - mask) & mask;   // the next subset in increasing order
        }
        while (subset != 0);
    }

    private void CheckSize(int size)
    {
        if ((uint)size > (uint)PointCount)
            throw new ArgumentOutOfRangeException(nameof(size), size, $"{nameof(size)} must lie in [0, {PointCount}], but was {size}.");
    }
}
