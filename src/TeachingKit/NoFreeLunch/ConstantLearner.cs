namespace TeachingKit.NoFreeLunch;

/// <summary>The learner that ignores its data: it predicts the same label everywhere.</summary>
public sealed class ConstantLearner : IBooleanLearner
{
    /// <summary>A learner that always predicts <paramref name="label"/>.</summary>
    public ConstantLearner(bool label = false) => Label = label;

    /// <summary>The label predicted at every point.</summary>
    public bool Label { get; }

    /// <inheritdoc/>
    public string Name => $"constant {(Label ? 1 : 0)}";

    /// <inheritdoc/>
    public bool IsThreadSafe => true;

    /// <inheritdoc/>
    public int Predict(BooleanCube cube, int trainingSet, int labels)
    {
        ArgumentNullException.ThrowIfNull(cube);
        return Label ? cube.AllPoints : 0;
    }
}
