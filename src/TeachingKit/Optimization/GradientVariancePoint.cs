namespace TeachingKit.Optimization;

/// <summary>The noise of the minibatch gradient at one batch size: measured over random batches, and predicted.</summary>
/// <param name="BatchSize">m.</param>
/// <param name="Measured">The mean of ‖g_B − ḡ‖² over the drawn batches B of size m.</param>
/// <param name="StandardError">The standard error of <paramref name="Measured"/> (the spread of ‖g_B − ḡ‖² over √draws).</param>
/// <param name="Predicted">The exact expectation, <see cref="GradientNoise.MinibatchVariance"/>.</param>
/// <param name="Draws">The number of batches measured.</param>
public sealed record GradientVariancePoint(int BatchSize, double Measured, double StandardError, double Predicted, int Draws);
