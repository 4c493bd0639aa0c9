using System.Globalization;

namespace TeachingKit.Optimization;

/// <summary>The outcome of one run: why it stopped, where it ended, what it cost, and the whole trajectory.</summary>
/// <remarks>
/// A diverged run never hands back NaN: <see cref="FinalParameters"/> and <see cref="FinalLoss"/>
/// are the last finite point, <see cref="StopReason"/> is <see cref="StopReason.Diverged"/> and
/// <see cref="Message"/> says what went wrong at which step. <see cref="EnsureNotDiverged"/> turns
/// that into an exception for code that cannot go on.
/// </remarks>
/// <param name="Optimizer">The optimizer's name with its hyperparameters.</param>
/// <param name="Objective">The objective's name.</param>
/// <param name="StopReason">Why the run stopped.</param>
/// <param name="Steps">The number of optimizer steps taken.</param>
/// <param name="FinalParameters">The last finite parameters reached.</param>
/// <param name="FinalLoss">The loss at <paramref name="FinalParameters"/>.</param>
/// <param name="GradientEvaluations">How many gradients were computed (one per step plus one at the end).</param>
/// <param name="ValueEvaluations">How many losses were computed without a gradient (look-ahead methods record the loss at w separately).</param>
/// <param name="Trajectory">The recorded trajectory.</param>
/// <param name="Message">A one-sentence account of how the run ended.</param>
public sealed record OptimizationResult(
    string Optimizer, string Objective, StopReason StopReason, int Steps, IReadOnlyList<double> FinalParameters,
    double FinalLoss, long GradientEvaluations, long ValueEvaluations, Trajectory Trajectory, string Message)
{
    /// <summary>True when the run diverged.</summary>
    public bool Diverged => StopReason == StopReason.Diverged;

    /// <summary>Throws <see cref="InvalidOperationException"/> with <see cref="Message"/> if the run diverged; returns this otherwise.</summary>
    public OptimizationResult EnsureNotDiverged() =>
        Diverged ? throw new InvalidOperationException(Message) : this;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Optimizer} on {Objective}: {StopReason} after {Steps} steps, loss {FinalLoss:G6}. {Message}");
}
