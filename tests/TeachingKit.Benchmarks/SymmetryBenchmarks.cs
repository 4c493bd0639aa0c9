using System.Numerics;
using BenchmarkDotNet.Attributes;
using TeachingKit.Networks;
using TeachingKit.Symmetry;

namespace TeachingKit.Benchmarks;

/// <summary>
/// Issue 4's targets: all counts for n ≤ 1000 in milliseconds; the enumeration for n = 8 in under a second;
/// the default saddle path (4 hidden neurons, 200 samples, 40 distances) in under 10 s.
/// </summary>
[MemoryDiagnoser]
public class SymmetryBenchmarks
{
    private CommitteeMachine _problem = null!;
    private double[] _student = [];

    [GlobalSetup]
    public void Setup()
    {
        _problem = CommitteeMachine.Create(4, 200, seed: 1);
        _student = _problem.TrainStudent(seed: 11).Point;
    }

    /// <summary>Minima, K = 1..3 points, layer and network bounds for one layer of n = 1000.</summary>
    [Benchmark]
    public BigInteger AllCountsForN1000()
    {
        const int n = 1000;
        BigInteger sum = PermutationCounting.EquivalentMinima(n, layers: 9);
        for (int k = 1; k <= 3; k++)
            sum += PermutationCounting.PermutationPoints(n, k) + PermutationCounting.LayerSaddleBound(n, k)
                   + PermutationCounting.NetworkSaddleBound(n, 9, k);
        return sum;
    }

    /// <summary>
    /// One count P(1000, K) across the orders: K = 3 and K = 999 are cheap for one method each, K = 100 is the
    /// crossover of the two methods' costs (the worst case of the automatic choice), K = 499 the audit's former 172 ms.
    /// </summary>
    [Benchmark]
    [Arguments(3)]
    [Arguments(100)]
    [Arguments(499)]
    [Arguments(999)]
    public BigInteger PermutationPointsN1000(int order) => PermutationCounting.PermutationPoints(1000, order);

    /// <summary>The notebook's table: n = 2..12, K = 1..3.</summary>
    [Benchmark]
    public int CountTableTo12() => PermutationCountRow.Table(2, 12, 3).Count;

    /// <summary>Brute force for n = 8 and every order K = 0..7: Σ (8 − K)^8 ≈ 2.5·10⁷ assignments.</summary>
    [Benchmark]
    public long EnumerationN8AllOrders()
    {
        long total = 0;
        for (int k = 0; k < 8; k++) total += PermutationEnumeration.Count(8, k);
        return total;
    }

    /// <summary>The default saddle path: 4 hidden neurons, 200 samples, 40 distances, plus the Hessian at d = 0.</summary>
    [Benchmark]
    public double SaddlePathDefault() => PermutationSaddlePath.Compute(_problem, 0, 1, distances: 40).PermutationPoint.Loss;

    /// <summary>The exact 17 × 17 Hessian of the committee machine on 200 samples (17 dual backpropagation passes).</summary>
    [Benchmark]
    public double HessianCommittee() => _problem.Network.Hessian(_student, _problem.Data)[0, 0];

    /// <summary>Loss and gradient by backpropagation on 200 samples.</summary>
    [Benchmark]
    public double GradientCommittee() => _problem.Network.Gradient(_student, _problem.Data)[0];

    /// <summary>Averaging the trained student over all 4! permutations, with the loss of every copy.</summary>
    [Benchmark]
    public double PermutationAverageN4() => PermutationAverage.Compute(_problem.Network, _student, _problem.Data).AveragedLoss;
}
