using TeachingKit.CriticalPoints;
using TeachingKit.Differentiation;
using TeachingKit.Optimization;

namespace TeachingKit.Benchmarks.SideBySide;

/// <summary>
/// The kit's side of side_by_side.py: each workload as an action to time, built once per (name, size) so
/// that set-up (allocation, the first step that sizes an optimizer's state) stays outside the timings.
/// </summary>
/// <remarks>The PyTorch side builds the same workloads in side_by_side.py; the names are shared.</remarks>
internal static class KitWorkloads
{
    /// <summary>The workload <paramref name="name"/> at size <paramref name="n"/>, ready to run repeatedly.</summary>
    public static Action Create(string name, int n) => name switch
    {
        "copy" => Copy(n),
        "gd" => Step(new GradientDescent(1e-3), n),
        "momentum" => Step(new Momentum(1e-3, 0.9, MomentumForm.AccumulatedGradient), n),
        "adam" => Step(new Adam(1e-3), n),
        "adam-nodiag" => Step(new Adam(1e-3, diagnostics: false), n),
        "hessian" => Hessian(n),
        "verdict" => Verdict(n),
        _ => throw new ArgumentException($"unknown workload '{name}'", nameof(name)),
    };

    private static Action Copy(int n)
    {
        double[] source = Random(n, 1), destination = new double[n];
        return () => source.AsSpan().CopyTo(destination);
    }

    private static Action Step(Optimizer optimizer, int n)
    {
        double[] w = Random(n, 1), g = Random(n, 1e-6);
        optimizer.Step(w, g);
        return () => optimizer.Step(w, g);
    }

    private static Action Hessian(int n)
    {
        double[] x = Random(n, 1);
        return () => AutoDiff.SecondOrder(CriticalPointsBenchmarks.Chain, x);
    }

    private static Action Verdict(int n)
    {
        double[] x = Random(n, 1);
        return () => HessianClassifier.Analyze(CriticalPointsBenchmarks.Chain, x);
    }

    // Uniform in (−scale, scale), seeded: the same inputs in every run.
    private static double[] Random(int n, double scale)
    {
        var random = new Random(n);
        return Enumerable.Range(0, n).Select(_ => scale * (2 * random.NextDouble() - 1)).ToArray();
    }
}
