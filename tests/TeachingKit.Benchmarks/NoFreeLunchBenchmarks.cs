using BenchmarkDotNet.Attributes;
using TeachingKit.NoFreeLunch;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Issue 17's targets: n = 3, every training set of every size (3⁸ = 6,561 trainings, 4⁸ = 65,536 completions counted) for
/// every learner in ≤ 1 s; n = 4, all 12,870 training sets of size 8 (3.3·10⁶ trainings, 8.4·10⁸ completions) for the
/// cheap learners in ≤ 10 s on the 2 cores. The counting is single-threaded.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NoFreeLunchBenchmarks
{
    private static readonly BooleanCube Cube3 = new(3), Cube4 = new(4);

    /// <summary>The learner.</summary>
    [Params("constant", "nearest neighbour", "perceptron", "network")]
    public string Learner { get; set; } = "";

    private IBooleanLearner Make() => Learner switch
    {
        "constant" => new ConstantLearner(),
        "nearest neighbour" => new NearestNeighbourLearner(),
        "perceptron" => new PerceptronLearner(),
        _ => new NetworkLearner(),
    };

    /// <summary>n = 3: every training set of every size 0 … 7, each labelling trained once, every completion counted.</summary>
    [Benchmark]
    public long ExhaustiveNEquals3()
    {
        var learner = Make();
        long total = 0;
        for (int k = 0; k < Cube3.PointCount; k++) total += NoFreeLunchCount.AllTrainingSets(Cube3, learner, k).CorrectCounts.Sum();
        return total;
    }

    /// <summary>n = 4: all 12,870 training sets of size 8 (the network, not a cheap learner, is skipped: the notebook samples its sets).</summary>
    [Benchmark]
    public long AllSize8SetsNEquals4() =>
        Learner == "network" ? 0 : NoFreeLunchCount.AllTrainingSets(Cube4, Make(), 8).CorrectCounts.Sum();
}
