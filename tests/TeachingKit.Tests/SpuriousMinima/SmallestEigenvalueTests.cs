using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using TeachingKit.SpuriousMinima;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.SpuriousMinima;

public class SmallestEigenvalueTests
{
    private static Matrix<double> WithSpectrum(double[] eigenvalues, int seed) => SymmetricMatrices.WithSpectrum(eigenvalues, seed);

    [Fact]
    public void ClusteredLowestEigenvaluesWiderThanTheBlockAreFoundToTheCertifiedAccuracy()
    {
        // Twelve eigenvalues within 10⁻⁴ of 0.03 (wider than the block of 8), the rest up to 1.
        var spectrum = Enumerable.Range(0, 60).Select(i => i < 12 ? 0.03 + 1e-5 * i : 0.05 + i / 60.0).ToArray();
        double? found = SmallestEigenvalue.IfPositiveDefinite(WithSpectrum(spectrum, 3));
        Assert.NotNull(found);
        Assert.InRange(found.Value, 0.03 * (1 - 1e-12), 0.03 / (1 - SmallestEigenvalue.CertifiedAccuracy));
    }

    [Fact]
    public void IsolatedSmallestEigenvalueIsFoundToManyDigits()
    {
        var spectrum = Enumerable.Range(0, 30).Select(i => 0.2 + i * 0.1).ToArray();
        Assert.Equal(0.2, SmallestEigenvalue.IfPositiveDefinite(WithSpectrum(spectrum, 5))!.Value, 6);
    }

    [Fact]
    public void IndefiniteOrSingularMatrixIsNotPositiveDefinite()
    {
        var spectrum = Enumerable.Range(0, 20).Select(i => i == 7 ? -1e-3 : 0.5 + i).ToArray();
        Assert.Null(SmallestEigenvalue.IfPositiveDefinite(WithSpectrum(spectrum, 9)));
    }
}
