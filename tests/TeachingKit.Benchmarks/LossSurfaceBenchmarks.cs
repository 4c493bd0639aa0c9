using BenchmarkDotNet.Attributes;
using TeachingKit.CriticalPoints;
using TeachingKit.Data;
using TeachingKit.LossSurfaces;
using TeachingKit.Networks;
using TeachingKit.Optimization;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Issue 15's targets on the trained 64-32-10 tanh network of notebook 06 (20 epochs of SGD, batch 32, η = 0.1) and the
/// 1,437 training digits: a 51 × 51 filter-normalised slice (2,601 full-data losses, 2,601 · 1,437 · 2 · (64·32 + 32·10)
/// ≈ 17.7 GFLOP of multiply-adds) on both cores in ≤ 3 s, and the top Hessian eigenvalue by power iteration on exact
/// Hessian-vector products in ≤ 1 s. Beside them, one full-data loss (one grid point's work) on one thread.
/// </summary>
[MemoryDiagnoser]
public class LossSurfaceBenchmarks
{
    private BatchMlp _network = null!;
    private Dataset _train = null!;
    private double[] _trained = [];

    /// <summary>Loads the digits and trains the network once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _train = Digits.Load(SgdEpochBenchmarks.RepositoryFile("data", "digits.csv")).Split().Train;
        _network = new BatchMlp([64, 32, 10], Activation.Tanh);
        var trainer = new Trainer(_network, _train, new GradientDescent(0.1), _network.InitialParameters(Initialization.Xavier, 0), new TrainingOptions { BatchSize = 32 });
        var losses = new double[trainer.StepsPerEpoch];
        var norms = new double[trainer.StepsPerEpoch];
        for (int epoch = 0; epoch < 20; epoch++) trainer.TrainEpoch(losses, norms);
        _trained = trainer.Parameters;
    }

    /// <summary>The 51 × 51 slice over [−1, 1]² along two filter-normalised directions, all cores.</summary>
    [Benchmark]
    public double Slice51() => SurfaceSlice.FilterNormalized(_network, _trained, _train, seed: 1, radius: 1, points: 51).Center;

    /// <summary>The same slice on one thread.</summary>
    [Benchmark]
    public double Slice51OneThread() => SurfaceSlice.FilterNormalized(_network, _trained, _train, seed: 1, radius: 1, points: 51, maxDegreeOfParallelism: 1).Center;

    /// <summary>One full-data loss: a grid point's work.</summary>
    [Benchmark]
    public double OneLoss() => _network.Loss(_trained, _train);

    /// <summary>The sharpness: the top Hessian eigenvalue by power iteration (relative tolerance 1e-4) on exact Hessian-vector products.</summary>
    [Benchmark]
    public double TopEigenvalue() => Sharpness.TopEigenvalue(_network, _trained, _train, seed: 1).Eigenvalue;
}
