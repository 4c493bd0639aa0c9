namespace TeachingKit.Networks;

/// <summary>A plain real number in the <see cref="IScalar{T}"/> arithmetic (zero overhead after JIT).</summary>
/// <param name="Value">The number.</param>
public readonly record struct Real(double Value) : IScalar<Real>
{
    /// <inheritdoc/>
    public static Real Constant(double value) => new(value);
    /// <inheritdoc/>
    public static Real operator +(Real a, Real b) => new(a.Value + b.Value);
    /// <inheritdoc/>
    public static Real operator -(Real a, Real b) => new(a.Value - b.Value);
    /// <inheritdoc/>
    public static Real operator *(Real a, Real b) => new(a.Value * b.Value);
    /// <inheritdoc/>
    public static Real operator *(double a, Real b) => new(a * b.Value);
    /// <inheritdoc/>
    public static Real Tanh(Real x) => new(Math.Tanh(x.Value));
    /// <inheritdoc/>
    public static Real Sigmoid(Real x) => new(Scalar.Sigmoid(x.Value));
    /// <inheritdoc/>
    public static Real Softplus(Real x) => new(Scalar.Softplus(x.Value));
    /// <inheritdoc/>
    public static Real Relu(Real x) => new(x.Value > 0 ? x.Value : 0);
}
