namespace TeachingKit.Optimization;

/// <summary>Why a run stopped.</summary>
public enum StopReason
{
    /// <summary>The step budget <see cref="RunOptions.MaxSteps"/> was used up.</summary>
    MaxSteps,
    /// <summary>The gradient norm fell to <see cref="RunOptions.GradientTolerance"/> or below.</summary>
    Converged,
    /// <summary>The loss, the gradient or the parameters became NaN or infinite, or the loss grew past <see cref="RunOptions.DivergenceFactor"/>.</summary>
    Diverged,
}
