using MathNet.Numerics.LinearAlgebra;
using TeachingKit.CriticalPoints;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.CriticalPoints;

public class PowerIterationTests
{
    [Theory]
    [InlineData(new[] { 5.0, 2.0, -1.0, 0.5, 0.0, -3.0 }, 5.0)]
    [InlineData(new[] { 1.0, -4.0, 2.0, 0.1 }, -4.0)]   // the dominant eigenvalue may be negative: the largest magnitude wins
    public void FindsTheEigenvalueOfLargestMagnitude(double[] eigenvalues, double dominant)
    {
        var a = SymmetricMatrices.WithSpectrum(eigenvalues, 3);
        var exact = PowerIteration.Run(eigenvalues.Length, (v, av) => Multiply(a, v, av), seed: 1, maxIterations: 1000, tolerance: 1e-14);
        Assert.True(exact.Converged);
        // |λ₂/λ₁| ≤ 0.6: 1000 steps leave far less than the 1e-10 allowed for rounding in A's construction.
        Assert.Equal(dominant, exact.Eigenvalue, 1e-10);
        var av = new double[eigenvalues.Length];
        Multiply(a, exact.Eigenvector, av);
        for (int i = 0; i < av.Length; i++) Assert.Equal(dominant * exact.Eigenvector[i], av[i], 1e-6);
    }

    [Fact]
    public void StopsAtTheLimitAndSaysSo()
    {
        var a = SymmetricMatrices.WithSpectrum([1.0, 0.999, 0.5], 4);
        var result = PowerIteration.Run(3, (v, av) => Multiply(a, v, av), seed: 2, maxIterations: 3, tolerance: 1e-15);
        Assert.False(result.Converged);
        Assert.Equal(3, result.Iterations);
        Assert.Equal("dimension", Assert.ThrowsAny<ArgumentException>(() => PowerIteration.Run(0, (v, av) => { }, 1)).ParamName);
    }

    private static void Multiply(Matrix<double> a, ReadOnlySpan<double> v, Span<double> result)
    {
        for (int i = 0; i < a.RowCount; i++)
        {
            double sum = 0;
            for (int j = 0; j < a.ColumnCount; j++) sum += a[i, j] * v[j];
            result[i] = sum;
        }
    }
}
