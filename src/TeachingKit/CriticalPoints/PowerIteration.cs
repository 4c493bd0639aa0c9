using TeachingKit.Execution;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>result ← A v for a symmetric matrix A given only through its products (e.g. a Hessian-vector product).</summary>
public delegate void SymmetricProduct(ReadOnlySpan<double> v, Span<double> result);

/// <summary>The dominant eigenvalue found by power iteration, with how far it got.</summary>
/// <param name="Eigenvalue">The Rayleigh quotient vᵀAv of the last unit iterate: the eigenvalue of largest magnitude.</param>
/// <param name="Eigenvector">The last unit iterate v.</param>
/// <param name="Iterations">Products A v taken.</param>
/// <param name="Residual">‖A v − λ v‖: an eigenvalue of A lies within it of λ (A symmetric).</param>
/// <param name="Converged">Whether successive Rayleigh quotients agreed to the tolerance before the iteration limit.</param>
public sealed record DominantEigenvalue(double Eigenvalue, double[] Eigenvector, int Iterations, double Residual, bool Converged);

/// <summary>Power iteration v ← A v/‖A v‖ for the eigenvalue of largest magnitude of a symmetric matrix known only by its products.</summary>
/// <remarks>
/// Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., §8.2.1: the component along the dominant eigenvector grows
/// like |λ₁/λ₂|^k relative to the rest, so the iteration converges when the two largest magnitudes are apart; the
/// Rayleigh quotient's error shrinks like |λ₂/λ₁|^(2k). For a trained network's Hessian the dominant eigenvalue is the
/// largest (positive) one, the sharpness. Each step costs one product, so with exact Hessian-vector products the
/// Hessian is never formed.
/// </remarks>
public static class PowerIteration
{
    /// <summary>
    /// Iterates from a Gaussian start drawn with <paramref name="seed"/> until successive Rayleigh quotients differ by at most
    /// <paramref name="tolerance"/> relative to the latest, or <paramref name="maxIterations"/> products.
    /// </summary>
    public static DominantEigenvalue Run(int dimension, SymmetricProduct multiply, int seed, int maxIterations = 200, double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(multiply);
        Require.AtLeast(dimension, 1, nameof(dimension));
        Require.AtLeast(maxIterations, 1, nameof(maxIterations));
        Require.Positive(tolerance, nameof(tolerance));
        var random = new Random(seed);
        var v = new double[dimension];
        var product = new double[dimension];
        for (int i = 0; i < dimension; i++) v[i] = MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1);
        Normalize(v);
        double eigenvalue = double.NaN;
        var interruption = Interruption.Current;
        for (int k = 1; ; k++)
        {
            interruption.ThrowIfCancellationRequested();
            multiply(v, product);
            double previous = eigenvalue;
            eigenvalue = VectorKernels.Dot(v, product);
            double residual = Residual(product, eigenvalue, v);
            bool converged = Math.Abs(eigenvalue - previous) <= tolerance * Math.Abs(eigenvalue) || residual == 0;
            if (converged || k == maxIterations) return new DominantEigenvalue(eigenvalue, v, k, residual, converged);
            product.CopyTo(v, 0);
            if (Normalize(v) == 0) return new DominantEigenvalue(0, v, k, 0, true);   // A v = 0: v's eigenvalue is 0
        }
    }

    private static double Residual(ReadOnlySpan<double> product, double eigenvalue, ReadOnlySpan<double> v)
    {
        double sum = 0;
        for (int i = 0; i < v.Length; i++) sum += (product[i] - eigenvalue * v[i]) * (product[i] - eigenvalue * v[i]);
        return Math.Sqrt(sum);
    }

    private static double Normalize(Span<double> v)
    {
        double norm = VectorKernels.Norm(v);
        if (norm == 0) return 0;
        for (int i = 0; i < v.Length; i++) v[i] /= norm;
        return norm;
    }
}
