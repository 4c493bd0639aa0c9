using BenchmarkDotNet.Attributes;
using TeachingKit.Optimization;

namespace TeachingKit.Benchmarks;

/// <summary>
/// One adaptive-optimizer step on 10^6 parameters next to a plain array copy of the same size, in the
/// same run (the copy, 8 MB read + 8 MB written, is the memory-bandwidth yardstick). Adam reads θ, g,
/// s, r and writes θ, s, r (56 MB); with diagnostics — the default — it also writes ŝ, r̂ and η (80 MB).
/// The target is for one Adam step, so the default configuration is the one measured against it.
/// </summary>
[MemoryDiagnoser]
public class AdaptiveOptimizerBenchmarks
{
    private double[] _parameters = [];
    private double[] _gradient = [];
    private double[] _copy = [];
    private readonly Adam _adam = new(1e-3);
    private readonly Adam _adamWithoutDiagnostics = new(1e-3, diagnostics: false);
    private readonly RmsProp _rmsProp = new(1e-3);
    private readonly AdaGrad _adaGrad = new(1e-3);
    private readonly AdaDelta _adaDelta = new();
    private readonly Adam _amsGrad = Adam.AmsGrad();
    private readonly Adam _amsGradWithoutDiagnostics = new(amsGrad: true, diagnostics: false);
    private readonly Adam _adamW = Adam.AdamW();
    private readonly RmsProp _rmsPropCenteredMomentum = new(1e-3, momentum: 0.9, centered: true);

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
            _gradient[i] = 1e-3 * (random.NextDouble() - 0.5);
        }
        foreach (Optimizer o in new Optimizer[] { _adam, _adamWithoutDiagnostics, _rmsProp, _adaGrad, _adaDelta, _amsGrad, _amsGradWithoutDiagnostics, _adamW, _rmsPropCenteredMomentum }) o.Step(_parameters, _gradient);
    }

    /// <summary>
    /// The arithmetic floor of every adaptive step: one square root and one division per parameter
    /// (x ← 1/√x, reading and writing one array — 16 bytes per parameter, the copy's traffic). The adaptive
    /// methods cannot be faster than this however little memory they move.
    /// </summary>
    [Benchmark]
    public void SquareRootAndDivisionFloor()
    {
        var x = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(_copy.AsSpan());
        var one = System.Numerics.Vector<double>.One;
        for (int i = 0; i < x.Length; i++) x[i] = one / System.Numerics.Vector.SquareRoot(x[i] + one);
    }

    /// <summary>The bandwidth yardstick: copy 10^6 doubles.</summary>
    [Benchmark(Baseline = true)]
    public void ArrayCopy() => _gradient.AsSpan().CopyTo(_copy);

    /// <summary>One Adam step in the default configuration (diagnostics on: also fills ŝ, r̂ and η): the target.</summary>
    [Benchmark]
    public void AdamStep() => _adam.Step(_parameters, _gradient);

    /// <summary>One Adam step with <c>diagnostics: false</c> (θ, s, r only).</summary>
    [Benchmark]
    public void AdamStepWithoutDiagnostics() => _adamWithoutDiagnostics.Step(_parameters, _gradient);

    /// <summary>One RMSprop step (reads θ, g, r; writes θ, r, η).</summary>
    [Benchmark]
    public void RmsPropStep() => _rmsProp.Step(_parameters, _gradient);

    /// <summary>One AdaGrad step (reads θ, g, r; writes θ, r, η).</summary>
    [Benchmark]
    public void AdaGradStep() => _adaGrad.Step(_parameters, _gradient);

    /// <summary>One Adadelta step (reads θ, g, r, u; writes θ, r, u, η).</summary>
    [Benchmark]
    public void AdaDeltaStep() => _adaDelta.Step(_parameters, _gradient);

    /// <summary>AMSGrad with diagnostics (reads θ, g, s, r, m; writes θ, s, r, m, ŝ, r̂, η).</summary>
    [Benchmark]
    public void AmsGradStep() => _amsGrad.Step(_parameters, _gradient);

    /// <summary>AMSGrad without diagnostics (reads θ, g, s, r, m; writes θ, s, r, m).</summary>
    [Benchmark]
    public void AmsGradStepWithoutDiagnostics() => _amsGradWithoutDiagnostics.Step(_parameters, _gradient);

    /// <summary>AdamW with diagnostics (as Adam; the decay is one more multiplication).</summary>
    [Benchmark]
    public void AdamWStep() => _adamW.Step(_parameters, _gradient);

    /// <summary>Centered RMSprop with momentum (reads θ, g, r, s, v; writes θ, r, s, v, η).</summary>
    [Benchmark]
    public void RmsPropCenteredMomentumStep() => _rmsPropCenteredMomentum.Step(_parameters, _gradient);
}
