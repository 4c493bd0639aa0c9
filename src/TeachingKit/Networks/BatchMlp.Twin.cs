using TeachingKit.Optimization;

namespace TeachingKit.Networks;

/// <summary>Copies of a network's configuration, for evaluating it on several threads at once.</summary>
public sealed partial class BatchMlp
{
    private double[][] _packed = [];

    // Layer l's Wᵀ and b packed for VectorKernels.DenseRows (rewritten by every forward pass).
    private double[] PackedWeights(int l)
    {
        if (_packed.Length == 0) _packed = _sizes.Select((_, k) => k == 0 ? [] : new double[(_sizes[k - 1] + 1) * VectorKernels.PackedWidth(_sizes[k])]).ToArray();
        return _packed[l];
    }

    /// <summary>A network of the same layers, activations, loss, batch normalisation and skips, with its own buffers (for another thread); BN's running statistics are copied, and its mode.</summary>
    public BatchMlp Twin()
    {
        var twin = new BatchMlp(_sizes, Architecture.HiddenActivation, LossFunction, Architecture.OutputActivation, HasBatchNormalization, HasSkipConnections)
        {
            NormalizationMode = NormalizationMode,
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
