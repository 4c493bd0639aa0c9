using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using TeachingKit.CriticalPoints;
using TeachingKit.Differentiation;
using static TeachingKit.Differentiation.Var;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Exact gradient + Hessian + verdict for N variables on a function of 12·N recorded operations
/// (issue 3: target N = 50 under 5 ms; issue 18: N = 400 and 1000, with the allocations reported).
/// </summary>
[MemoryDiagnoser]
public class CriticalPointsBenchmarks
{
    private double[] _point = [];

    [Params(2, 10, 50, 200, 400, 1000)]
    public int N { get; set; }

    /// <summary>Σᵢ ½wᵢ² + tanh(wᵢwᵢ₊₁) − 0.1 cos wᵢ + softplus(wᵢ − wᵢ₊₁), indices mod N: 12 recorded operations per i
    /// (square, ×½, product, tanh, +, cos, ×0.1, −, difference, softplus, +, and the += into the sum).</summary>
    public static Var Chain(Var[] w)
    {
        Var sum = 0.0;
        for (int i = 0; i < w.Length; i++)
        {
            Var next = w[(i + 1) % w.Length];
            sum += 0.5 * Square(w[i]) + Tanh(w[i] * next) - 0.1 * Cos(w[i]) + Softplus(w[i] - next);
        }
        return sum;
    }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _point = Enumerable.Range(0, N).Select(_ => random.NextDouble() * 2 - 1).ToArray();
    }

    [Benchmark(Description = "gradient only")]
    public double[] Gradient() => AutoDiff.Gradient(Chain, _point);

    [Benchmark(Description = "gradient + Hessian")]
    public Matrix<double> GradientAndHessian() => AutoDiff.SecondOrder(Chain, _point).Hessian;

    [Benchmark(Baseline = true, Description = "gradient + Hessian + eigen + verdict")]
    public CriticalPointKind Verdict() => HessianClassifier.Analyze(Chain, _point).Kind;

    /// <summary>The same verdict from the full eigen-decomposition (values and vectors), as before issue 18.</summary>
    [Benchmark(Description = "gradient + Hessian + full eigen-decomposition + verdict")]
    public CriticalPointKind VerdictWithEigenvectors()
    {
        var d = AutoDiff.SecondOrder(Chain, _point);
        return HessianClassifier.Classify(HessianClassifier.Eigen(d.Hessian).Values).Kind;
    }
}
