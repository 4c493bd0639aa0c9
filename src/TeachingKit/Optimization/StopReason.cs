namespace TeachingKit.Optimization;

/// <summary>
/// Why a run stopped: the one vocabulary of <see cref="Optimize"/>.Run,
/// <see cref="CriticalPoints.CriticalPointMethods"/> and <see cref="Networks.Bfgs"/>.
/// </summary>
public enum StopReason
{
    /// <summary>The step budget (<see cref="RunOptions.MaxSteps"/>, or the method's own limit) was used up.</summary>
    MaxSteps,
    /// <summary>The gradient norm fell to the tolerance (<see cref="RunOptions.GradientTolerance"/>) or below.</summary>
    Converged,
    /// <summary>
    /// The loss, the gradient or the parameters became NaN or infinite, or the loss grew past
    /// <see cref="RunOptions.DivergenceFactor"/>. A critical-point path keeps its last finite point.
    /// </summary>
    Diverged,
    /// <summary>Newton's step needs H⁻¹, but H has a zero eigenvalue (critical-point methods only).</summary>
    SingularHessian,
    /// <summary>No step along the search direction lowered the value, even from a fresh start (BFGS only).</summary>
    Stalled,
}
