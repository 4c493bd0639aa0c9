namespace TeachingKit.Optimization;

/// <summary>How <see cref="MinibatchSampler"/> draws the samples of a minibatch.</summary>
public enum SamplingMode
{
    /// <summary>Each epoch is a fresh random permutation cut into batches: every sample once per epoch (PyTorch's <c>shuffle=True</c>).</summary>
    WithoutReplacement,
    /// <summary>Every index drawn uniformly and independently: a sample can appear twice in a batch, or not at all in an epoch.</summary>
    WithReplacement,
}
