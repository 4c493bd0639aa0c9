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
