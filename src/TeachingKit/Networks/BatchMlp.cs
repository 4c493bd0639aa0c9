using MathNet.Numerics.Distributions;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// A multilayer perceptron trained on minibatches: dense layers, softmax cross-entropy or squared-error loss
/// averaged over a batch, and its exact gradient by backpropagation through the whole batch at once.
/// </summary>
/// <remarks>
/// Layers, activations and the flat parameter layout are those of <see cref="Architecture"/>, an <see cref="Mlp"/>
/// (W_l row by row, then b_l), so that its per-sample code is an independent check of the squared-error loss.
/// Samples go through in blocks of <see cref="BlockSize"/> rows held in buffers allocated once: a gradient
/// allocates nothing, and an instance must not be used from two threads at once.
/// </remarks>
public sealed partial class BatchMlp
{
    /// <summary>Samples propagated together: the rows of the activation and delta buffers.</summary>
    public const int BlockSize = 64;

    private readonly int[] _sizes;
    private readonly int[] _weightStart;   // _weightStart[l]: index of W_l's first entry in θ (l ≥ 1)
    private readonly double[][] _activations;
    private readonly double[][] _deltas;
    private int[] _allSamples = [];

    /// <summary>A network with the given layer sizes (input first), one activation for every hidden layer, and a loss.</summary>
    /// <param name="layerSizes">d₀ (input), d₁, …, d_L (output).</param>
    /// <param name="hiddenActivation">The activation of every hidden layer.</param>
    /// <param name="lossFunction">The per-sample loss.</param>
    /// <param name="outputActivation">The output layer's activation; must be <see cref="Activation.Linear"/> for cross-entropy, which takes the logits.</param>
    /// <param name="batchNormalization">Whether every hidden pre-activation is batch-normalised (γ, β of each hidden layer follow the <see cref="Architecture"/>'s parameters in θ).</param>
    /// <param name="skipConnections">Whether each hidden layer as wide as the one before adds its input to its output (see <see cref="SkipsInto"/>).</param>
    public BatchMlp(IReadOnlyList<int> layerSizes, Activation hiddenActivation,
        LossFunction lossFunction = LossFunction.SoftmaxCrossEntropy, Activation outputActivation = Activation.Linear, bool batchNormalization = false,
        bool skipConnections = false)
    {
        Architecture = new Mlp(layerSizes, hiddenActivation, outputActivation);
        if (!Enum.IsDefined(lossFunction)) throw new ArgumentOutOfRangeException(nameof(lossFunction), lossFunction, "Unknown loss function.");
        if (lossFunction == LossFunction.SoftmaxCrossEntropy && outputActivation != Activation.Linear)
            throw new ArgumentException($"{nameof(outputActivation)} must be Linear for softmax cross-entropy, which applies the softmax itself, but was {outputActivation}.", nameof(outputActivation));
        LossFunction = lossFunction;
        _sizes = [.. Architecture.LayerSizes];
        _weightStart = new int[_sizes.Length];
        for (int l = 1; l < _sizes.Length; l++) _weightStart[l] = Architecture.WeightIndex(l, 0, 0);
        _activations = _sizes.Select(d => new double[BlockSize * d]).ToArray();
        _deltas = _sizes.Select(d => new double[BlockSize * d]).ToArray();
        ParameterCount = batchNormalization ? AddBatchNormalization() : Architecture.ParameterCount;
        if (skipConnections) AddSkipConnections();
    }

    /// <summary>The layers, activations and parameter layout (an <see cref="Mlp"/>, whose indices apply here).</summary>
    public Mlp Architecture { get; }

    /// <summary>The per-sample loss.</summary>
    public LossFunction LossFunction { get; }

    /// <summary>Layer sizes, input first.</summary>
    public IReadOnlyList<int> LayerSizes => Architecture.LayerSizes;

    /// <summary>Number of weights and biases (and batch-normalisation scales and shifts).</summary>
    public int ParameterCount { get; }

    /// <summary>A short description, e.g. "64-32-10 Tanh, SoftmaxCrossEntropy".</summary>
    public override string ToString() => $"{string.Join("-", _sizes)} {Architecture.HiddenActivation}, {LossFunction}";

