using BenchmarkDotNet.Attributes;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Issue 14's target: Table 1 (k = n = 6…20, 1,000 runs per row) in ≤ 10 minutes on 2 cores. The cost of a run is
/// (gradient steps) × (one gradient) + (at a stuck end) the Hessian and its certified smallest eigenvalue.
/// </summary>
[MemoryDiagnoser]
public class SpuriousMinimaBenchmarks
{
    private ReluPopulationObjective _objective = null!;
    private double[] _weights = [], _gradient = [], _scratch = [];
    private double[] _stuck = [];

    /// <summary>k = n.</summary>
    [Params(6, 10, 14, 20)]
    public int K { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _objective = new ReluPopulationObjective(K, K);
        _weights = ReluDescent.XavierWeights(_objective, 1);
        _gradient = new double[_weights.Length];
        _scratch = new double[_objective.ScratchLength];
        // An end point of a run for the Hessian benchmark (stuck for most seeds at k ≥ 10).
        _stuck = ReluDescent.Run(_objective, ReluDescent.XavierWeights(_objective, 3), ReluDescent.StepSize(K)).Weights;
    }

    /// <summary>One value and gradient: n(n − 1)/2 + nk arccos, O(n²k) flops, no allocation.</summary>
    [Benchmark]
    public double ValueAndGradient() => _objective.ValueAndGradient(_weights, _gradient, _scratch);

    /// <summary>The exact Hessian and the certified λ_min at a run's end point.</summary>
    [Benchmark]
    public double? HessianAndSmallestEigenvalue() => SmallestEigenvalue.IfPositiveDefinite(_objective.Hessian(_stuck));

    /// <summary>A whole run of the experiment (seed 3).</summary>
    [Benchmark]
    public SpuriousRunOutcome WholeRun() => SpuriousMinimaExperiment.Run(K, K, 3);
}
