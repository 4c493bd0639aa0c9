using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>Inverted dropout on the hidden units, applied in the passes that compute a gradient (training steps) only.</summary>
/// <remarks>
/// <para>Srivastava et al. (2014), lecture "Dropout in Practice": at every training step each hidden unit is kept with
/// probability q (removed with p = 1 − q) by a fresh random binary mask μ. Inverted dropout divides the kept units by q,
/// ã = μ ⊙ a / q, so that E[ã] = a: the network evaluated without masks (<see cref="Evaluate"/>, <see cref="Loss(ReadOnlySpan{double}, Dataset)"/>,
/// <see cref="Predict"/>) is then the weight-scaling rule's network — the same as training without the 1/q and
/// multiplying every outgoing weight by q at test time.</para>
/// <para>Backpropagation through the mask: δ_{l−1} = (W_lᵀ δ_l) ⊙ μ/q ⊙ f′(a_{l−1}), with f′ taken at the unmasked output.
/// The masks come from one generator seeded at <see cref="WithDropout"/>, drawn block row by block row, so a run is
/// reproducible from its seed.</para>
/// </remarks>
public sealed partial class BatchMlp
{
    private double _keepProbability = 1;
    private Random? _dropoutRandom;
    private bool[][] _dropoutMasks = [];
    private bool _dropoutOn;   // true inside a pass that computes a gradient, when dropout is configured

    /// <summary>q, the probability that a hidden unit is kept in a training step (1 = no dropout).</summary>
    public double KeepProbability => _keepProbability;

    /// <summary>
    /// A new network with this one's layers, activations and loss whose gradient passes drop each hidden unit with
    /// probability 1 − <paramref name="keepProbability"/> (inverted dropout), masks drawn from a generator seeded with <paramref name="seed"/>.
    /// Its parameters are laid out as this network's, so a start or a trained θ moves between the two.
    /// </summary>
    /// <param name="keepProbability">q in (0, 1]; the lecture's p ≈ 0.25 removal is q = 0.75.</param>
    /// <param name="seed">The seed of the masks.</param>
    public BatchMlp WithDropout(double keepProbability, int seed)
    {
        if (!(keepProbability > 0 && keepProbability <= 1))
            throw new ArgumentOutOfRangeException(nameof(keepProbability), keepProbability, $"{nameof(keepProbability)} must lie in (0, 1], but was {keepProbability}.");
        if (HasBatchNormalization || HasSkipConnections)
            throw new InvalidOperationException("Dropout is implemented for plain dense layers only: this network has batch normalisation or skip connections.");
        var copy = new BatchMlp(_sizes, Architecture.HiddenActivation, LossFunction, Architecture.OutputActivation)
        {
            _keepProbability = keepProbability,
            _dropoutRandom = new Random(seed),
        };
        copy._dropoutMasks = copy._sizes.Select(d => new bool[BlockSize * d]).ToArray();
        return copy;
    }

    // Around each block of a pass: masks only where a gradient is computed and q < 1; off again afterwards, so that
    // Predict and LayerOutputs, which run Forward directly, always see the whole network.
    private void BeginDropoutPass(bool backward) => _dropoutOn = backward && _keepProbability < 1;

    private void EndDropoutPass() => _dropoutOn = false;

    // Hidden layer `layer`, block row `row`: keep each unit with probability q and divide the kept ones by q.
    private void DropUnits(int layer, int row, Span<double> outputs)
    {
        var mask = _dropoutMasks[layer].AsSpan(row * outputs.Length, outputs.Length);
        double q = _keepProbability;
        for (int j = 0; j < outputs.Length; j++)
        {
            mask[j] = _dropoutRandom!.NextDouble() < q;
            outputs[j] = mask[j] ? outputs[j] / q : 0;
        }
    }

    // δ ← δ ⊙ μ/q ⊙ f′(a) for the masked outputs x = μ ⊙ a/q of hidden layer `layer`; f′ from the unmasked a = q·x.
    private void BackpropagateDropout(int layer, int row, Span<double> delta, ReadOnlySpan<double> maskedOutputs)
    {
        var mask = _dropoutMasks[layer].AsSpan(row * delta.Length, delta.Length);
        var hidden = Architecture.HiddenActivation;
        double q = _keepProbability;
        for (int j = 0; j < delta.Length; j++)
            delta[j] = mask[j] ? delta[j] / q * hidden.DerivativeFromOutput(q * maskedOutputs[j]) : 0;
    }
}
