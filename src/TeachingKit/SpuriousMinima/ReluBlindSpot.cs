using TeachingKit.CriticalPoints;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>How one blind-spot run ended.</summary>
/// <param name="Network">The student [2, h, 1] (ReLU, squared error).</param>
/// <param name="Start">The initial parameters.</param>
/// <param name="Final">The parameters after training.</param>
/// <param name="DeadAtStart">Per hidden unit: dead on the training inputs at the start.</param>
/// <param name="DeadAtEnd">Per hidden unit: dead after training.</param>
/// <param name="Loss">The mean squared error after training.</param>
public sealed record BlindSpotRun(BatchMlp Network, double[] Start, double[] Final, bool[] DeadAtStart, bool[] DeadAtEnd, double Loss)
{
    /// <summary>The number of dead units after training.</summary>
    public int DeadCount => DeadAtEnd.Count(d => d);
}

/// <summary>The blind-spot runs of one initial bias.</summary>
/// <param name="HiddenBias">The value every hidden bias started at.</param>
/// <param name="DeadUnits">Dead units after training over all units of all runs, with its 95 % Wilson interval.</param>
/// <param name="DeadAtStart">The same share at the start.</param>
/// <param name="MeanLoss">The average final loss over the runs.</param>
/// <param name="Runs">The runs.</param>
public sealed record BlindSpotRow(double HiddenBias, Proportion DeadUnits, Proportion DeadAtStart, double MeanLoss, IReadOnlyList<BlindSpotRun> Runs);

/// <summary>
/// The ReLU "blind spot" (lecture 001; Swirszcz et al. 2016, §3.2): a ReLU unit whose active half-plane holds no
/// training input outputs 0 on every sample and gets a zero gradient, so training never moves it again.
/// </summary>
/// <remarks>
/// A unit i of the first hidden layer is <em>dead</em> on a data set when wᵢ·x + bᵢ ≤ 0 for every input x: then
/// ReLU(wᵢ·x + bᵢ) = 0 and ReLU′ = 0 on every sample, so the loss's partial derivatives with respect to wᵢ, bᵢ and the
/// unit's outgoing weights are all exactly 0. The experiment: a ReLU committee-machine teacher
/// (<see cref="CommitteeMachine"/>) and a student of h ReLU units with He weights and every hidden bias set to one
/// value β, trained on the full batch by Adam; a more negative β starts more units dead, and they stay dead, so the
/// student ends with fewer working units and a higher loss — a local minimum (flat along the dead units' weights).
/// </remarks>
public static class ReluBlindSpot
{
    /// <summary>The training steps of a run.</summary>
    public const int DefaultSteps = 3000;

    /// <summary>Adam's learning rate.</summary>
    public const double LearningRate = 0.01;

    /// <summary>Per unit of the first hidden layer: true when its pre-activation is ≤ 0 on every input of <paramref name="data"/>.</summary>
    public static bool[] DeadUnits(Mlp network, IReadOnlyList<double> parameters, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(data);
        Require.SameLength(parameters.Count, network.ParameterCount, nameof(parameters), "the network's parameter count");
        Require.SameLength(data.InputDimension, network.LayerSizes[0], "data inputs", "the input layer");
        var dead = new bool[network.LayerSizes[1]];
        for (int i = 0; i < dead.Length; i++)
        {
            dead[i] = true;
            foreach (var x in data.Inputs)
            {
                double z = parameters[network.BiasIndex(1, i)];
                for (int j = 0; j < x.Length; j++) z += parameters[network.WeightIndex(1, i, j)] * x[j];
                if (z > 0) { dead[i] = false; break; }
            }
        }
        return dead;
    }

    /// <summary>Parameters of <paramref name="network"/> (two inputs) whose first-layer units have the given lines; every other parameter 0.</summary>
    public static double[] WithLines(BatchMlp network, IReadOnlyList<UnitLine> lines)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(lines);
        Require.SameLength(network.LayerSizes[0], 2, "the network's input layer", "a plane (2 inputs)");
        Require.SameLength(lines.Count, network.LayerSizes[1], nameof(lines), "the first hidden layer");
        var parameters = new double[network.ParameterCount];
        var mlp = network.Architecture;
        for (int i = 0; i < lines.Count; i++)
        {
            parameters[mlp.WeightIndex(1, i, 0)] = Require.Finite(lines[i].W1, $"{nameof(lines)}[{i}].W1");
            parameters[mlp.WeightIndex(1, i, 1)] = Require.Finite(lines[i].W2, $"{nameof(lines)}[{i}].W2");
            parameters[mlp.BiasIndex(1, i)] = Require.Finite(lines[i].B, $"{nameof(lines)}[{i}].B");
        }
        return parameters;
    }

    /// <summary>He weights drawn with <paramref name="seed"/>, every first-layer bias <paramref name="hiddenBias"/>, other biases 0.</summary>
    public static double[] Start(BatchMlp network, int seed, double hiddenBias)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.Finite(hiddenBias, nameof(hiddenBias));
        var start = network.InitialParameters(Initialization.He, seed);
        for (int i = 0; i < network.LayerSizes[1]; i++) start[network.Architecture.BiasIndex(1, i)] = hiddenBias;
        return start;
    }

    /// <summary>One run: a student of <paramref name="hidden"/> ReLU units trained on the teacher's data by full-batch Adam.</summary>
    public static BlindSpotRun Train(CommitteeMachine teacher, int hidden, double hiddenBias, int seed, int steps = DefaultSteps)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        Require.AtLeast(hidden, 1, nameof(hidden));
        Require.AtLeast(steps, 1, nameof(steps));
        var network = new BatchMlp([2, hidden, 1], Activation.Relu, LossFunction.SquaredError);
        var start = Start(network, seed, hiddenBias);
        var trainer = new Trainer(network, teacher.Data, new Adam(LearningRate, diagnostics: false), start,
            new TrainingOptions { BatchSize = teacher.Data.Count });
        Span<double> loss = stackalloc double[1], norm = stackalloc double[1];
        int taken = 0;
        while (taken < steps && trainer.TrainEpoch(loss, norm) == 1) taken++;   // a step that fails (non-finite) ends the run
        var final = trainer.Parameters;
        return new BlindSpotRun(network, start, final, DeadUnits(network.Architecture, start, teacher.Data),
            DeadUnits(network.Architecture, final, teacher.Data), network.Loss(final, teacher.Data));
    }

    /// <summary>For each initial bias, <paramref name="runs"/> seeded runs (seeds baseSeed, baseSeed + 1, …) on every core.</summary>
    public static IReadOnlyList<BlindSpotRow> Sweep(CommitteeMachine teacher, int hidden, IReadOnlyList<double> hiddenBiases, int runs,
        int baseSeed = 1, int steps = DefaultSteps)
    {
        Require.NotEmpty(hiddenBiases, nameof(hiddenBiases));
        Require.AtLeast(runs, 1, nameof(runs));
        return hiddenBiases.Select(bias =>
        {
            var outcomes = new BlindSpotRun[runs];
            Parallel.For(0, runs, r => outcomes[r] = Train(teacher, hidden, bias, baseSeed + r, steps));
            int units = runs * hidden;
            return new BlindSpotRow(bias, Proportion.Of(outcomes.Sum(o => o.DeadCount), units),
                Proportion.Of(outcomes.Sum(o => o.DeadAtStart.Count(d => d)), units), outcomes.Average(o => o.Loss), outcomes);
        }).ToArray();
    }
}
