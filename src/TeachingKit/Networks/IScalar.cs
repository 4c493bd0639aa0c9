namespace TeachingKit.Networks;

/// <summary>
/// The few primitives backpropagation needs, so that one generic implementation runs on plain
/// numbers (<see cref="Real"/>: the gradient) and on dual numbers (<see cref="Dual"/>: one
/// Hessian column per pass, by forward-mode differentiation of the gradient).
/// </summary>
/// <typeparam name="T">The number type itself.</typeparam>
public interface IScalar<T> where T : struct, IScalar<T>
{
    /// <summary>The real part.</summary>
    double Value { get; }

    /// <summary>A constant (zero derivative).</summary>
    static abstract T Constant(double value);

    /// <summary>Sum.</summary>
    static abstract T operator +(T a, T b);

    /// <summary>Difference.</summary>
    static abstract T operator -(T a, T b);

    /// <summary>Product.</summary>
    static abstract T operator *(T a, T b);

    /// <summary>Product with a constant.</summary>
    static abstract T operator *(double a, T b);

    /// <summary>tanh(x).</summary>
    static abstract T Tanh(T x);

    /// <summary>The logistic function 1/(1 + e^(−x)).</summary>
    static abstract T Sigmoid(T x);

    /// <summary>softplus(x) = ln(1 + e^x), computed without overflow.</summary>
    static abstract T Softplus(T x);

    /// <summary>max(0, x); its derivative at 0 is taken as 0.</summary>
    static abstract T Relu(T x);
}

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

/// <summary>Numerically stable scalar functions shared by <see cref="Real"/> and <see cref="Dual"/>.</summary>
internal static class Scalar
{
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    public static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));
}
