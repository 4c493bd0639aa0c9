using MathNet.Numerics.LinearAlgebra;
using TeachingKit.CriticalPoints;
using TeachingKit.Landscapes;

namespace TeachingKit.Tests.CriticalPoints;

/// <summary>The eigenvalues-only solver against MathNet's full symmetric decomposition, and the verdicts built on it.</summary>
public class EigenvaluesOnlyTests
{
    public static TheoryData<int> Sizes() => [1, 2, 3, 4, 5, 7, 8, 13, 32, 61, 150];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void RandomSymmetricMatricesAgreeWithTheFullDecomposition(int n)
    {
        var random = new Random(n);
        var a = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() * 2 - 1);
        AgreesWithFullDecomposition(a + a.Transpose());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void RepeatedAndZeroEigenvaluesAgreeWithTheFullDecomposition(int n)
    {
        // Q diag(λ) Qᵀ with λ in {−2, 0, 0, 3, 3, …}: multiplicities and an exact null space.
        var random = new Random(100 + n);
        var q = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() - 0.5).QR().Q;
        var lambda = Matrix<double>.Build.DenseOfDiagonalArray(Enumerable.Range(0, n).Select(i => new[] { -2.0, 0, 0, 3, 3 }[i % 5]).ToArray());
        AgreesWithFullDecomposition(q * lambda * q.Transpose());
    }

    [Fact]
    public void DiagonalZeroAndGradedMatricesAreHandled()
    {
        AgreesWithFullDecomposition(Matrix<double>.Build.Dense(6, 6));
        AgreesWithFullDecomposition(Matrix<double>.Build.DenseOfDiagonalArray([5, -1, 0, 2, 1e-300, -7]));
        // Graded: entries from 1 to 10⁻¹⁶ along the diagonal and off it.
        AgreesWithFullDecomposition(Matrix<double>.Build.Dense(8, 8, (i, j) => Math.Pow(10, -2.0 * Math.Max(i, j)) * (i == j ? 1 : 0.5)));
        AgreesWithFullDecomposition(Matrix<double>.Build.Dense(5, 5, 1.0));   // rank one
    }

    [Fact]
    public void VerdictsOfTheCatalogueAreThoseOfTheFullDecomposition()
    {
        var random = new Random(3);
        foreach (var landscape in LandscapeCatalogue.All)
            for (int k = 0; k < 5; k++)
            {
                double[] x = Enumerable.Range(0, landscape.Dimension).Select(_ => random.NextDouble() * 4 - 2).ToArray();
                var report = landscape.Analyze(x);
                var (values, vectors) = HessianClassifier.Eigen(report.Hessian);
                Assert.Equal(HessianClassifier.Classify(values), report.Spectrum);
                AssertClose(values, report.Eigenvalues, report.Hessian);
                // The deferred eigenvectors are MathNet's, as before.
                Assert.True((vectors - report.Eigenvectors).FrobeniusNorm() == 0, "exactness is the point: the same solver on the same matrix");
            }
    }

    private static void AgreesWithFullDecomposition(Matrix<double> symmetric)
    {
        double[] fast = HessianClassifier.Eigenvalues(symmetric);
        double[] full = HessianClassifier.Eigen(symmetric).Values;
        AssertClose(full, fast, symmetric);
    }

    // Both solvers are backward stable, so the values may differ by a small multiple of ε‖A‖ (Weyl).
    private static void AssertClose(double[] expected, double[] actual, Matrix<double> a)
    {
        Assert.Equal(expected.Length, actual.Length);
        double tolerance = 64 * expected.Length * 2.2e-16 * Math.Max(a.FrobeniusNorm(), double.Epsilon);
        for (int i = 0; i < expected.Length; i++) Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance,
            $"λ[{i}]: {actual[i]:R} vs {expected[i]:R} (tolerance {tolerance:G3})");
        for (int i = 1; i < actual.Length; i++) Assert.True(actual[i - 1] <= actual[i], "ascending");
    }
}
