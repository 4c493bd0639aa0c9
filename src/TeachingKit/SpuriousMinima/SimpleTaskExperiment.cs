using TeachingKit.CriticalPoints;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>The two optimizers of the lecture's XOR / Jellyfish table.</summary>
public enum SimpleTaskOptimizer
{
    /// <summary><see cref="Optimization.Adam"/> with learning rate <see cref="SimpleTaskExperiment.AdamLearningRate"/>.</summary>
    Adam,
    /// <summary><see cref="Optimization.GradientDescent"/> with step <see cref="SimpleTaskExperiment.GradientDescentLearningRate"/>.</summary>
    GradientDescent,
}

/// <summary>How one training run on a simple task ended.</summary>
/// <param name="Solved">Every training point classified correctly within the step limit.</param>
/// <param name="Steps">Full-batch steps taken (the step at which it was solved, or the limit).</param>
/// <param name="Loss">The mean cross-entropy at the end.</param>
/// <param name="Accuracy">The training accuracy at the end.</param>
/// <param name="Parameters">The final parameters of the [2, h, 2] network.</param>
public sealed record SimpleTaskRun(bool Solved, int Steps, double Loss, double Accuracy, double[] Parameters);

/// <summary>
/// Swirszcz, Czarnecki &amp; Pascanu's experiment as the lecture's table shows it: how often a one-hidden-layer
/// network with h units learns XOR or the Jellyfish, by activation and optimizer, from many seeded starts.
/// </summary>
/// <remarks>
/// The kit's protocol (the paper's own was not available): a [2, h, 2] network, softmax cross-entropy, Xavier
/// (Glorot uniform) weights and zero biases, full-batch steps of Adam (learning rate 0.01, β₁ = 0.9, β₂ = 0.999) or
/// gradient descent (step 0.5), at most <see cref="DefaultStepLimit"/> steps. A run <em>solves</em> the task when
/// every training point is classified correctly; accuracy is checked every <see cref="CheckInterval"/> steps and the
/// run stops at the first check that finds it solved. Each run's start comes from its own seed
/// (<see cref="SpuriousMinimaExperiment.RunSeed"/>), so the counts do not depend on the schedule of the parallel runs.
/// </remarks>
public static class SimpleTaskExperiment
{
    /// <summary>The step budget of a run.</summary>
    public const int DefaultStepLimit = 5000;

    /// <summary>Adam's learning rate.</summary>
    public const double AdamLearningRate = 0.01;

    /// <summary>Gradient descent's step size.</summary>
    public const double GradientDescentLearningRate = 0.5;

    /// <summary>Steps between two accuracy checks.</summary>
    public const int CheckInterval = 25;

    /// <summary>The network of a run: [2, h, 2] with the given hidden activation and softmax cross-entropy.</summary>
    public static BatchMlp Network(int hidden, Activation activation)
    {
        Require.AtLeast(hidden, 1, nameof(hidden));
        return new BatchMlp([2, hidden, 2], activation);
    }

    /// <summary>A fresh optimizer of the given kind with the experiment's hyperparameters.</summary>
    public static Optimizer CreateOptimizer(SimpleTaskOptimizer optimizer) => optimizer switch
    {
        SimpleTaskOptimizer.Adam => new Adam(AdamLearningRate, diagnostics: false),
        SimpleTaskOptimizer.GradientDescent => new GradientDescent(GradientDescentLearningRate),
        _ => throw new ArgumentOutOfRangeException(nameof(optimizer), optimizer, "Unknown optimizer."),
    };

    /// <summary>One run from the Xavier start drawn with <paramref name="seed"/>.</summary>
    public static SimpleTaskRun Run(Dataset data, int hidden, Activation activation, SimpleTaskOptimizer optimizer, int seed,
        int stepLimit = DefaultStepLimit)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.AtLeast(stepLimit, 1, nameof(stepLimit));
        var network = Network(hidden, activation);
        var trainer = new Trainer(network, data, CreateOptimizer(optimizer), network.InitialParameters(Initialization.Xavier, seed),
            new TrainingOptions { BatchSize = data.Count });
        Span<double> loss = stackalloc double[1], norm = stackalloc double[1];
        int steps = 0;
        bool solved = false;
        while (steps < stepLimit && !solved)
        {
            if (trainer.TrainEpoch(loss, norm) < 1) break;   // a non-finite loss or step: the run failed
            steps++;
            if (steps % CheckInterval == 0 || steps == stepLimit) solved = network.Evaluate(trainer.Parameters, data).Accuracy == 1;
        }
        var (finalLoss, accuracy) = network.Evaluate(trainer.Parameters, data);
        return new SimpleTaskRun(solved, steps, finalLoss, accuracy, trainer.Parameters);
    }

    /// <summary>All runs of one cell of the table on every core.</summary>
    /// <param name="task">The task's name, for the row.</param>
    /// <param name="data">The task's points.</param>
    /// <param name="hidden">h.</param>
    /// <param name="activation">The hidden activation.</param>
    /// <param name="optimizer">The optimizer.</param>
    /// <param name="runs">Independent runs.</param>
    /// <param name="baseSeed">Run r's seed is <see cref="SpuriousMinimaExperiment.RunSeed"/>(baseSeed, h, setting, r), setting = 2·activation + optimizer.</param>
    /// <param name="stepLimit">The step budget of every run.</param>
    public static SimpleTaskRow Row(string task, Dataset data, int hidden, Activation activation, SimpleTaskOptimizer optimizer,
        int runs, int baseSeed = 1, int stepLimit = DefaultStepLimit)
    {
        Require.AtLeast(runs, 1, nameof(runs));
        var outcomes = new SimpleTaskRun[runs];
        int setting = 2 * (int)activation + (int)optimizer;
        Parallel.For(0, runs, run =>
            outcomes[run] = Run(data, hidden, activation, optimizer, SpuriousMinimaExperiment.RunSeed(baseSeed, hidden, setting, run), stepLimit));
        var solved = outcomes.Where(o => o.Solved).ToArray();
        return new SimpleTaskRow(task, hidden, activation, optimizer, Proportion.Of(solved.Length, runs),
            solved.Length == 0 ? double.NaN : solved.Average(o => (double)o.Steps), stepLimit);
    }

    /// <summary>The lecture's table for one task: h = 2…7, ReLU and sigmoid, Adam and gradient descent (24 rows).</summary>
    public static IReadOnlyList<SimpleTaskRow> Table(string task, Dataset data, int runs, int baseSeed = 1, int stepLimit = DefaultStepLimit,
        int smallestHidden = 2, int largestHidden = 7)
    {
        Require.AtLeast(smallestHidden, 1, nameof(smallestHidden));
        Require.AtLeast(largestHidden, smallestHidden, nameof(largestHidden));
        return (from optimizer in new[] { SimpleTaskOptimizer.Adam, SimpleTaskOptimizer.GradientDescent }
                from activation in new[] { Activation.Relu, Activation.Sigmoid }
                from hidden in Enumerable.Range(smallestHidden, largestHidden - smallestHidden + 1)
                select Row(task, data, hidden, activation, optimizer, runs, baseSeed, stepLimit)).ToArray();
    }
}
