using BenchmarkDotNet.Attributes;
using TeachingKit.Sampling;

namespace TeachingKit.Benchmarks;

/// <summary>Proves the benchmark project runs: sampling a 2-D function on the grid a contour plot uses.</summary>
[MemoryDiagnoser]
public class GridBenchmarks
{
    private double[] _xs = [];

    [Params(100)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => _xs = Grid.Linspace(-2, 2, Size);

    [Benchmark]
    public double[][] EvaluateOnGrid() => Grid.Evaluate((x, y) => x * x + 3 * y * y, _xs, _xs);
}
