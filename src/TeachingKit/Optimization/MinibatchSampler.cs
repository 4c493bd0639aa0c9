using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The minibatches of stochastic gradient descent: each epoch ⌈N/m⌉ batches of sample indices, drawn with or
/// without replacement from a seeded generator.
/// </summary>
/// <remarks>
/// Lecture (minibatch SGD): "sample a minibatch of m samples from the training set … 1 epoch = when all the samples have
/// been used". Without replacement the last batch of an epoch holds the N − m⌊N/m⌋ samples left over (when m does not
/// divide N), as PyTorch's <c>DataLoader(drop_last=False)</c>. <see cref="Reset"/> restarts the stream, so a rerun draws
/// the same batches. Drawing an epoch allocates nothing.
/// </remarks>
public sealed class MinibatchSampler
{
    private readonly int[] _indices;
    private Random _random;

    /// <summary>A sampler of batches of <paramref name="batchSize"/> indices in [0, <paramref name="sampleCount"/>).</summary>
    public MinibatchSampler(int sampleCount, int batchSize, SamplingMode mode = SamplingMode.WithoutReplacement, int seed = 0)
    {
        SampleCount = Require.AtLeast(sampleCount, 1, nameof(sampleCount));
        BatchSize = Require.AtLeast(batchSize, 1, nameof(batchSize));
        if (batchSize > sampleCount)
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"{nameof(batchSize)} must be at most {nameof(sampleCount)} = {sampleCount}, but was {batchSize}.");
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown sampling mode.");
        Mode = mode;
        Seed = seed;
        BatchesPerEpoch = (sampleCount + batchSize - 1) / batchSize;
        _indices = new int[mode == SamplingMode.WithoutReplacement ? sampleCount : BatchesPerEpoch * batchSize];
        _random = new Random(seed);
        Reset();
    }

    /// <summary>N, the number of samples drawn from.</summary>
    public int SampleCount { get; }

    /// <summary>m, the number of indices in a batch (the last batch of an epoch without replacement may hold fewer).</summary>
    public int BatchSize { get; }

    /// <summary>With or without replacement.</summary>
    public SamplingMode Mode { get; }

    /// <summary>The seed of the generator.</summary>
    public int Seed { get; }

    /// <summary>⌈N/m⌉: the batches of one epoch.</summary>
    public int BatchesPerEpoch { get; }

    /// <summary>The number of epochs drawn since the last reset (0 before the first <see cref="NextEpoch"/>).</summary>
    public int Epoch { get; private set; }

    /// <summary>Draws the batches of the next epoch: a new permutation, or new independent indices.</summary>
    public void NextEpoch()
    {
        if (Mode == SamplingMode.WithoutReplacement) _random.Shuffle(_indices);
        else for (int k = 0; k < _indices.Length; k++) _indices[k] = _random.Next(SampleCount);
        Epoch++;
    }

    /// <summary>The indices of batch <paramref name="index"/> (0 ≤ index &lt; <see cref="BatchesPerEpoch"/>) of the current epoch.</summary>
    public ReadOnlySpan<int> Batch(int index)
    {
        if (Epoch == 0) throw new InvalidOperationException("No epoch has been drawn yet: call NextEpoch first.");
        if ((uint)index >= (uint)BatchesPerEpoch)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{nameof(index)} must lie in [0, {BatchesPerEpoch}), but was {index}.");
        int start = index * BatchSize;
        return _indices.AsSpan(start, Math.Min(BatchSize, _indices.Length - start));
    }

    /// <summary>Restarts the generator from <see cref="Seed"/> (and the permutation from the identity), so the same epochs follow.</summary>
    public void Reset()
    {
        _random = new Random(Seed);
        for (int k = 0; k < _indices.Length; k++) _indices[k] = k;
        Epoch = 0;
    }
}
