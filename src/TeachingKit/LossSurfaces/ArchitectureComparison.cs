using TeachingKit.CriticalPoints;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>The sizes of the architecture comparison; the defaults keep the notebook quick.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Hidden layers, all of <see cref="Width"/> units (skips join consecutive ones).</summary>
    public int Depth { get; init; } = 8;

    /// <summary>Units per hidden layer.</summary>
    public int Width { get; init; } = 16;

    /// <summary>Hidden activation.</summary>
    public Activation Activation { get; init; } = Activation.Relu;

    /// <summary>Epochs of minibatch SGD.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>SGD's learning rate (the same for every variant).</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>Minibatch size.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Seed of the initial weights (the same draw for every variant) and of the minibatches.</summary>
    public int Seed { get; init; }

    /// <summary>Grid points per side of each slice.</summary>
    public int SlicePoints { get; init; } = 21;

    /// <summary>The slice covers [−radius, radius]² in units of the filter-normalised directions.</summary>
    public double SliceRadius { get; init; } = 1;
}

/// <summary>One variant: its network, trained parameters, final loss, sharpness and slice.</summary>
/// <param name="Name">"plain", "skip", "BN" or "skip + BN".</param>
/// <param name="Network">The network (its batch normalisation in training mode).</param>
/// <param name="Parameters">θ after training.</param>
/// <param name="TrainingLoss">The full-data training loss at θ.</param>
/// <param name="Accuracy">The training accuracy at θ.</param>
/// <param name="Sharpness">The top Hessian eigenvalue at θ (power iteration on exact Hessian-vector products).</param>
/// <param name="Slice">The filter-normalised 2-D slice around θ.</param>
public sealed record ArchitectureVariant(string Name, BatchMlp Network, double[] Parameters, double TrainingLoss, double Accuracy,
    DominantEigenvalue Sharpness, SurfaceGrid Slice);

/// <summary>
/// Li et al. 2018's comparison at laptop size: the same deep, narrow MLP with and without skip connections and with and without
/// batch normalisation, trained the same way from the same weights; for each, a filter-normalised slice and the sharpness.
/// </summary>
public static class ArchitectureComparison
{
    /// <summary>Trains and measures the four variants on <paramref name="train"/>; the slices and sharpness use <paramref name="probe"/> (e.g. a subset).</summary>
    public static IReadOnlyList<ArchitectureVariant> Run(Dataset train, Dataset probe, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(probe);
        options ??= new ComparisonOptions();
        Require.AtLeast(options.Depth, 2, nameof(options));
        int[] sizes = [train.InputDimension, .. Enumerable.Repeat(options.Width, options.Depth), train.OutputDimension];
        return new[] { (false, false, "plain"), (true, false, "skip"), (false, true, "BN"), (true, true, "skip + BN") }
            .Select(v => Variant(new BatchMlp(sizes, options.Activation, skipConnections: v.Item1, batchNormalization: v.Item2), v.Item3, train, probe, options))
            .ToArray();
    }

    private static ArchitectureVariant Variant(BatchMlp network, string name, Dataset train, Dataset probe, ComparisonOptions options)
    {
        var start = network.InitialParameters(options.Activation == Activation.Relu ? Initialization.He : Initialization.Xavier, options.Seed);
        var trainer = new Trainer(network, train, new GradientDescent(options.LearningRate), start, new TrainingOptions { BatchSize = options.BatchSize, Seed = options.Seed });
        var losses = new double[trainer.StepsPerEpoch];
        var norms = new double[trainer.StepsPerEpoch];
        for (int e = 0; e < options.Epochs && trainer.Failure is null; e++) trainer.TrainEpoch(losses, norms);
        double[] theta = [.. trainer.Parameters];
        var (loss, accuracy) = network.Evaluate(theta, train);
        var sharpness = Sharpness.TopEigenvalue(network, theta, probe, options.Seed);
        var slice = SurfaceSlice.FilterNormalized(network, theta, probe, options.Seed, options.SliceRadius, options.SlicePoints);
        return new ArchitectureVariant(name, network, theta, loss, accuracy, sharpness, slice);
    }
}
