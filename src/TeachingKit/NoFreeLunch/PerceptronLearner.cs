using TeachingKit.Validation;

namespace TeachingKit.NoFreeLunch;

/// <summary>Rosenblatt's perceptron on ±1 inputs with a bias, from zero weights, cycling through the training points in order.</summary>
/// <remarks>
/// Update on a point with y·(w·x + b) ≤ 0: w ← w + y x, b ← b + y (y = ±1). Integer arithmetic, so the run is exact and
/// deterministic. It stops after a pass without mistakes or after <see cref="MaxEpochs"/> passes (a labelling that is not
/// linearly separable never converges, and the weights after the last pass predict). Predicts 1 where w·x + b &gt; 0.
/// </remarks>
public sealed class PerceptronLearner : IBooleanLearner
{
    /// <summary>A perceptron that makes at most <paramref name="maxEpochs"/> passes over the training set.</summary>
    public PerceptronLearner(int maxEpochs = 10) => MaxEpochs = Require.AtLeast(maxEpochs, 1, nameof(maxEpochs));

    /// <summary>The largest number of passes over the training set.</summary>
    public int MaxEpochs { get; }

    /// <inheritdoc/>
    public string Name => "perceptron";

    /// <inheritdoc/>
    public bool IsThreadSafe => true;

    /// <inheritdoc/>
    public int Predict(BooleanCube cube, int trainingSet, int labels)
    {
        ArgumentNullException.ThrowIfNull(cube);
        Span<int> weights = stackalloc int[cube.Inputs + 1];   // the bias last
        weights.Clear();
        for (int epoch = 0; epoch < MaxEpochs; epoch++)
        {
            bool mistake = false;
            for (int x = 0; x < cube.PointCount; x++)
            {
                if (((trainingSet >> x) & 1) == 0) continue;
                int y = ((labels >> x) & 1) == 1 ? 1 : -1;
                if (y * Activation(weights, x, cube.Inputs) > 0) continue;
                mistake = true;
                for (int b = 0; b < cube.Inputs; b++) weights[b] += y * Sign(x, b);
                weights[cube.Inputs] += y;
            }
            if (!mistake) break;
        }
        int prediction = 0;
        for (int x = 0; x < cube.PointCount; x++)
            if (Activation(weights, x, cube.Inputs) > 0) prediction |= 1 << x;
        return prediction;
    }

    // w·x + b with x the ±1 encoding of point x.
    private static int Activation(ReadOnlySpan<int> weights, int x, int inputs)
    {
        int sum = weights[inputs];
        for (int b = 0; b < inputs; b++) sum += weights[b] * Sign(x, b);
        return sum;
    }

    private static int Sign(int x, int bit) => BooleanCube.Bit(x, bit) ? 1 : -1;
}
