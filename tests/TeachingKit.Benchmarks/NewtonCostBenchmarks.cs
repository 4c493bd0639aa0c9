using BenchmarkDotNet.Attributes;
using TeachingKit.Conditioning;
using TeachingKit.Data;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Issue 16's target: notebook 09's Newton-cost cell — the exact Hessian and the LU solve for tanh networks with one
/// hidden layer of 3, 6, 9 and 12 units on 100 digits (N = 178 … 709 weights) — under 3 s. One benchmark is the whole
/// cell's measurement (<see cref="NewtonCost.Measure"/> with its warm-up); the other the largest network's point alone.
/// </summary>
[MemoryDiagnoser]
public class NewtonCostBenchmarks
{
    private TeachingKit.Networks.Dataset _data = null!;

    /// <summary>The notebook's data: the first 100 training digits, varying pixels, target the digit/9.</summary>
    [GlobalSetup]
    public void Setup() => _data = DigitRegression.FromOneHot(Digits.Load(SgdEpochBenchmarks.RepositoryFile("data", "digits.csv")).Split().Train.Take(100));

    /// <summary>The notebook cell's measurement, all four widths.</summary>
    [Benchmark(Baseline = true)]
    public NewtonCostPoint[] NotebookCell() => NewtonCost.Measure(_data, [3, 6, 9, 12]);

    /// <summary>The largest point alone, N = 709 (the warm-up network of width 12 is the same size).</summary>
    [Benchmark]
    public NewtonCostPoint[] LargestPoint() => NewtonCost.Measure(_data, [12]);
}
