using System.Diagnostics;
using System.Globalization;
using TeachingKit.Networks;

namespace TeachingKit.Optimization;

/// <summary>Trains a <see cref="BatchMlp"/> for a number of epochs and records its training curves.</summary>
/// <remarks>
/// Lecture: "training curves are useful to spot major problems with convergence, they do not guarantee convergence"
/// — the curves recorded here are the ones the lecture reads (loss and accuracy on the training and validation sets).
/// The same network, start, data, optimizer and options give the same curves (except the wall times).
/// </remarks>
public static class Training
{
    /// <summary>Trains on <paramref name="split"/>'s training set and follows its validation set; the test set is not touched.</summary>
    public static TrainingHistory Run(BatchMlp network, IReadOnlyList<double> start, DataSplit split, Optimizer optimizer, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(split);
        return Run(network, start, split.Train, split.Validation, optimizer, options);
    }

    /// <summary>Trains on <paramref name="train"/> from <paramref name="start"/> and evaluates on both sets after every epoch.</summary>
    public static TrainingHistory Run(BatchMlp network, IReadOnlyList<double> start, Dataset train, Dataset validation,
        Optimizer optimizer, TrainingOptions? options = null)
    {
        options ??= TrainingOptions.Default;
        var trainer = new Trainer(network, train, optimizer, start, options);
        network.Loss(trainer.Parameters, validation, [0]);   // checks the validation set's shape before any work
        int perEpoch = trainer.StepsPerEpoch;
        var stepLoss = new double[options.Epochs * perEpoch];
        var gradientNorm = new double[options.Epochs * perEpoch];
        var trainingLoss = new List<double>();
        var validationLoss = new List<double>();
        var trainingAccuracy = new List<double>();
        var validationAccuracy = new List<double>();
        var seconds = new List<double> { 0 };
        var final = (double[])trainer.Parameters.Clone();
        Record();
        var clock = new Stopwatch();
        int steps = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            clock.Start();
            int taken = trainer.TrainEpoch(stepLoss.AsSpan(steps), gradientNorm.AsSpan(steps));
            clock.Stop();
            steps += taken;
            if (trainer.Failure is not null) return Finish(StopReason.Diverged, $"Diverged at {trainer.Failure}; the curves stop at epoch {epoch - 1}.");
            seconds.Add(clock.Elapsed.TotalSeconds);
            trainer.Parameters.CopyTo(final, 0);
            Record();
        }
        return Finish(StopReason.MaxSteps, string.Create(CultureInfo.InvariantCulture,
            $"Trained {options.Epochs} epochs ({steps} steps): training loss {trainingLoss[^1]:G4}, validation accuracy {validationAccuracy[^1]:P1}."));

        void Record()
        {
            var (loss, accuracy) = network.Evaluate(trainer.Parameters, train);
            trainingLoss.Add(loss);
            trainingAccuracy.Add(accuracy);
            (loss, accuracy) = network.Evaluate(trainer.Parameters, validation);
            validationLoss.Add(loss);
            validationAccuracy.Add(accuracy);
        }

        TrainingHistory Finish(StopReason reason, string message) => new(
            optimizer.Name, options.Schedule.Name, options.BatchSize, trainingLoss, validationLoss, trainingAccuracy, validationAccuracy,
            seconds, stepLoss[..steps], gradientNorm[..steps], reason, message, final);
    }
}
