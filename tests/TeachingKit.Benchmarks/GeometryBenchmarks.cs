using System.Numerics;
using BenchmarkDotNet.Attributes;
using TeachingKit.Geometry;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Issue 5 targets: the exact region count of 20 hyperplanes in general position in R^5
/// (21,700 regions) under 2 s, and the ReLU partition of the unit square with about 10,000 regions
/// under 2 s. The parameters show how the time grows with the number of regions.
/// </summary>
[MemoryDiagnoser]
public class GeometryBenchmarks
{
    private HyperplaneArrangement _arrangement = null!;
    private ReluNetwork _shallow = null!;
    private ReluNetwork _folding = null!;
    private ReluNetwork _random = null!;

    /// <summary>Hyperplanes in R^5: 10 → 638, 15 → 4,944, 20 → 21,700 regions.</summary>
    [Params(10, 15, 20)]
    public int Hyperplanes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _arrangement = HyperplaneArrangement.RandomGeneralPosition(Hyperplanes, 5, 42);
        // Shallow network of 10·n neurons whose lines cross the unit square: 200 neurons → about 10,000 regions.
        _shallow = ReluNetworks.Shallow(10 * Hyperplanes, Box2D.UnitSquare, 42);
        // Folding network: 4^depth regions; depth 5, 6, 7 → 1,024, 4,096, 16,384.
        _folding = ReluNetworks.Folding(Hyperplanes / 5 + 3);
        _random = ReluNetworks.Random(ReluNetworks.SpreadWidths(10 * Hyperplanes, 4), 42);
    }

    [Benchmark]
    public BigInteger ExactCountR5() => _arrangement.CountRegions();

    [Benchmark]
    public int ReluPartitionShallow() => LinearRegionPartition.Compute(_shallow, Box2D.UnitSquare).Count;

    [Benchmark]
    public int ReluPartitionFolding() => LinearRegionPartition.Compute(_folding, Box2D.UnitSquare).Count;

    [Benchmark]
    public int ReluPartitionRandomDeep() => LinearRegionPartition.Compute(_random, Box2D.Centered(1)).Count;
}
