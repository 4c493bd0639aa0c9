namespace TeachingKit.Optimization;

/// <summary>A learning-rate sweep: one training run per rate, the rate chosen on the validation set, and the test accuracy of that one run.</summary>
/// <param name="LearningRates">The rates tried, in order.</param>
/// <param name="Runs">The training curves, one per rate.</param>
/// <param name="ChosenIndex">The run with the lowest final validation loss among those that did not diverge.</param>
/// <param name="TestLoss">The chosen run's loss on the test set, measured once.</param>
/// <param name="TestAccuracy">The chosen run's accuracy on the test set, measured once.</param>
public sealed record SweepResult(IReadOnlyList<double> LearningRates, IReadOnlyList<TrainingHistory> Runs, int ChosenIndex, double TestLoss, double TestAccuracy)
{
    /// <summary>The chosen learning rate.</summary>
    public double ChosenLearningRate => LearningRates[ChosenIndex];

    /// <summary>The chosen run.</summary>
    public TrainingHistory Chosen => Runs[ChosenIndex];
}
