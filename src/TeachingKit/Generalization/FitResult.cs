using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Generalization;

/// <summary>A trained network's accuracy and loss on its training set and on held-out data: the two numbers whose gap is overfitting.</summary>
/// <param name="Network">The network (its architecture; for dropout, the training copy).</param>
/// <param name="Parameters">The trained θ.</param>
/// <param name="TrainAccuracy">Accuracy on the training set.</param>
/// <param name="TestAccuracy">Accuracy on the held-out set.</param>
/// <param name="TrainLoss">Mean loss on the training set.</param>
/// <param name="TestLoss">Mean loss on the held-out set.</param>
public sealed record FitResult(BatchMlp Network, double[] Parameters, double TrainAccuracy, double TestAccuracy, double TrainLoss, double TestLoss)
{
    /// <summary>Training minus test accuracy.</summary>
    public double Gap => TrainAccuracy - TestAccuracy;

    /// <summary>
    /// Trains <paramref name="network"/> from Xavier weights drawn with <paramref name="seed"/> by Adam (learning rate
    /// <paramref name="learningRate"/>) for <paramref name="epochs"/> epochs of minibatches of 32 (sampler seeded with
    /// <paramref name="seed"/> too), optionally with <paramref name="wrap"/> around the optimizer (e.g. <see cref="L2Penalty"/>), and evaluates it.
    /// </summary>
    public static FitResult Train(BatchMlp network, Dataset train, Dataset test, int epochs, int seed,
        double learningRate = 0.005, Func<Optimizer, Optimizer>? wrap = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(train);
        Require.AtLeast(epochs, 1, nameof(epochs));
        Optimizer optimizer = new Adam(learningRate, diagnostics: false);
        if (wrap is not null) optimizer = wrap(optimizer);
        var options = new TrainingOptions { Epochs = epochs, BatchSize = Math.Min(32, train.Count), Seed = seed };
        var history = Training.Run(network, network.InitialParameters(Initialization.Xavier, seed), train, test, optimizer, options);
        return Evaluate(network, [.. history.FinalParameters], train, test);
    }

    /// <summary>Evaluates given parameters on both sets.</summary>
    public static FitResult Evaluate(BatchMlp network, double[] parameters, Dataset train, Dataset test)
    {
        ArgumentNullException.ThrowIfNull(network);
        var (trainLoss, trainAccuracy) = network.Evaluate(parameters, train);
        var (testLoss, testAccuracy) = network.Evaluate(parameters, test);
        return new FitResult(network, parameters, trainAccuracy, testAccuracy, trainLoss, testLoss);
    }
}
