using System.Numerics;

namespace TeachingKit.NoFreeLunch;

/// <summary>Nearest neighbour in Hamming distance: each point takes the majority label of the training points closest to it.</summary>
/// <remarks>A training point is its own nearest neighbour, so the training set is fitted exactly. A tie in the vote, and
/// an empty training set, give 0.</remarks>
public sealed class NearestNeighbourLearner : IBooleanLearner
{
    /// <inheritdoc/>
    public string Name => "nearest neighbour";

    /// <inheritdoc/>
    public bool IsThreadSafe => true;

    /// <inheritdoc/>
    public int Predict(BooleanCube cube, int trainingSet, int labels)
    {
        ArgumentNullException.ThrowIfNull(cube);
        int prediction = 0;
        for (int x = 0; x < cube.PointCount; x++)
        {
            int nearest = int.MaxValue, ones = 0, zeros = 0;
            for (int rest = trainingSet; rest != 0; rest &= rest - 1)
            {
                int t = BitOperations.TrailingZeroCount(rest);
                int distance = BitOperations.PopCount((uint)(x ^ t));
                if (distance > nearest) continue;
                if (distance < nearest) (nearest, ones, zeros) = (distance, 0, 0);
                if (((labels >> t) & 1) == 1) ones++;
                else zeros++;
            }
            if (ones > zeros) prediction |= 1 << x;
        }
        return prediction;
    }
}
