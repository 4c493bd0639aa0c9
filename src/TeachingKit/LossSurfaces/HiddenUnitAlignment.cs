using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>
/// Relabels the hidden units of one network to match another's (weight matching): the permutation symmetry of notebook 02
/// means two training runs can find the same function with its units in a different order.
/// </summary>
/// <remarks>
/// Layer by layer from the input, unit k of <c>other</c> is matched to unit i of <c>reference</c> by the permutation
/// maximising Σᵢ ⟨w_i, w′_π(i)⟩ over the concatenated incoming weights (with the layer below already aligned), bias and
/// outgoing weights — the weight-matching objective of Ainsworth et al. 2023 ("Git Re-Basin", §3.2), solved exactly per
/// layer by <see cref="Assignment"/> (one pass; for one hidden layer that is the optimum). The function computed is unchanged.
/// Sign flips of tanh units (w → −w) are a further symmetry this does not use. Not for batch-normalised networks.
/// </remarks>
public static class HiddenUnitAlignment
{
    /// <summary><paramref name="other"/> with every hidden layer's units permuted to best match <paramref name="reference"/>'s.</summary>
    public static double[] Align(BatchMlp network, IReadOnlyList<double> reference, IReadOnlyList<double> other)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (network.HasBatchNormalization) throw new ArgumentException("Alignment of batch-normalised networks is not supported (γ and β would move too).", nameof(network));
        Require.SameLength(reference.Count, network.ParameterCount, nameof(reference), "the network's parameter count");
        Require.SameLength(other.Count, network.ParameterCount, nameof(other), "the network's parameter count");
        var mlp = network.Architecture;
        var sizes = network.LayerSizes;
        var aligned = other.ToArray();
        for (int layer = 1; layer < sizes.Count - 1; layer++)
        {
            int width = sizes[layer];
            var score = new double[width, width];
            for (int i = 0; i < width; i++)
                for (int k = 0; k < width; k++)
                {
                    double sum = reference[mlp.BiasIndex(layer, i)] * aligned[mlp.BiasIndex(layer, k)];
                    for (int j = 0; j < sizes[layer - 1]; j++) sum += reference[mlp.WeightIndex(layer, i, j)] * aligned[mlp.WeightIndex(layer, k, j)];
                    for (int o = 0; o < sizes[layer + 1]; o++) sum += reference[mlp.WeightIndex(layer + 1, o, i)] * aligned[mlp.WeightIndex(layer + 1, o, k)];
                    score[i, k] = sum;
                }
            aligned = mlp.PermuteHidden(aligned, layer, Assignment.Maximize(score));
        }
        return aligned;
    }
}
