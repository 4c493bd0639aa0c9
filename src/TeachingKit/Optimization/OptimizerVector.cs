namespace TeachingKit.Optimization;

/// <summary>
/// One per-parameter vector an optimizer keeps or reports: its state (a velocity, a moment
/// estimate) or a diagnostic it fills at each step (e.g. the effective learning rate per parameter).
/// </summary>
/// <remarks>
/// <see cref="Values"/> is the optimizer's own buffer, updated in place at each step: read it
/// between steps, copy it to keep it (the driver does when asked to record vectors).
/// </remarks>
/// <param name="Name">The name, e.g. "velocity" (one name per concept across the kit).</param>
/// <param name="Kind">State or diagnostic (both are zeroed by <see cref="Optimizer.Reset()"/>).</param>
/// <param name="Values">The live buffer, one entry per parameter.</param>
public sealed record OptimizerVector(string Name, OptimizerVectorKind Kind, double[] Values);

/// <summary>What an <see cref="OptimizerVector"/> is for.</summary>
public enum OptimizerVectorKind
{
    /// <summary>Part of the optimizer's state: the next step depends on it.</summary>
    State,
    /// <summary>Filled at each step for inspection only (effective learning rates, corrected moments…).</summary>
    Diagnostic,
}
