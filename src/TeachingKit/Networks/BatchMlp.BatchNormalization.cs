namespace TeachingKit.Networks;

/// <summary>Optional batch normalisation of every hidden layer's pre-activations (see <see cref="BatchNormalization"/>).</summary>
public sealed partial class BatchMlp
{
    // _normalizations[l]: the layer normalising z_l (hidden l only), or null; _gammaStart[l]: index of γ_l in θ, β_l follows.
    private BatchNormalization?[] _normalizations = [];
    private int[] _gammaStart = [];

    /// <summary>Whether every hidden layer's pre-activation goes through batch normalisation before its activation.</summary>
    public bool HasBatchNormalization => _normalizations.Length > 0;

    /// <summary>
    /// Training: normalise by the statistics of the batch being evaluated (the loss of a batch is then a function of the whole
    /// batch), and let each gradient evaluation update the running estimates. Inference: use the running estimates.
    /// Ignored without batch normalisation.
    /// </summary>
    public BatchNormalizationMode NormalizationMode { get; set; } = BatchNormalizationMode.Training;

    /// <summary>The batch-normalisation layer of hidden layer <paramref name="layer"/> (1 … L − 1), with its running statistics.</summary>
    public BatchNormalization NormalizationOf(int layer)
    {
        if (!HasBatchNormalization) throw new InvalidOperationException($"{this} has no batch normalisation.");
        if (layer < 1 || layer >= _sizes.Length - 1)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"{nameof(layer)} must be a hidden layer in [1, {_sizes.Length - 2}], but was {layer}.");
        return _normalizations[layer]!;
    }

    /// <summary>The index in θ of γ_l[<paramref name="feature"/>] of hidden layer <paramref name="layer"/>; β_l[feature] is at that index plus the layer's width.</summary>
    public int GammaIndex(int layer, int feature)
    {
        var normalization = NormalizationOf(layer);
        if ((uint)feature >= (uint)normalization.Features)
            throw new ArgumentOutOfRangeException(nameof(feature), feature, $"{nameof(feature)} must lie in [0, {normalization.Features}), but was {feature}.");
        return _gammaStart[layer] + feature;
    }

    // Places γ_l, β_l of every hidden layer after the Mlp's weights and biases; returns the total parameter count.
    private int AddBatchNormalization()
    {
        _normalizations = new BatchNormalization?[_sizes.Length];
        _gammaStart = new int[_sizes.Length];
        int next = Architecture.ParameterCount;
        for (int l = 1; l < _sizes.Length - 1; l++)
        {
            _normalizations[l] = new BatchNormalization(_sizes[l]);
            _gammaStart[l] = next;
            next += 2 * _sizes[l];
        }
        return next;
    }

    // γ = 1 and β = 0: at the start each normalised layer passes x̂ on unchanged.
    private void InitialNormalizationParameters(Span<double> theta)
    {
        for (int l = 1; l < _normalizations.Length; l++)
            if (_normalizations[l] is not null) theta.Slice(_gammaStart[l], _sizes[l]).Fill(1.0);
    }

    // Rows propagated together: a whole batch when batch statistics are used (every row then sees the others), else a block.
    private int RowsPerBlock(int batchLength, NormalizationStatistics statistics)
    {
        if (!HasBatchNormalization || statistics == NormalizationStatistics.Running) return BlockSize;
        for (int l = 0; l < _sizes.Length; l++)
            if (_activations[l].Length < batchLength * _sizes[l])
            {
                _activations[l] = new double[batchLength * _sizes[l]];
                _deltas[l] = new double[batchLength * _sizes[l]];
            }
        return batchLength;
    }

    private NormalizationStatistics StatisticsFor(bool trainingStep) =>
        NormalizationMode == BatchNormalizationMode.Inference ? NormalizationStatistics.Running
        : trainingStep ? NormalizationStatistics.BatchAndUpdateRunning : NormalizationStatistics.Batch;

    // z_l ← BN(z_l) in place for the first `rows` rows of hidden layer l; nothing without batch normalisation.
    private void NormalizeForward(ReadOnlySpan<double> theta, int l, int rows, NormalizationStatistics statistics)
    {
        if (!HasBatchNormalization || _normalizations[l] is not { } normalization) return;
        int width = _sizes[l];
        normalization.Forward(_activations[l], rows, theta.Slice(_gammaStart[l], width), theta.Slice(_gammaStart[l] + width, width),
            training: statistics != NormalizationStatistics.Running, updateRunning: statistics == NormalizationStatistics.BatchAndUpdateRunning);
    }

    // δ_l ← ∂L/∂(z_l before BN) in place, with ∂L/∂γ_l and ∂L/∂β_l added to the gradient.
    private void NormalizeBackward(ReadOnlySpan<double> theta, Span<double> gradient, int l)
    {
        if (!HasBatchNormalization || _normalizations[l] is not { } normalization) return;
        if (NormalizationMode == BatchNormalizationMode.Inference)
            throw new InvalidOperationException("Gradients of a batch-normalised network are taken in training mode; set NormalizationMode to Training.");
        int width = _sizes[l];
        normalization.Backward(_deltas[l], theta.Slice(_gammaStart[l], width),
            gradient.Slice(_gammaStart[l], width), gradient.Slice(_gammaStart[l] + width, width));
    }

    private enum NormalizationStatistics { Batch, BatchAndUpdateRunning, Running }
}

/// <summary>Which statistics a batch-normalised <see cref="BatchMlp"/> normalises by.</summary>
public enum BatchNormalizationMode
{
    /// <summary>The mean and variance of the batch being evaluated; gradient evaluations update the running estimates.</summary>
    Training,

    /// <summary>The running estimates gathered in training: each sample's output depends on that sample alone.</summary>
    Inference,
}
