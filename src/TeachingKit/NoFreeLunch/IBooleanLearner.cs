namespace TeachingKit.NoFreeLunch;

/// <summary>A learning algorithm for Boolean functions: from a labelled training set it predicts a label for every point.</summary>
/// <remarks>
/// The learner sees only the training points and their labels, never the target off them: this is the assumption
/// under which Wolpert's theorem makes every learner's off-training-set accuracy, averaged over all targets, exactly 1/2.
/// A learner must be deterministic (any randomness seeded), so that one training per labelling gives its prediction.
/// </remarks>
public interface IBooleanLearner
{
    /// <summary>A short name for tables and legends.</summary>
    string Name { get; }

    /// <summary>The mask of the points predicted 1, after training on the points of <paramref name="trainingSet"/> labelled 1 where <paramref name="labels"/> has a bit.</summary>
    /// <param name="cube">The input space.</param>
    /// <param name="trainingSet">The training points (a mask; may be empty).</param>
    /// <param name="labels">The training points labelled 1 (a subset of <paramref name="trainingSet"/>).</param>
    int Predict(BooleanCube cube, int trainingSet, int labels);

    /// <summary>True when <see cref="Predict"/> keeps no state, so that the count may call it from several threads at once.</summary>
    bool IsThreadSafe => false;
}
