using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// A multilayer perceptron with a flat parameter vector, its mean squared error, the exact gradient
/// by backpropagation and the exact Hessian by forward-mode differentiation of backpropagation.
/// </summary>
/// <remarks>
/// Layer sizes d₀ (input), d₁, …, d_L (output). Layer l computes a_l = f_l(W_l a_{l−1} + b_l) with
/// f = <see cref="HiddenActivation"/> for l &lt; L and <see cref="OutputActivation"/> for l = L.
/// Parameters are stored layer by layer: W_l row by row (row i = the incoming weights of neuron i), then b_l.
/// Loss: L(θ) = (1/N) Σ_s ‖ŷ(x_s) − y_s‖², the mean over samples of the squared error.
/// </remarks>
public sealed partial class Mlp
{
    private readonly int[] _sizes;
    private readonly int[] _offsets;

    /// <summary>A network with the given layer sizes (input first, output last).</summary>
    public Mlp(IReadOnlyList<int> layerSizes, Activation hiddenActivation, Activation outputActivation = Activation.Linear)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Count < 2)
            throw new ArgumentException($"{nameof(layerSizes)} must list at least an input and an output size, but has {layerSizes.Count} entries.", nameof(layerSizes));
        for (int i = 0; i < layerSizes.Count; i++) Require.AtLeast(layerSizes[i], 1, $"{nameof(layerSizes)}[{i}]");
        if (!Enum.IsDefined(hiddenActivation)) throw new ArgumentOutOfRangeException(nameof(hiddenActivation), hiddenActivation, "Unknown activation.");
        if (!Enum.IsDefined(outputActivation)) throw new ArgumentOutOfRangeException(nameof(outputActivation), outputActivation, "Unknown activation.");
        _sizes = layerSizes.ToArray();
        HiddenActivation = hiddenActivation;
        OutputActivation = outputActivation;
        _offsets = new int[_sizes.Length];
        for (int l = 1; l < _sizes.Length; l++) _offsets[l] = _offsets[l - 1] + _sizes[l] * (_sizes[l - 1] + 1);
        ParameterCount = _offsets[^1];
    }

    /// <summary>Layer sizes, input first.</summary>
    public IReadOnlyList<int> LayerSizes => _sizes;

    /// <summary>Activation of every hidden layer.</summary>
    public Activation HiddenActivation { get; }

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>Number of weights and biases.</summary>
    public int ParameterCount { get; }

    /// <summary>Index in the parameter vector of the weight from neuron <paramref name="from"/> of layer l − 1 to neuron <paramref name="to"/> of layer l (l ≥ 1).</summary>
    public int WeightIndex(int layer, int to, int from)
    {
        CheckNeuron(layer, to);
        if ((uint)from >= (uint)_sizes[layer - 1])
            throw new ArgumentOutOfRangeException(nameof(from), from, $"{nameof(from)} must lie in [0, {_sizes[layer - 1]}), but was {from}.");
        return _offsets[layer - 1] + to * _sizes[layer - 1] + from;
    }

    /// <summary>Index in the parameter vector of the bias of neuron <paramref name="neuron"/> of layer l (l ≥ 1).</summary>
    public int BiasIndex(int layer, int neuron)
    {
        CheckNeuron(layer, neuron);
        return _offsets[layer - 1] + _sizes[layer] * _sizes[layer - 1] + neuron;
    }

    /// <summary>Initial parameters: weights N(0, scale²/fan-in), biases N(0, scale²), from a seeded generator.</summary>
    public double[] RandomParameters(int seed, double scale = 1.0)
    {
        Require.Positive(scale, nameof(scale));
        var random = new Random(seed);
        var theta = new double[ParameterCount];
        for (int l = 1; l < _sizes.Length; l++)
            for (int i = 0; i < _sizes[l]; i++)
            {
                for (int j = 0; j < _sizes[l - 1]; j++)
                    theta[WeightIndex(l, i, j)] = scale / Math.Sqrt(_sizes[l - 1]) * Gaussian(random);
                theta[BiasIndex(l, i)] = scale * Gaussian(random);
            }
        return theta;
    }

    /// <summary>The network output ŷ(x).</summary>
    public double[] Predict(IReadOnlyList<double> parameters, IReadOnlyList<double> input)
    {
        CheckParameters(parameters);
        Require.SameLength(input.Count, _sizes[0], nameof(input), "the input layer");
        var theta = ToScalars<Real>(parameters);
        var activations = Workspace<Real>();
        var x = input.Select(v => new Real(v)).ToArray();
        Forward(theta, x, activations.Z, activations.A);
        return activations.A[^1].Select(r => r.Value).ToArray();
    }

    /// <summary>The mean squared error L(θ) on <paramref name="data"/>.</summary>
    public double Loss(IReadOnlyList<double> parameters, Dataset data) => LossAndGradient(parameters, data, null);

    /// <summary>The loss, and its exact gradient by backpropagation written into <paramref name="gradient"/> when it is not null.</summary>
    public double LossAndGradient(IReadOnlyList<double> parameters, Dataset data, double[]? gradient)
    {
        CheckParameters(parameters);
        CheckData(data);
        if (gradient is not null) Require.SameLength(gradient.Length, ParameterCount, nameof(gradient), "the parameter vector");
        var theta = ToScalars<Real>(parameters);
        var g = gradient is null ? null : new Real[ParameterCount];
        double loss = Backpropagate(theta, data, g).Value;
        if (gradient is not null)
            for (int p = 0; p < ParameterCount; p++) gradient[p] = g![p].Value;
        return loss;
    }

    /// <summary>The exact gradient ∇L(θ) by backpropagation.</summary>
    public double[] Gradient(IReadOnlyList<double> parameters, Dataset data)
    {
        var gradient = new double[ParameterCount];
        LossAndGradient(parameters, data, gradient);
        return gradient;
    }

    /// <summary>The Hessian–vector product H(θ)·v: backpropagation run on dual numbers seeded with v.</summary>
    public double[] HessianTimes(IReadOnlyList<double> parameters, Dataset data, IReadOnlyList<double> direction)
    {
        CheckParameters(parameters);
        CheckData(data);
        Require.SameLength(direction.Count, ParameterCount, nameof(direction), "the parameter vector");
        Require.AllFinite(direction, nameof(direction));
        var theta = new Dual[ParameterCount];
        for (int p = 0; p < ParameterCount; p++) theta[p] = new Dual(parameters[p], direction[p]);
        var g = new Dual[ParameterCount];
        Backpropagate(theta, data, g);
        return g.Select(d => d.Derivative).ToArray();
    }

    /// <summary>
    /// The exact Hessian ∇²L(θ): column p is the derivative of the backpropagated gradient along the
    /// p-th unit vector (forward mode over reverse mode), symmetrized against rounding.
    /// </summary>
    /// <remarks>Costs one dual backpropagation pass per parameter: meant for the small networks of the lecture.</remarks>
    public Matrix<double> Hessian(IReadOnlyList<double> parameters, Dataset data)
    {
        var hessian = Matrix<double>.Build.Dense(ParameterCount, ParameterCount);
        var unit = new double[ParameterCount];
        for (int p = 0; p < ParameterCount; p++)
        {
            unit[p] = 1;
            hessian.SetColumn(p, HessianTimes(parameters, data, unit));
            unit[p] = 0;
        }
        return (hessian + hessian.Transpose()) * 0.5;
    }

    /// <summary>
    /// The parameters with the neurons of hidden layer <paramref name="layer"/> relabelled: new neuron i is old
    /// neuron permutation[i] (its incoming weights, bias and outgoing weights move together).
    /// </summary>
    public double[] PermuteHidden(IReadOnlyList<double> parameters, int layer, IReadOnlyList<int> permutation)
    {
        CheckParameters(parameters);
        if (layer < 1 || layer >= _sizes.Length - 1)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"{nameof(layer)} must be a hidden layer, 1 ≤ layer ≤ {_sizes.Length - 2}, but was {layer}.");
        ArgumentNullException.ThrowIfNull(permutation);
        Require.SameLength(permutation.Count, _sizes[layer], nameof(permutation), $"hidden layer {layer}");
        if (!permutation.OrderBy(i => i).SequenceEqual(Enumerable.Range(0, _sizes[layer])))
            throw new ArgumentException($"{nameof(permutation)} must contain each of 0..{_sizes[layer] - 1} exactly once.", nameof(permutation));

        var result = parameters.ToArray();
        for (int i = 0; i < _sizes[layer]; i++)
        {
            int old = permutation[i];
            for (int j = 0; j < _sizes[layer - 1]; j++) result[WeightIndex(layer, i, j)] = parameters[WeightIndex(layer, old, j)];
            result[BiasIndex(layer, i)] = parameters[BiasIndex(layer, old)];
            for (int k = 0; k < _sizes[layer + 1]; k++) result[WeightIndex(layer + 1, k, i)] = parameters[WeightIndex(layer + 1, k, old)];
        }
        return result;
    }

    private T[] ToScalars<T>(IReadOnlyList<double> parameters) where T : struct, IScalar<T>
    {
        var theta = new T[ParameterCount];
        for (int p = 0; p < ParameterCount; p++) theta[p] = T.Constant(parameters[p]);
        return theta;
    }

    private void CheckParameters(IReadOnlyList<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Require.SameLength(parameters.Count, ParameterCount, nameof(parameters), "the network's parameter count");
        Require.AllFinite(parameters, nameof(parameters));
    }

    private void CheckData(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.SameLength(data.InputDimension, _sizes[0], "data inputs", "the input layer");
        Require.SameLength(data.OutputDimension, _sizes[^1], "data targets", "the output layer");
    }

    private void CheckNeuron(int layer, int neuron)
    {
        if (layer < 1 || layer >= _sizes.Length)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"{nameof(layer)} must lie in [1, {_sizes.Length - 1}], but was {layer}.");
        if ((uint)neuron >= (uint)_sizes[layer])
            throw new ArgumentOutOfRangeException(nameof(neuron), neuron, $"neuron must lie in [0, {_sizes[layer]}), but was {neuron}.");
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
