using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using TeachingKit.Validation;

namespace TeachingKit.Symmetry;

/// <summary>
/// The eigenvalues of a Hessian at a candidate critical point, counted as negative, zero and
/// positive, with a verdict that says plainly when the second-order test cannot decide.
/// </summary>
/// <param name="Eigenvalues">Eigenvalues in ascending order (symmetric eigen-solver).</param>
/// <param name="NegativeCount">Eigenvalues below −tolerance: the index of the saddle.</param>
/// <param name="ZeroCount">Eigenvalues within ±tolerance: flat directions.</param>
/// <param name="PositiveCount">Eigenvalues above tolerance.</param>
/// <param name="ZeroTolerance">relativeZeroTolerance·max|λ|, the threshold used.</param>
/// <param name="GradientNorm">The largest absolute gradient entry at the point.</param>
/// <param name="Verdict">One sentence: what kind of point this is, or why the test is inconclusive.</param>
public sealed record HessianSpectrum(
    double[] Eigenvalues, int NegativeCount, int ZeroCount, int PositiveCount,
    double ZeroTolerance, double GradientNorm, string Verdict)
{
    /// <summary>Classifies the symmetric matrix <paramref name="hessian"/> at a point whose gradient has max-norm <paramref name="gradientNorm"/>.</summary>
    /// <param name="hessian">A symmetric Hessian.</param>
    /// <param name="gradientNorm">max|∂L/∂θ| at the point; above <paramref name="criticalTolerance"/> the point is not called critical.</param>
    /// <param name="relativeZeroTolerance">An eigenvalue counts as zero when |λ| ≤ this · max|λ|.</param>
    /// <param name="criticalTolerance">The largest gradient entry that still counts as a critical point.</param>
    public static HessianSpectrum Classify(Matrix<double> hessian, double gradientNorm,
        double relativeZeroTolerance = 1e-6, double criticalTolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        if (hessian.RowCount != hessian.ColumnCount || hessian.RowCount == 0)
            throw new ArgumentException($"{nameof(hessian)} must be a non-empty square matrix, but is {hessian.RowCount}×{hessian.ColumnCount}.", nameof(hessian));
        Require.AllFinite(hessian.AsColumnMajorArray() ?? hessian.ToColumnMajorArray(), nameof(hessian));
        Require.Finite(gradientNorm, nameof(gradientNorm));
        Require.Positive(relativeZeroTolerance, nameof(relativeZeroTolerance));
        Require.Positive(criticalTolerance, nameof(criticalTolerance));

        var eigenvalues = hessian.Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).OrderBy(v => v).ToArray();
        double scale = eigenvalues.Max(Math.Abs);
        double tolerance = relativeZeroTolerance * (scale > 0 ? scale : 1);
        int negative = eigenvalues.Count(v => v < -tolerance);
        int positive = eigenvalues.Count(v => v > tolerance);
        int zero = eigenvalues.Length - negative - positive;
        string verdict =
            gradientNorm > criticalTolerance ? $"Not a critical point: the gradient has an entry of size {gradientNorm:G3}, so the spectrum only describes the local curvature."
            : negative > 0 && zero > 0 ? $"Degenerate saddle: {negative} negative eigenvalue(s) (index {negative}) and {zero} zero eigenvalue(s) (flat directions)."
            : negative > 0 ? $"Strict saddle of index {negative}: no zero eigenvalue."
            : zero > 0 ? $"Inconclusive: no negative eigenvalue but {zero} zero eigenvalue(s); along the flat directions only higher-order terms decide between a non-strict minimum and a saddle."
            : "Strict local minimum: every eigenvalue is positive.";
        return new HessianSpectrum(eigenvalues, negative, zero, positive, tolerance, gradientNorm, verdict);
    }
}
