namespace TeachingKit.Networks;

/// <summary>The activation functions of the lecture's networks.</summary>
public enum Activation
{
    /// <summary>tanh(z).</summary>
    Tanh,
    /// <summary>The logistic sigmoid 1/(1 + e^(−z)).</summary>
    Sigmoid,
    /// <summary>max(0, z).</summary>
    Relu,
    /// <summary>ln(1 + e^z), a smooth ReLU.</summary>
    Softplus,
    /// <summary>z (used for the output layer of a regression network).</summary>
    Linear,
}

/// <summary>Activation values and derivatives in any <see cref="IScalar{T}"/> arithmetic.</summary>
public static class ActivationFunctions
{
    /// <summary>f(z).</summary>
    public static T Apply<T>(this Activation activation, T z) where T : struct, IScalar<T> => activation switch
    {
        Activation.Tanh => T.Tanh(z),
        Activation.Sigmoid => T.Sigmoid(z),
        Activation.Relu => T.Relu(z),
        Activation.Softplus => T.Softplus(z),
        Activation.Linear => z,
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };

    /// <summary>f′(z), written in the primitives so that a <see cref="Dual"/> argument also yields f″(z).</summary>
    /// <remarks>
    /// tanh′ = 1 − tanh², σ′ = σ(1 − σ), softplus′ = σ. ReLU′ is the step function, whose derivative is
    /// taken as 0 everywhere (the kink's delta is ignored, as every autodiff framework does).
    /// </remarks>
    public static T Derivative<T>(this Activation activation, T z) where T : struct, IScalar<T>
    {
        T one = T.Constant(1);
        switch (activation)
        {
            case Activation.Tanh:
                T t = T.Tanh(z);
                return one - t * t;
            case Activation.Sigmoid:
                T s = T.Sigmoid(z);
                return s * (one - s);
            case Activation.Relu:
                return T.Constant(z.Value > 0 ? 1 : 0);
            case Activation.Softplus:
                return T.Sigmoid(z);
            case Activation.Linear:
                return one;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
        }
    }

    /// <summary>f′(z) written in the output a = f(z), so that backpropagation needs to keep only the activations.</summary>
    /// <remarks>tanh′ = 1 − a², σ′ = a(1 − a), softplus′ = σ(z) = 1 − e^(−a), ReLU′ = 1 where a &gt; 0 (0 at the kink, as <see cref="Derivative{T}"/>).</remarks>
    public static double DerivativeFromOutput(this Activation activation, double output) => activation switch
    {
        Activation.Tanh => 1 - output * output,
        Activation.Sigmoid => output * (1 - output),
        Activation.Relu => output > 0 ? 1 : 0,
        Activation.Softplus => -double.ExpM1(-output),
        Activation.Linear => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };

    /// <summary>f″(z) written in the output a = f(z), for exact Hessian-vector products.</summary>
    /// <remarks>tanh″ = −2a(1 − a²), σ″ = a(1 − a)(1 − 2a), softplus″ = σ(z)(1 − σ(z)) with σ(z) = 1 − e^(−a); ReLU″ and the identity's are 0.</remarks>
    public static double SecondDerivativeFromOutput(this Activation activation, double output) => activation switch
    {
        Activation.Tanh => -2 * output * (1 - output * output),
        Activation.Sigmoid => output * (1 - output) * (1 - 2 * output),
        Activation.Relu => 0,
        Activation.Softplus => -double.ExpM1(-output) * Math.Exp(-output),
        Activation.Linear => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };

    /// <summary>f(z) on a plain double.</summary>
    public static double Apply(this Activation activation, double z) => activation.Apply(new Real(z)).Value;
}
