using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>Two continuations of one run from the epoch where the optimizer is (or is not) switched, and the line between their ends.</summary>
/// <param name="SwitchEpoch">Epochs trained with the first optimizer before the branches part.</param>
/// <param name="StayLoss">Full-data training loss after each epoch 0…end of the run that keeps the first optimizer.</param>
/// <param name="SwitchLoss">The same for the run that switches to the second optimizer after <paramref name="SwitchEpoch"/> epochs.</param>
/// <param name="AtSwitch">θ when the branches part.</param>
/// <param name="StayEnd">θ at the end of the run that kept the first optimizer.</param>
/// <param name="SwitchEnd">θ at the end of the run that switched.</param>
/// <param name="BetweenEnds">The loss on the line from <paramref name="StayEnd"/> (t = 0) to <paramref name="SwitchEnd"/> (t = 1).</param>
public sealed record OptimizerSwitchResult(int SwitchEpoch, double[] StayLoss, double[] SwitchLoss,
    double[] AtSwitch, double[] StayEnd, double[] SwitchEnd, LinearProfile BetweenEnds);

/// <summary>
/// Im, Tao &amp; Branson 2016 ("An empirical analysis of the optimization of deep network loss surfaces"): switching the
/// optimizer mid-run sends training to a different minimum; the loss on the line between the two end points shows whether
/// a barrier separates them.
/// </summary>
public static class OptimizerSwitch
{
    /// <summary>
    /// Trains <paramref name="epochsBefore"/> epochs with <paramref name="first"/>, then <paramref name="epochsAfter"/> more with a fresh
    /// <paramref name="first"/> on one branch and with <paramref name="second"/> on the other (same minibatch seed).
    /// </summary>
    public static OptimizerSwitchResult Run(BatchMlp network, IReadOnlyList<double> start, Dataset train, Func<Optimizer> first, Func<Optimizer> second,
        int epochsBefore, int epochsAfter, TrainingOptions? options = null, int profilePoints = 41)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        Require.AtLeast(epochsBefore, 1, nameof(epochsBefore));
        Require.AtLeast(epochsAfter, 1, nameof(epochsAfter));
        options ??= TrainingOptions.Default;
        var before = Train(network, start, train, first(), epochsBefore, options);
        var atSwitch = before.Parameters;
        var stay = Train(network, atSwitch, train, first(), epochsAfter, options with { Seed = options.Seed + 1 });
        var moved = Train(network, atSwitch, train, second(), epochsAfter, options with { Seed = options.Seed + 1 });
        var between = LinearProfile.Between(network, stay.Parameters, moved.Parameters, train, -0.25, 1.25, profilePoints);
        return new OptimizerSwitchResult(epochsBefore, [.. before.Losses, .. stay.Losses.Skip(1)], [.. before.Losses, .. moved.Losses.Skip(1)],
            atSwitch, stay.Parameters, moved.Parameters, between);
    }

    private static (double[] Parameters, double[] Losses) Train(BatchMlp network, IReadOnlyList<double> start, Dataset train, Optimizer optimizer, int epochs, TrainingOptions options)
    {
        var trainer = new Trainer(network, train, optimizer, start, options);
        var stepLosses = new double[trainer.StepsPerEpoch];
        var norms = new double[trainer.StepsPerEpoch];
        var losses = new double[epochs + 1];
        losses[0] = network.Loss(trainer.Parameters, train);
        for (int e = 1; e <= epochs; e++)
        {
            if (trainer.TrainEpoch(stepLosses, norms) < trainer.StepsPerEpoch)
                throw new InvalidOperationException($"{optimizer.Name} diverged: {trainer.Failure}");
            losses[e] = network.Loss(trainer.Parameters, train);
        }
        return ([.. trainer.Parameters], losses);
    }
}
