using System.Globalization;

namespace TeachingKit.Optimization;

/// <summary>The outcome of one run: why it stopped, where it ended, what it cost, and the whole trajectory.</summary>
/// <remarks>
/// A diverged run never hands back NaN: <see cref="FinalParameters"/> and <see cref="FinalLoss"/>
/// are the last finite point, <see cref="StopReason"/> is <see cref="StopReason.Diverged"/> and
/// <see cref="Message"/> says what went wrong at which step. <see cref="EnsureNotDiverged"/> turns
/// that into an exception for code that cannot go on.
/// </remarks>
public sealed class OptimizationResult
{
    internal OptimizationResult(
        string optimizer, string objective, StopReason stopReason, int steps, double[] finalParameters,
        double finalLoss, long gradientEvaluations, long valueEvaluations, Trajectory trajectory, string message)
    {
        Optimizer = optimizer;
        Objective = objective;
        StopReason = stopReason;
        Steps = steps;
        FinalParameters = finalParameters;
        FinalLoss = finalLoss;
        GradientEvaluations = gradientEvaluations;
        ValueEvaluations = valueEvaluations;
        Trajectory = trajectory;
        Message = message;
    }

    /// <summary>The optimizer's name with its hyperparameters.</summary>
    public string Optimizer { get; }

    /// <summary>The objective's name.</summary>
    public string Objective { get; }

    /// <summary>Why the run stopped.</summary>
    public StopReason StopReason { get; }

    /// <summary>True when the run diverged.</summary>
    public bool Diverged => StopReason == StopReason.Diverged;

    /// <summary>The number of optimizer steps taken.</summary>
    public int Steps { get; }

    /// <summary>The last finite parameters reached.</summary>
    public IReadOnlyList<double> FinalParameters { get; }

    /// <summary>The loss at <see cref="FinalParameters"/>.</summary>
    public double FinalLoss { get; }

    /// <summary>How many gradients were computed (one per step plus one at the end).</summary>
    public long GradientEvaluations { get; }

    /// <summary>How many losses were computed without a gradient (look-ahead methods record the loss at w separately).</summary>
    public long ValueEvaluations { get; }

    /// <summary>The recorded trajectory.</summary>
    public Trajectory Trajectory { get; }

    /// <summary>A one-sentence account of how the run ended.</summary>
    public string Message { get; }

    /// <summary>Throws <see cref="InvalidOperationException"/> with <see cref="Message"/> if the run diverged; returns this otherwise.</summary>
    public OptimizationResult EnsureNotDiverged() =>
        Diverged ? throw new InvalidOperationException(Message) : this;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Optimizer} on {Objective}: {StopReason} after {Steps} steps, loss {FinalLoss:G6}. {Message}");
}
