using TeachingKit.Optimization;

namespace TeachingKit.Networks;

/// <summary>Copies of a network's configuration, for evaluating it on several threads at once.</summary>
public sealed partial class BatchMlp
{
    private double[][] _packed = [];

    /// <summary>
    /// Whether the forward pass uses the register-blocked layer kernel (<see cref="VectorKernels.DenseRows"/>) and the vectorised tanh
    /// (<see cref="VectorKernels.TanhInPlace"/>): about twice as fast, and equal to the default path up to rounding. Off by default, so
    /// that training runs — whose trajectories can amplify a last-bit difference — reproduce the numbers the notebooks print.
    /// </summary>
    public bool BlockedKernels { get; init; }

    // Layer l's Wᵀ and b packed for VectorKernels.DenseRows (rewritten by every forward pass).
    private double[] PackedWeights(int l)
    {
        if (_packed.Length == 0) _packed = _sizes.Select((_, k) => k == 0 ? [] : new double[(_sizes[k - 1] + 1) * VectorKernels.PackedWidth(_sizes[k])]).ToArray();
        return _packed[l];
    }

    /// <summary>A network of the same layers, activations, loss, batch normalisation and skips, with its own buffers (for another thread); BN's running statistics are copied, and its mode; <paramref name="blockedKernels"/> sets <see cref="BlockedKernels"/>.</summary>
    public BatchMlp Twin(bool blockedKernels = false)
    {
        var twin = new BatchMlp(_sizes, Architecture.HiddenActivation, LossFunction, Architecture.OutputActivation, HasBatchNormalization, HasSkipConnections)
        {
            NormalizationMode = NormalizationMode,
            BlockedKernels = blockedKernels,
        };
        for (int l = 1; l < _normalizations.Length; l++)
            if (_normalizations[l] is { } normalization)
            {
                normalization.RunningMean.CopyTo(twin._normalizations[l]!.RunningMean, 0);
                normalization.RunningVariance.CopyTo(twin._normalizations[l]!.RunningVariance, 0);
            }
        return twin;
    }
}
