using MathNet.Numerics.Distributions;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>
/// Li et al. 2018's filter-normalised random directions ("Visualizing the loss landscape of neural nets", NeurIPS, §4):
/// a Gaussian direction whose every filter is rescaled to the norm of the same filter of the network.
/// </summary>
/// <remarks>
/// For a dense layer a filter is one neuron: the row of W_l that feeds it, so d_{l,i} ← d_{l,i}/‖d_{l,i}‖ · ‖θ_{l,i}‖.
/// Because ReLU/BN networks are invariant to rescaling the weights into a neuron, only the direction relative to each
/// neuron's own scale means anything; without the normalisation a slice's apparent sharpness depends on that arbitrary
/// scale. As in the paper's code, biases and batch-normalisation parameters are not perturbed (their entries are 0).
/// </remarks>
public static class FilterNormalization
{
    /// <summary>A random direction drawn with <paramref name="seed"/>, filter-normalised to <paramref name="parameters"/>.</summary>
    public static double[] RandomDirection(BatchMlp network, IReadOnlyList<double> parameters, int seed)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.AllFinite(parameters, nameof(parameters));
        Require.SameLength(parameters.Count, network.ParameterCount, nameof(parameters), "the network's parameter count");
        var random = new Random(seed);
        var direction = new double[network.ParameterCount];
        var mlp = network.Architecture;
        for (int l = 1; l < network.LayerSizes.Count; l++)
            for (int i = 0; i < network.LayerSizes[l]; i++)
            {
                int start = mlp.WeightIndex(l, i, 0), fanIn = network.LayerSizes[l - 1];
                var row = direction.AsSpan(start, fanIn);
                for (int j = 0; j < fanIn; j++) row[j] = Normal.Sample(random, 0, 1);
                double target = NeuronNorm(parameters, start, fanIn), drawn = NeuronNorm(direction, start, fanIn);
                for (int j = 0; j < fanIn; j++) row[j] *= target / drawn;
            }
        return direction;
    }

    /// <summary>‖θ_{l,i}‖ of every neuron: the norms of the rows of each W_l, layer by layer (layer 1 first).</summary>
    public static double[][] NeuronNorms(BatchMlp network, IReadOnlyList<double> vector)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.SameLength(vector.Count, network.ParameterCount, nameof(vector), "the network's parameter count");
        var sizes = network.LayerSizes;
        return Enumerable.Range(1, sizes.Count - 1).Select(l => Enumerable.Range(0, sizes[l])
            .Select(i => NeuronNorm(vector, network.Architecture.WeightIndex(l, i, 0), sizes[l - 1])).ToArray()).ToArray();
    }

    private static double NeuronNorm(IReadOnlyList<double> vector, int start, int fanIn)
    {
        double sum = 0;
        for (int j = 0; j < fanIn; j++) sum += vector[start + j] * vector[start + j];
        return Math.Sqrt(sum);
    }
}
