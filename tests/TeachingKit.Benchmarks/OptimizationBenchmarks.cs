using BenchmarkDotNet.Attributes;
using TeachingKit.Optimization;

namespace TeachingKit.Benchmarks;

/// <summary>
/// One optimizer step on 10^6 parameters next to a plain array copy of the same size, in the same
/// run: the copy (8 MB read + 8 MB written) is this machine's memory-bandwidth yardstick.
/// Bytes per step: gradient descent reads g and w and writes w (24 MB); momentum also reads and
/// writes the velocity (40 MB). Every step also reads g once more for the guard that refuses NaN/∞ gradients
/// (not counted: the bytes counted are those the update itself must move).
/// </summary>
[MemoryDiagnoser]
public class OptimizerStepBenchmarks
{
    private double[] _parameters = [];
    private double[] _gradient = [];
    private double[] _copy = [];
    private readonly GradientDescent _gradientDescent = new(1e-3);
    private readonly Momentum _momentum = new(1e-3, 0.9);
    private readonly Momentum _momentumAccumulated = new(1e-3, 0.9, MomentumForm.AccumulatedGradient);
    private readonly NesterovMomentum _nesterov = new(1e-3, 0.9, NesterovForm.Framework);
    private readonly NesterovMomentum _nesterovLookAhead = new(1e-3, 0.9);

    /// <summary>Number of parameters: 10⁶ (the size; the copy's 16 MB sit in L3 while a step's 24–80 MB
    /// spill to memory) and 4·10⁶ (everything in memory: the yardstick and the steps see the same bandwidth).</summary>
    [Params(1_000_000, 4_000_000)]
    public int Size { get; set; }

    /// <summary>Allocates the arrays and sizes every optimizer's state once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _parameters = new double[Size];
        _gradient = new double[Size];
        _copy = new double[Size];
        for (int i = 0; i < Size; i++)
        {
            _parameters[i] = random.NextDouble();
            _gradient[i] = 1e-6 * (random.NextDouble() - 0.5);
        }
        foreach (Optimizer o in new Optimizer[] { _gradientDescent, _momentum, _momentumAccumulated, _nesterov, _nesterovLookAhead })
            o.Step(_parameters, _gradient);
    }

    /// <summary>The bandwidth yardstick: copy 10^6 doubles.</summary>
    [Benchmark(Baseline = true)]
    public void ArrayCopy() => _gradient.AsSpan().CopyTo(_copy);

    /// <summary>w ← w − γg.</summary>
    [Benchmark]
    public void GradientDescentStep() => _gradientDescent.Step(_parameters, _gradient);

    /// <summary>Δw ← αΔw − γg; w ← w + Δw (fused).</summary>
    [Benchmark]
    public void MomentumStep() => _momentum.Step(_parameters, _gradient);

    /// <summary>g′ ← αg′ + g; w ← w − γg′ (the second lecture's form).</summary>
    [Benchmark]
    public void MomentumAccumulatedStep() => _momentumAccumulated.Step(_parameters, _gradient);

    /// <summary>The framework form of Nesterov momentum (fused).</summary>
    [Benchmark]
    public void NesterovStep() => _nesterov.Step(_parameters, _gradient);

    /// <summary>The lecture's look-ahead form of Nesterov momentum (the step only; the look-ahead point is the driver's).</summary>
    [Benchmark]
    public void NesterovLookAheadStep() => _nesterovLookAhead.Step(_parameters, _gradient);
}

/// <summary>10^5 momentum steps on the 2-D ravine with the whole trajectory recorded.</summary>
[MemoryDiagnoser]
public class OptimizerRunBenchmarks
{
    private readonly Quadratic _ravine = Quadratic.Ravine(1, 20);
    private readonly RunOptions _options = new() { MaxSteps = 100_000 };

    /// <summary>Momentum with a small step, so that the run uses all 10^5 steps.</summary>
    [Benchmark]
    public OptimizationResult Momentum100kSteps2D() =>
        Optimize.Run(_ravine, new Momentum(1e-5, 0.9), [-8.0, 1.5], _options);

    /// <summary>The same with the lecture's Nesterov form (one extra loss evaluation per step for the record).</summary>
    [Benchmark]
    public OptimizationResult Nesterov100kSteps2D() =>
        Optimize.Run(_ravine, new NesterovMomentum(1e-5, 0.9), [-8.0, 1.5], _options);
}
