namespace TeachingKit.Optimization;

/// <summary>One recorded point of a <see cref="Trajectory"/>, as a row of a table.</summary>
/// <param name="Step">k: the number of steps taken.</param>
/// <param name="Parameters">w(k), or null when parameters were not recorded.</param>
/// <param name="Loss">E(w(k)).</param>
/// <param name="GradientNorm">‖∇E‖ of the gradient the next step uses.</param>
/// <param name="StepLength">‖w(k) − w(k−1)‖ (0 at k = 0).</param>
public sealed record TrajectoryPoint(int Step, IReadOnlyList<double>? Parameters, double Loss, double GradientNorm, double StepLength);
