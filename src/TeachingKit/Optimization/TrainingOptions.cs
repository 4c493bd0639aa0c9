using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>How a network is trained: epochs, minibatch size and sampling, seed and learning-rate schedule.</summary>
/// <remarks>Batch size N (the training set) gives batch gradient descent, one step per epoch; batch size 1 the online rule.</remarks>
public sealed record TrainingOptions
{
    private readonly int _epochs = 20;
    private readonly int _batchSize = 32;
    private readonly SamplingMode _sampling = SamplingMode.WithoutReplacement;
    private readonly LearningRateSchedule _schedule = LearningRateSchedule.Constant;

    /// <summary>The defaults: 20 epochs of batches of 32 without replacement, seed 0, constant learning rate.</summary>
    public static TrainingOptions Default { get; } = new();

    /// <summary>Passes over the training set (≥ 1).</summary>
    public int Epochs
    {
        get => _epochs;
        init => _epochs = Require.AtLeast(value, 1, nameof(Epochs));
    }

    /// <summary>m, the samples per minibatch (≥ 1, at most the training set's size).</summary>
    public int BatchSize
    {
        get => _batchSize;
        init => _batchSize = Require.AtLeast(value, 1, nameof(BatchSize));
    }

    /// <summary>With or without replacement.</summary>
    public SamplingMode Sampling
    {
        get => _sampling;
        init => _sampling = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Sampling), value, "Unknown sampling mode.");
    }

    /// <summary>The seed of the minibatch sampler.</summary>
    public int Seed { get; init; }

    /// <summary>The factor applied to the optimizer's learning rate at each step.</summary>
    public LearningRateSchedule Schedule
    {
        get => _schedule;
        init => _schedule = value ?? throw new ArgumentNullException(nameof(Schedule));
    }
}
