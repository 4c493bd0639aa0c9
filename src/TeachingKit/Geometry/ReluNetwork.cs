using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// A fully connected ReLU network: hidden layers h_l = max(0, W_l h_{l−1} + b_l), then one linear
/// output f(x) = v·h_L + c. Continuous and piecewise affine in x.
/// </summary>
public sealed class ReluNetwork
{
    private readonly double[][][] _weights;
    private readonly double[][] _biases;
    private readonly double[] _outputWeights;

    /// <summary>
    /// A network with hidden layers (weights[l] is width_l × width_{l−1}, row i the weights of neuron i)
    /// and a scalar readout. All numbers must be finite and the shapes must chain.
    /// </summary>
    public ReluNetwork(IReadOnlyList<double[][]> weights, IReadOnlyList<double[]> biases, IReadOnlyList<double> outputWeights, double outputBias)
    {
        Require.NotEmpty(weights, nameof(weights));
        Require.SameLength(biases?.Count ?? 0, weights.Count, nameof(biases), nameof(weights));
        _weights = new double[weights.Count][][];
        _biases = new double[weights.Count][];
        int fanIn = -1;
        for (int l = 0; l < weights.Count; l++)
        {
            string layer = $"{nameof(weights)}[{l}]";
            Require.NotEmpty(weights[l], layer);
            Require.SameLength(biases![l]?.Length ?? 0, weights[l].Length, $"{nameof(biases)}[{l}]", $"{layer} (rows)");
            Require.AllFinite(biases[l], $"{nameof(biases)}[{l}]");
            if (l == 0) fanIn = weights[0][0]?.Length ?? 0;
            Require.AtLeast(fanIn, 1, $"{layer}[0].Length");
            _weights[l] = new double[weights[l].Length][];
            for (int i = 0; i < weights[l].Length; i++)
            {
                Require.SameLength(weights[l][i]?.Length ?? 0, fanIn, $"{layer}[{i}]", l == 0 ? "the input" : $"layer {l - 1}'s width");
                Require.AllFinite(weights[l][i], $"{layer}[{i}]");
                _weights[l][i] = (double[])weights[l][i].Clone();
            }
            _biases[l] = (double[])biases[l].Clone();
            fanIn = weights[l].Length;
        }
        Require.SameLength(outputWeights?.Count ?? 0, fanIn, nameof(outputWeights), "the last hidden layer's width");
        Require.AllFinite(outputWeights!, nameof(outputWeights));
        _outputWeights = outputWeights!.ToArray();
        OutputBias = Require.Finite(outputBias, nameof(outputBias));
    }

    /// <summary>Dimension of the input.</summary>
    public int InputDimension => _weights[0][0].Length;

    /// <summary>Number of neurons in each hidden layer.</summary>
    public IReadOnlyList<int> Widths => _weights.Select(w => w.Length).ToArray();

    /// <summary>Total number of hidden neurons.</summary>
    public int NeuronCount => _weights.Sum(w => w.Length);

    /// <summary>Number of hidden layers.</summary>
    public int Depth => _weights.Length;

    /// <summary>Weights of hidden layer <paramref name="layer"/>: row i holds neuron i's incoming weights.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Weights(int layer) =>
        Array.AsReadOnly(_weights[CheckLayer(layer)].Select(row => (IReadOnlyList<double>)Array.AsReadOnly(row)).ToArray());

    /// <summary>Biases of hidden layer <paramref name="layer"/>.</summary>
    public IReadOnlyList<double> Biases(int layer) => Array.AsReadOnly(_biases[CheckLayer(layer)]);

    /// <summary>The readout weights v of f(x) = v·h_L + c.</summary>
    public IReadOnlyList<double> OutputWeights => Array.AsReadOnly(_outputWeights);

    /// <summary>The readout bias c.</summary>
    public double OutputBias { get; }

    /// <summary>The network's output f(x).</summary>
    public double Evaluate(IReadOnlyList<double> x) => Forward(x, null);

    /// <summary>Which hidden neurons are active (pre-activation &gt; 0) at x, layer after layer.</summary>
    public bool[] ActivationPattern(IReadOnlyList<double> x)
    {
        var pattern = new bool[NeuronCount];
        Forward(x, pattern);
        return pattern;
    }

    /// <summary>
    /// The same function with the neurons of hidden layer <paramref name="layer"/> reordered: new
    /// neuron i is old neuron permutation[i] (rows of W_l and b_l, columns of the next layer move with it).
    /// </summary>
    public ReluNetwork PermuteNeurons(int layer, IReadOnlyList<int> permutation)
    {
        CheckLayer(layer);
        ArgumentNullException.ThrowIfNull(permutation);
        int width = _weights[layer].Length;
        Require.SameLength(permutation.Count, width, nameof(permutation), $"layer {layer}'s width");
        if (permutation.Distinct().Count() != width || permutation.Any(p => p < 0 || p >= width))
            throw new ArgumentException($"permutation must contain each of 0..{width - 1} exactly once.", nameof(permutation));
        var weights = _weights.Select(w => w.Select(r => (double[])r.Clone()).ToArray()).ToArray();
        var biases = _biases.Select(b => (double[])b.Clone()).ToArray();
        var output = (double[])_outputWeights.Clone();
        weights[layer] = permutation.Select(p => (double[])_weights[layer][p].Clone()).ToArray();
        biases[layer] = permutation.Select(p => _biases[layer][p]).ToArray();
        if (layer + 1 < Depth)
            weights[layer + 1] = _weights[layer + 1].Select(row => permutation.Select(p => row[p]).ToArray()).ToArray();
        else
            output = permutation.Select(p => _outputWeights[p]).ToArray();
        return new ReluNetwork(weights, biases, output, OutputBias);
    }

    /// <summary>The arrays themselves, for the partition's inner loops (never handed out publicly).</summary>
    internal double[][] WeightRows(int layer) => _weights[layer];

    internal double[] BiasArray(int layer) => _biases[layer];

    internal double[] OutputWeightArray => _outputWeights;

    private int CheckLayer(int layer) =>
        layer >= 0 && layer < Depth ? layer : throw new ArgumentOutOfRangeException(nameof(layer), layer, $"layer must lie in [0, {Depth}).");

    private double Forward(IReadOnlyList<double> x, bool[]? pattern)
    {
        Require.NotEmpty(x, nameof(x));
        Require.SameLength(x.Count, InputDimension, nameof(x), "the network's input");
        Require.AllFinite(x, nameof(x));
        double[] h = x.ToArray();
        int k = 0;
        for (int l = 0; l < _weights.Length; l++)
        {
            var next = new double[_weights[l].Length];
            for (int i = 0; i < next.Length; i++)
            {
                double z = _biases[l][i];
                for (int j = 0; j < h.Length; j++) z += _weights[l][i][j] * h[j];
                next[i] = Math.Max(0, z);
                if (pattern is not null) pattern[k] = z > 0;
                k++;
            }
            h = next;
        }
        double f = OutputBias;
        for (int j = 0; j < h.Length; j++) f += _outputWeights[j] * h[j];
        return f;
    }
}
