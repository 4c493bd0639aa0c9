namespace TeachingKit.Networks;

/// <summary>
/// A dual number v + d·ε with ε² = 0: value and derivative side by side, as in micrograd but forward.
/// Running backpropagation on duals seeded with a direction gives the Hessian times that direction.
/// </summary>
/// <param name="Value">The value.</param>
/// <param name="Derivative">The derivative along the seeded direction.</param>
public readonly record struct Dual(double Value, double Derivative) : IScalar<Dual>
{
    /// <inheritdoc/>
    public static Dual Constant(double value) => new(value, 0);
    /// <inheritdoc/>
    public static Dual operator +(Dual a, Dual b) => new(a.Value + b.Value, a.Derivative + b.Derivative);
    /// <inheritdoc/>
    public static Dual operator -(Dual a, Dual b) => new(a.Value - b.Value, a.Derivative - b.Derivative);
    /// <inheritdoc/>
    public static Dual operator *(Dual a, Dual b) => new(a.Value * b.Value, a.Derivative * b.Value + a.Value * b.Derivative);
    /// <inheritdoc/>
    public static Dual operator *(double a, Dual b) => new(a * b.Value, a * b.Derivative);
    /// <inheritdoc/>
    public static Dual Tanh(Dual x)
    {
        double t = Math.Tanh(x.Value);
        return new(t, (1 - t * t) * x.Derivative);
    }
    /// <inheritdoc/>
    public static Dual Sigmoid(Dual x)
    {
        double s = Scalar.Sigmoid(x.Value);
        return new(s, s * (1 - s) * x.Derivative);
    }
    /// <inheritdoc/>
    public static Dual Softplus(Dual x) => new(Scalar.Softplus(x.Value), Scalar.Sigmoid(x.Value) * x.Derivative);
    /// <inheritdoc/>
    public static Dual Relu(Dual x) => x.Value > 0 ? x : new(0, 0);
}
