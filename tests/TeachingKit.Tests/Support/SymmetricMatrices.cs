using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace TeachingKit.Tests.Support;

/// <summary>Symmetric test matrices with a chosen spectrum.</summary>
internal static class SymmetricMatrices
{
    /// <summary>Q·diag(λ)·Qᵀ with a random orthogonal Q: a symmetric matrix whose spectrum is chosen.</summary>
    public static Matrix<double> WithSpectrum(double[] eigenvalues, int seed)
    {
        var random = new MersenneTwister(seed);
        var q = Matrix<double>.Build.Dense(eigenvalues.Length, eigenvalues.Length, (_, _) => random.NextDouble() - 0.5).QR().Q;
        var m = q * Matrix<double>.Build.DenseOfDiagonalArray(eigenvalues) * q.Transpose();
        return (m + m.Transpose()) / 2;
    }
}
