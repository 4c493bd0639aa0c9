namespace TeachingKit.Optimization;

/// <summary>The training curves of one run: losses and accuracies per epoch, the minibatch loss and gradient norm per step.</summary>
/// <remarks>
/// Per-epoch lists have one entry per completed epoch plus entry 0, the untrained network. <see cref="Seconds"/>
/// counts the wall time spent in training steps only (not in the evaluations that draw the curves), so runs with
/// different batch sizes compare fairly; it is the one entry that differs between reruns with the same seeds.
/// </remarks>
/// <param name="Optimizer">The optimizer's name with its hyperparameters.</param>
/// <param name="Schedule">The learning-rate schedule's name.</param>
/// <param name="BatchSize">m, the samples per minibatch.</param>
/// <param name="TrainingLoss">The mean loss over the whole training set after each epoch.</param>
/// <param name="ValidationLoss">The mean loss over the validation set after each epoch.</param>
/// <param name="TrainingAccuracy">The training set's accuracy after each epoch.</param>
/// <param name="ValidationAccuracy">The validation set's accuracy after each epoch.</param>
/// <param name="Seconds">Training wall time up to the end of each epoch (0 for entry 0).</param>
/// <param name="StepLoss">The loss of each step's minibatch, where its gradient was taken.</param>
/// <param name="GradientNorm">‖g‖ of each step's minibatch gradient.</param>
/// <param name="StopReason"><see cref="StopReason.MaxSteps"/> when every epoch ran, <see cref="StopReason.Diverged"/> when training failed.</param>
/// <param name="Message">A sentence on how the run ended.</param>
/// <param name="FinalParameters">θ at the end of the last completed epoch.</param>
public sealed record TrainingHistory(
    string Optimizer, string Schedule, int BatchSize,
    IReadOnlyList<double> TrainingLoss, IReadOnlyList<double> ValidationLoss,
    IReadOnlyList<double> TrainingAccuracy, IReadOnlyList<double> ValidationAccuracy, IReadOnlyList<double> Seconds,
    IReadOnlyList<double> StepLoss, IReadOnlyList<double> GradientNorm,
    StopReason StopReason, string Message, IReadOnlyList<double> FinalParameters)
{
    /// <summary>Epochs completed.</summary>
    public int Epochs => TrainingLoss.Count - 1;

    /// <summary>
    /// True when training failed before the last epoch (a non-finite loss or parameter), or when the training loss ended
    /// above the untrained network's: a learning rate so large that training made the loss worse has diverged, NaN or not.
    /// </summary>
    /// <remarks>
    /// The training loss, not the validation loss, decides: it is the function being minimized, so overfitting (validation
    /// loss rising while training loss falls) is never called divergence. A loss that blows up without overflowing —
    /// cross-entropy of huge finite logits — is the usual way a too-large rate fails, and NaN/∞ alone would miss it.
    /// </remarks>
    public bool Diverged => StopReason == StopReason.Diverged || !(TrainingLoss[^1] <= TrainingLoss[0]);

    /// <summary>A legend label: optimizer, batch size and, unless constant, the schedule.</summary>
    public string Label => $"{Optimizer}, m={BatchSize}{(Schedule == LearningRateSchedule.Constant.Name ? "" : ", " + Schedule)}";
}
