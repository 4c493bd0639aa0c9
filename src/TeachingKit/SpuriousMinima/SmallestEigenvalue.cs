using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>
/// Whether a symmetric matrix is positive definite (a Cholesky factor exists) and, if it is, its smallest
/// eigenvalue by inverse iteration on that factor: the test "is this critical point a minimum, how flat".
/// </summary>
/// <remarks>
/// A full symmetric eigendecomposition costs about 9m³ flops with vectors (MathNet computes them); the
/// experiment needs only λ_min, at every stuck run. Cholesky (m³/3) answers λ_min &gt; 0 exactly, and block
/// inverse iteration X ← orth(H⁻¹X) with a Rayleigh–Ritz step converges to the lowest eigenvalues at the rate
/// λ₁/λ_{b+1} (b the block width); the smallest Ritz value lies above λ₁ and its error shrinks like the square
/// of the subspace's. Golub &amp; Van Loan, Matrix Computations (4th ed.): Cholesky and orthogonal (subspace) iteration.
/// </remarks>
public static class SmallestEigenvalue
{
    /// <summary>Vectors iterated together: the convergence factor is λ₁/λ₉ instead of λ₁/λ₂, which matters at symmetric minima whose lowest eigenvalues cluster.</summary>
    public const int BlockWidth = 8;

    /// <summary>The relative accuracy the result is certified to: λ₁ ∈ [(1 − ε)·result, result].</summary>
    public const double CertifiedAccuracy = 1e-3;

    private static bool IsPositiveDefinite(Matrix<double> symmetric)
    {
        try
        {
            symmetric.Cholesky();
            return true;
        }
        catch (ArgumentException)
        {
            return false;   // MathNet's Cholesky rejects a matrix that is not positive definite
        }
    }

    /// <summary>λ_min of <paramref name="symmetric"/> when it is positive definite, otherwise null.</summary>
    /// <param name="symmetric">A symmetric matrix (only read through its Cholesky factor and products).</param>
    /// <param name="relativeTolerance">Stop iterating when the smallest Ritz value changes by at most this fraction.
    /// At the experiment's minima λ_min comes in a cluster of ten or more nearly equal eigenvalues (the students' symmetry),
    /// wider than the block; the Ritz value is then already inside the cluster and creeps, so the result is certified
    /// instead: one more Cholesky shows λ₁ ≥ (1 − <see cref="CertifiedAccuracy"/>)·result, or a full
    /// eigendecomposition decides.</param>
    /// <param name="maxIterations">Iteration limit of the inverse iteration.</param>
    public static double? IfPositiveDefinite(Matrix<double> symmetric, double relativeTolerance = 1e-5, int maxIterations = 500)
    {
        Require.Positive(relativeTolerance, nameof(relativeTolerance));
        Require.AtLeast(maxIterations, 1, nameof(maxIterations));
        if (symmetric.RowCount != symmetric.ColumnCount)
            throw new ArgumentException($"{nameof(symmetric)} must be square, but was {symmetric.RowCount}×{symmetric.ColumnCount}.", nameof(symmetric));
        MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> factor;
        try
        {
            factor = symmetric.Cholesky();
        }
        catch (ArgumentException)
        {
            return null;   // MathNet's Cholesky rejects a matrix that is not positive definite
        }
        int m = symmetric.RowCount, width = Math.Min(BlockWidth, m);
        // A fixed start block with components along every eigenvector in practice (deterministic, no seed).
        var block = Matrix<double>.Build.Dense(m, width, (i, c) => Math.Sin(1.7 * i + 0.9 * c + 0.3) + (i % width == c ? 1 : 0));
        double rayleigh = double.NaN;
        for (int t = 0; t < maxIterations; t++)
        {
            var basis = factor.Solve(block).QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q;
            var projected = basis.TransposeThisAndMultiply(symmetric * basis);   // Rayleigh–Ritz on the block
            var ritz = projected.Evd(Symmetricity.Symmetric);
            double next = ritz.EigenValues.Real().Minimum();
            block = basis * ritz.EigenVectors;
            bool settled = Math.Abs(next - rayleigh) <= relativeTolerance * Math.Abs(next);
            rayleigh = next;
            if (settled) break;
        }
        // Certify: the Ritz value bounds λ₁ from above; H − (1 − ε)·ritz·I positive definite bounds it from below.
        if (IsPositiveDefinite(symmetric - (1 - CertifiedAccuracy) * rayleigh * Matrix<double>.Build.DenseIdentity(m)))
            return rayleigh;
        return symmetric.Evd(Symmetricity.Symmetric).EigenValues.Real().Minimum();   // rare: not settled, decide exactly
    }
}
