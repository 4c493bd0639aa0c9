using TeachingKit.Networks;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>Tunes the learning rate the way the lecture prescribes: train at each rate of a log grid, choose on the validation set, report the test set once.</summary>
/// <remarks>
/// Lecture: "α is a hyperparameter that we need to tune using train/validation/test sets". The test set is evaluated
/// for the chosen run only, after the choice, so it never influences it. The choice is the lowest validation loss at
/// the last epoch (ties go to the smaller rate); a run that diverged is never chosen.
/// </remarks>
public static class LearningRateSweep
{
    /// <summary>Rates from <paramref name="smallest"/> to <paramref name="largest"/> (both included), <paramref name="pointsPerDecade"/> per factor 10.</summary>
    public static double[] LogGrid(double smallest = 0.001, double largest = 1, int pointsPerDecade = 3)
    {
        Require.Positive(smallest, nameof(smallest));
        if (!(largest > smallest)) throw new ArgumentOutOfRangeException(nameof(largest), largest, $"{nameof(largest)} must exceed {nameof(smallest)} = {smallest}, but was {largest}.");
        Require.AtLeast(pointsPerDecade, 1, nameof(pointsPerDecade));
        int intervals = Math.Max(1, (int)Math.Round(pointsPerDecade * Math.Log10(largest / smallest)));
        return Grid.Logspace(smallest, largest, intervals + 1);
    }

    /// <summary>Trains from the same <paramref name="start"/> with <paramref name="optimizerFor"/>(rate) for each rate, chooses on validation, tests once.</summary>
    /// <param name="network">The network.</param>
    /// <param name="start">The initial parameters, the same for every rate.</param>
    /// <param name="split">Training, validation and test sets.</param>
    /// <param name="optimizerFor">Makes the optimizer for a learning rate, e.g. <c>lr =&gt; new Momentum(lr, 0.9)</c>.</param>
    /// <param name="learningRates">The rates to try (<see cref="LogGrid"/>).</param>
    /// <param name="options">Epochs, batch size, seed and schedule, the same for every rate.</param>
    public static SweepResult Run(BatchMlp network, IReadOnlyList<double> start, DataSplit split, Func<double, Optimizer> optimizerFor,
        IReadOnlyList<double> learningRates, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(optimizerFor);
        Require.NotEmpty(learningRates, nameof(learningRates));
        for (int i = 0; i < learningRates.Count; i++) Require.Positive(learningRates[i], $"{nameof(learningRates)}[{i}]");
        var runs = learningRates.Select(rate => Training.Run(network, start, split, optimizerFor(rate), options)).ToArray();
        int chosen = -1;
        for (int i = 0; i < runs.Length; i++)
        {
            if (runs[i].Diverged) continue;
            if (chosen < 0 || runs[i].ValidationLoss[^1] < runs[chosen].ValidationLoss[^1]
                || (runs[i].ValidationLoss[^1] == runs[chosen].ValidationLoss[^1] && learningRates[i] < learningRates[chosen])) chosen = i;
        }
        if (chosen < 0) throw new InvalidOperationException($"Every run of the sweep diverged; try smaller rates than {learningRates.Min()}.");
        var (testLoss, testAccuracy) = network.Evaluate(runs[chosen].FinalParameters.ToArray(), split.Test);
        return new SweepResult(learningRates.ToArray(), runs, chosen, testLoss, testAccuracy);
    }
}
