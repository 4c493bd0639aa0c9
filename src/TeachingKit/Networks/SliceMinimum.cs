namespace TeachingKit.Networks;

/// <summary>The lowest point of a <see cref="LossSlice"/>: its coordinates along the two directions and the loss there.</summary>
/// <param name="A">The coordinate along the first direction.</param>
/// <param name="B">The coordinate along the second direction.</param>
/// <param name="Loss">The slice's loss at (A, B).</param>
/// <param name="Converged">True when BFGS brought the slice's gradient below its tolerance (a slice along which the loss keeps falling has no minimum).</param>
public sealed record SliceMinimum(double A, double B, double Loss, bool Converged);
