using BenchmarkDotNet.Attributes;
using TeachingKit.Data;
using TeachingKit.Networks;
using TeachingKit.Optimization;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Issue 13's target: one epoch of minibatch SGD (batches of 32) of a 64-32-10 tanh network on the 1,437 training
/// digits, forward and backward, single thread, in at most 10 ms and with no allocation per step after the first.
/// An epoch is 45 steps (44 batches of 32 and one of 29); beside it, the same epoch with Adam and one full-batch
/// gradient over the 1,437 samples.
/// </summary>
[MemoryDiagnoser]
public class SgdEpochBenchmarks
{
    private BatchMlp _network = null!;
    private DataSplit _split = null!;
    private Trainer _sgd = null!;
    private Trainer _adam = null!;
    private double[] _gradient = [];
    private readonly double[] _losses = new double[45];
    private readonly double[] _norms = new double[45];

    /// <summary>Loads the digits, builds the network and takes one epoch with each trainer, so that every buffer and optimizer state exists.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _split = Digits.Load(RepositoryFile("data", "digits.csv")).Split();
        _network = new BatchMlp([64, 32, 10], Activation.Tanh);
        var start = _network.InitialParameters(Initialization.Xavier, 0);
        var options = new TrainingOptions { BatchSize = 32 };
        _sgd = new Trainer(_network, _split.Train, new GradientDescent(0.1), start, options);
        _adam = new Trainer(_network, _split.Train, new Adam(0.001), start, options);
        _gradient = new double[_network.ParameterCount];
        SgdEpoch();
        AdamEpoch();
    }

    /// <summary>45 steps of gradient descent on minibatches of 32.</summary>
    [Benchmark(Baseline = true)]
    public int SgdEpoch() => _sgd.TrainEpoch(_losses, _norms);

    /// <summary>The same epoch with Adam (its step reads and writes two more vectors).</summary>
    [Benchmark]
    public int AdamEpoch() => _adam.TrainEpoch(_losses, _norms);

    /// <summary>One gradient over all 1,437 training samples (the work of an epoch without the 45 optimizer steps).</summary>
    [Benchmark]
    public double FullBatchGradient() => _network.LossAndGradient(_sgd.Parameters, _split.Train, _gradient);

    internal static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TeachingKit.sln"))) return Path.Combine([dir.FullName, .. parts]);
        throw new InvalidOperationException("TeachingKit.sln not found above " + AppContext.BaseDirectory);
    }
}
