using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Networks;
using TeachingKit.Symmetry;

namespace TeachingKit.Tests.Symmetry;

public class PermutationAverageTests
{
    [Fact]
    public void AveragedNetworkHasStrictlyHigherLossOnTheSeededExample()
    {
        // Exactly the notebook's arguments (cells c20-teacher and c29-average): 200 samples, teacher seed 1, student seed 11.
        var problem = CommitteeMachine.Create(hiddenNeurons: 4, samples: 200, seed: 1);
        var student = problem.TrainStudent(seed: 11);
        Assert.True(student.Converged && student.Value < 1e-10, $"the notebook's student reaches loss {student.Value}");
        var average = PermutationAverage.Compute(problem.Network, student.Point, problem.Data);
        Assert.Equal(24, average.PermutationCount);
        Assert.True(average.MaxPermutedLossDeviation <= 1e-12 * Math.Max(1, average.OriginalLoss));
        Assert.True(average.AveragedLoss > average.MeanPermutedLoss + 0.1, $"averaged {average.AveragedLoss}, mean {average.MeanPermutedLoss}");
        Assert.True(average.ConvexityViolated);
    }

    [Fact]
    public void AverageOverAllPermutationsIsTheMeanHiddenUnit()
    {
        var network = new Mlp([2, 5, 3, 1], Activation.Softplus);
        var theta = network.RandomParameters(4);
        var data = new Dataset([[0.1, 0.2]], [[0.3]]);
        var averaged = PermutationAverage.Compute(network, theta, data, layer: 2).AveragedParameters;
        // Independent: every unit of layer 2 gets the mean incoming row, mean bias and mean outgoing weight.
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 5; j++)
                Assert.Equal(Enumerable.Range(0, 3).Average(k => theta[network.WeightIndex(2, k, j)]), averaged[network.WeightIndex(2, i, j)], 12);
            Assert.Equal(Enumerable.Range(0, 3).Average(k => theta[network.BiasIndex(2, k)]), averaged[network.BiasIndex(2, i)], 12);
            Assert.Equal(Enumerable.Range(0, 3).Average(k => theta[network.WeightIndex(3, 0, k)]), averaged[network.WeightIndex(3, 0, i)], 12);
        }
        Assert.Equal(theta[network.WeightIndex(1, 3, 1)], averaged[network.WeightIndex(1, 3, 1)], 14);
    }

    [Fact]
    public void PermutationsAreAllDistinctAndComplete()
    {
        var all = PermutationAverage.Permutations(5).Select(p => string.Join(",", p)).ToList();
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Distinct().Count());
    }

    [Fact]
    public void SpectrumVerdictsAreHonest()
    {
        var saddle = HessianSpectrum.Classify(Matrix<double>.Build.DenseOfDiagonalArray([-1.0, 0.0, 2.0]), 0);
        Assert.Equal((1, 1, 1), (saddle.NegativeCount, saddle.ZeroCount, saddle.PositiveCount));
        Assert.StartsWith("Degenerate saddle", saddle.Verdict);
        Assert.StartsWith("Inconclusive", HessianSpectrum.Classify(Matrix<double>.Build.DenseOfDiagonalArray([0.0, 2.0]), 0).Verdict);
        Assert.StartsWith("Strict local minimum", HessianSpectrum.Classify(Matrix<double>.Build.DenseOfDiagonalArray([1.0, 2.0]), 0).Verdict);
        Assert.StartsWith("Not a critical point", HessianSpectrum.Classify(Matrix<double>.Build.DenseOfDiagonalArray([1.0, 2.0]), 0.1).Verdict);
        // A zero eigenvalue with only negative ones is undecided (−x² − y⁴ is a maximum), not a saddle.
        var undecided = HessianSpectrum.Classify(Matrix<double>.Build.DenseOfDiagonalArray([-1.0, 0.0]), 0);
        Assert.Equal(TeachingKit.CriticalPoints.CriticalPointKind.Degenerate, undecided.Kind);
        Assert.StartsWith("Inconclusive: no positive eigenvalue", undecided.Verdict);
        Assert.Equal(TeachingKit.CriticalPoints.CriticalPointKind.Saddle, saddle.Kind);
    }

    [Fact]
    public void SpectrumReportsTheEigenvaluesNearestTheZeroTolerance()
    {
        // Tolerance 1e-6·max(1, 2) = 2e-6: 1e-9 is counted as zero, 0.5 is the nearest non-zero eigenvalue.
        var spectrum = HessianSpectrum.Classify(Matrix<double>.Build.DenseOfDiagonalArray([-1.0, 1e-9, 0.5, 2.0]), 0);
        Assert.Equal(2e-6, spectrum.ZeroTolerance, 15);
        Assert.Equal(1e-9, spectrum.LargestZeroMagnitude!.Value, 15);
        Assert.Equal(0.5, spectrum.SmallestNonzeroMagnitude!.Value, 15);
        Assert.Contains("|λ| ≤ 1E-09", spectrum.Verdict);
        Assert.Contains("|λ| = 0.5 (2.5E+05× the tolerance)", spectrum.Verdict);
        var strict = HessianSpectrum.Classify(Matrix<double>.Build.DenseOfDiagonalArray([1.0, 2.0]), 0);
        Assert.Null(strict.LargestZeroMagnitude);
        Assert.Contains("no eigenvalue is counted as zero", strict.Verdict);
    }

    [Fact]
    public void BadInputNamesTheRule()
    {
        var network = new Mlp([2, 9, 1], Activation.Tanh);
        var data = new Dataset([[0.0, 0.0]], [[0.0]]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PermutationAverage.Compute(network, new double[network.ParameterCount], data));
        Assert.Contains("n ≤ 8", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationAverage.Compute(network, new double[network.ParameterCount], data, layer: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationAverage.Permutations(0).ToList());
    }
}
