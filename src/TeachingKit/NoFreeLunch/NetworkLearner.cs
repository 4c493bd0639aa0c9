using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.NoFreeLunch;

/// <summary>
/// A small trained network: an n-h-2 <see cref="BatchMlp"/> (tanh, softmax cross-entropy) on the ±1 inputs, trained by
/// full-batch gradient descent from the same seeded start for every labelling; it predicts 1 where class 1 is more probable.
/// </summary>
/// <remarks>
/// The start depends only on <see cref="Seed"/>, so the learner is deterministic, as No Free Lunch's counting requires. With
/// no training points it predicts with the untrained start. One instance holds one network's buffers: do not share it
/// between threads.
/// </remarks>
public sealed class NetworkLearner : IBooleanLearner
{
    private readonly Dictionary<int, (BatchMlp Network, double[] Start, double[][] Inputs)> _networks = [];

    /// <summary>A network with <paramref name="hiddenUnits"/> tanh units trained for <paramref name="steps"/> full-batch steps of size <paramref name="learningRate"/>.</summary>
    public NetworkLearner(int hiddenUnits = 4, int steps = 40, double learningRate = 0.5, int seed = 0)
    {
        HiddenUnits = Require.AtLeast(hiddenUnits, 1, nameof(hiddenUnits));
        Steps = Require.AtLeast(steps, 1, nameof(steps));
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        Seed = seed;
    }

    /// <summary>h, the hidden units.</summary>
    public int HiddenUnits { get; }

    /// <summary>Full-batch gradient steps per training.</summary>
    public int Steps { get; }

    /// <summary>The gradient-descent step size.</summary>
    public double LearningRate { get; }

    /// <summary>The seed of the Xavier start.</summary>
    public int Seed { get; }

    /// <inheritdoc/>
    public string Name => $"network {HiddenUnits} tanh";

    /// <inheritdoc/>
    public int Predict(BooleanCube cube, int trainingSet, int labels)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var (network, start, inputs) = NetworkFor(cube);
        var parameters = trainingSet == 0 ? start : Train(network, start, TrainingData(cube, inputs, trainingSet, labels));
        int prediction = 0;
        for (int x = 0; x < cube.PointCount; x++)
        {
            var p = network.Predict(parameters, inputs[x]);
            if (p[1] > p[0]) prediction |= 1 << x;
        }
        return prediction;
    }

    private double[] Train(BatchMlp network, double[] start, Dataset data)
    {
        var options = new TrainingOptions { Epochs = Steps, BatchSize = data.Count };
        var trainer = new Trainer(network, data, new GradientDescent(LearningRate), start, options);
        var losses = new double[1];
        var norms = new double[1];
        for (int step = 0; step < Steps && trainer.Failure is null; step++) trainer.TrainEpoch(losses, norms);
        return trainer.Parameters;
    }

    private static Dataset TrainingData(BooleanCube cube, double[][] inputs, int trainingSet, int labels)
    {
        var points = Enumerable.Range(0, cube.PointCount).Where(x => ((trainingSet >> x) & 1) == 1).ToArray();
        return new Dataset(
            points.Select(x => inputs[x]).ToArray(),
            points.Select(x => ((labels >> x) & 1) == 1 ? new[] { 0.0, 1.0 } : [1.0, 0.0]).ToArray());
    }

    private (BatchMlp, double[], double[][]) NetworkFor(BooleanCube cube)
    {
        if (!_networks.TryGetValue(cube.Inputs, out var entry))
        {
            var network = new BatchMlp([cube.Inputs, HiddenUnits, 2], Activation.Tanh);
            var inputs = Enumerable.Range(0, cube.PointCount).Select(cube.SignedInputs).ToArray();
            _networks[cube.Inputs] = entry = (network, network.InitialParameters(Initialization.Xavier, Seed), inputs);
        }
        return entry;
    }
}