    /// <summary>Initial parameters: weights drawn by <paramref name="initialization"/> from a generator seeded with <paramref name="seed"/>, biases 0 (batch normalisation: γ = 1, β = 0).</summary>
    public double[] InitialParameters(Initialization initialization, int seed)
    {
        if (!Enum.IsDefined(initialization)) throw new ArgumentOutOfRangeException(nameof(initialization), initialization, "Unknown initialization.");
        var theta = new double[ParameterCount];
        InitialNormalizationParameters(theta);
        if (initialization == Initialization.Zero) return theta;
        var random = new Random(seed);
        for (int l = 1; l < _sizes.Length; l++)
        {
            int fanIn = _sizes[l - 1], fanOut = _sizes[l];
            var weights = theta.AsSpan(_weightStart[l], fanIn * fanOut);
            double he = InitializationScale.HeStandardDeviation(fanIn), glorot = InitializationScale.XavierBound(fanIn, fanOut);
            for (int k = 0; k < weights.Length; k++)
                weights[k] = initialization == Initialization.He ? Normal.Sample(random, 0, he) : ContinuousUniform.Sample(random, -glorot, glorot);
        }
        return theta;
    }

    /// <summary>The mean loss over all samples of <paramref name="data"/>.</summary>
    public double Loss(ReadOnlySpan<double> parameters, Dataset data) => Evaluate(parameters, data).Loss;

    /// <summary>The mean loss over the samples of <paramref name="data"/> listed in <paramref name="batch"/>.</summary>
    public double Loss(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch)
    {
        Check(parameters, data);
        return Propagate(parameters, data, batch, [], out _);
    }

    /// <summary>The mean loss over the minibatch <paramref name="batch"/> of <paramref name="data"/>, and its exact gradient written into <paramref name="gradient"/>.</summary>
    /// <remarks>Parameters are not checked for NaN (that would cost a pass per step): a non-finite parameter gives a non-finite loss, which the caller sees.</remarks>
    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        Check(parameters, data);
        Require.SameLength(gradient.Length, ParameterCount, nameof(gradient), "the parameter vector");
        return Propagate(parameters, data, batch, gradient, out _);
    }

    /// <summary>The mean loss over all of <paramref name="data"/> (the full batch) and its exact gradient.</summary>
    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, Span<double> gradient) =>
        LossAndGradient(parameters, data, AllSamples(data), gradient);

    /// <summary>The mean loss over all of <paramref name="data"/> and the fraction of samples whose largest output is at the target's largest entry.</summary>
    public (double Loss, double Accuracy) Evaluate(ReadOnlySpan<double> parameters, Dataset data)
    {
        Check(parameters, data);
        double loss = Propagate(parameters, data, AllSamples(data), [], out int correct);
        return (loss, (double)correct / data.Count);
    }

    /// <summary>The output for one input: class probabilities (softmax) for cross-entropy, f(z) for squared error; batch normalisation uses the running statistics.</summary>
    public double[] Predict(ReadOnlySpan<double> parameters, IReadOnlyList<double> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Require.SameLength(parameters.Length, ParameterCount, nameof(parameters), "the network's parameter count");
        Require.SameLength(input.Count, _sizes[0], nameof(input), "the input layer");
        for (int j = 0; j < input.Count; j++) _activations[0][j] = input[j];
        Forward(parameters, 1, statistics: NormalizationStatistics.Running);
        var output = _activations[^1].AsSpan(0, _sizes[^1]).ToArray();
        if (LossFunction == LossFunction.SoftmaxCrossEntropy) Softmax(output, output);
        return output;
    }

    /// <summary>The full-batch loss on <paramref name="data"/> as an <see cref="Objective"/>, for <see cref="Optimize.Run"/>.</summary>
    public Objective ToObjective(Dataset data)
    {
        Check(new double[ParameterCount], data);
        return Objective.Create($"{this} on {data.Count} samples", ParameterCount, (p, g) => LossAndGradient(p, data, g));
    }

    private ReadOnlySpan<int> AllSamples(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (_allSamples.Length < data.Count) _allSamples = Enumerable.Range(0, data.Count).ToArray();
        return _allSamples.AsSpan(0, data.Count);
    }

    private void Check(ReadOnlySpan<double> parameters, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.SameLength(parameters.Length, ParameterCount, nameof(parameters), "the network's parameter count");
        Require.SameLength(data.InputDimension, _sizes[0], "data inputs", "the input layer");
        Require.SameLength(data.OutputDimension, _sizes[^1], "data targets", "the output layer");
    }
}
