using TeachingKit.Execution;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Generalization;

/// <summary>The parameters of the epoch with the lowest validation loss, and when training stopped.</summary>
/// <param name="BestEpoch">The epoch whose parameters are kept (0 = the start).</param>
/// <param name="StoppedAfter">Epochs trained before the patience ran out (or the maximum).</param>
/// <param name="Parameters">θ at <see cref="BestEpoch"/>.</param>
/// <param name="ValidationLoss">The validation loss after each epoch, entry 0 the start.</param>
public sealed record EarlyStoppingResult(int BestEpoch, int StoppedAfter, double[] Parameters, IReadOnlyList<double> ValidationLoss);

/// <summary>Early stopping: train epoch by epoch, keep the parameters with the lowest validation loss, stop when it has not improved for a while.</summary>
/// <remarks>Lecture (Lepetit, "Early Stopping"): "stops when the validation error does not improve for some pre-specified
/// number of iterations". Here the error is the validation loss and the iterations are epochs (the patience).</remarks>
public static class EarlyStopping
{
    /// <summary>Trains <paramref name="network"/> on <paramref name="train"/> for at most <paramref name="options"/>.Epochs epochs, stopping after <paramref name="patience"/> epochs without a lower loss on <paramref name="validation"/>.</summary>
    public static EarlyStoppingResult Run(BatchMlp network, IReadOnlyList<double> start, Dataset train, Dataset validation,
        Optimizer optimizer, TrainingOptions options, int patience)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        Require.AtLeast(patience, 1, nameof(patience));
        var trainer = new Trainer(network, train, optimizer, start, options with { Epochs = 1 });
        var losses = new double[trainer.StepsPerEpoch];
        var norms = new double[trainer.StepsPerEpoch];
        var curve = new List<double> { network.Loss(trainer.Parameters, validation) };
        var best = (double[])trainer.Parameters.Clone();
        int bestEpoch = 0, epoch = 0;
        while (epoch < options.Epochs && epoch - bestEpoch < patience)
        {
            Interruption.ThrowIfRequested();
            trainer.TrainEpoch(losses, norms);
            if (trainer.Failure is not null) break;
            epoch++;
            curve.Add(network.Loss(trainer.Parameters, validation));
            if (curve[^1] < curve[bestEpoch])
            {
                bestEpoch = epoch;
                trainer.Parameters.CopyTo(best, 0);
            }
        }
        return new EarlyStoppingResult(bestEpoch, epoch, best, curve);
    }
}
