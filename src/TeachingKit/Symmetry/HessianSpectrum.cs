using MathNet.Numerics.LinearAlgebra;
using TeachingKit.CriticalPoints;
using TeachingKit.Validation;

namespace TeachingKit.Symmetry;

/// <summary>
/// The eigenvalues of a network's Hessian at a candidate critical point (such as a permutation
/// point), counted as negative, zero and positive, with a verdict that says plainly when the
/// second-order test cannot decide.
/// </summary>
/// <remarks>
/// The counting and the verdict are the lecture's second-derivative test of
/// <see cref="HessianClassifier"/>; this record adds what a network's Hessian needs: a gradient
/// that is only approximately zero after numerical relaxation, and a looser default tolerance,
/// because the symmetry's flat directions come out as round-off rather than exact zeros.
/// </remarks>
/// <param name="Eigenvalues">Eigenvalues in ascending order (symmetric eigen-solver).</param>
/// <param name="NegativeCount">Eigenvalues below −tolerance: the index of the saddle.</param>
/// <param name="ZeroCount">Eigenvalues within ±tolerance: flat directions.</param>
/// <param name="PositiveCount">Eigenvalues above tolerance.</param>
/// <param name="ZeroTolerance">relativeZeroTolerance·max|λ|, the threshold used (scale-free, as in HessianClassifier.SpectrumScale).</param>
/// <param name="GradientNorm">The largest absolute gradient entry at the point.</param>
/// <param name="Kind">The second-derivative test's verdict (NotCritical when the gradient is too large).</param>
/// <param name="Verdict">
/// What kind of point this is, or why the test is inconclusive, followed by the margin of the counts: the zero
/// tolerance and the eigenvalues nearest it from below and above (<see cref="LargestZeroMagnitude"/>, <see cref="SmallestNonzeroMagnitude"/>).
/// </param>
public sealed record HessianSpectrum(
    double[] Eigenvalues, int NegativeCount, int ZeroCount, int PositiveCount,
    double ZeroTolerance, double GradientNorm, CriticalPointKind Kind, string Verdict)
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

        double[] eigenvalues = HessianClassifier.Eigenvalues(hessian);
        var spectrum = HessianClassifier.Classify(eigenvalues, new ClassifierOptions { EigenvalueTolerance = relativeZeroTolerance });
        double tolerance = relativeZeroTolerance * HessianClassifier.SpectrumScale(eigenvalues);
        bool critical = gradientNorm <= criticalTolerance;
        string verdict = Sentence(spectrum, critical, gradientNorm) + " " + Margin(eigenvalues, tolerance);
        return new HessianSpectrum(eigenvalues, spectrum.Negative, spectrum.Zero, spectrum.Positive, tolerance, gradientNorm,
            critical ? spectrum.Kind : CriticalPointKind.NotCritical, verdict);
    }

    /// <summary>The largest |λ| among the eigenvalues counted as zero (null when none is): how close they come to the tolerance.</summary>
    public double? LargestZeroMagnitude => LargestZero(Eigenvalues, ZeroTolerance);

    /// <summary>
    /// The smallest |λ| among the eigenvalues counted as non-zero (null when none is): the eigenvalue nearest the tolerance
    /// from above. Its ratio to <see cref="ZeroTolerance"/> says how much the counts depend on the choice of tolerance.
    /// </summary>
    public double? SmallestNonzeroMagnitude => SmallestNonzero(Eigenvalues, ZeroTolerance);

    private static double? LargestZero(double[] eigenvalues, double tolerance)
    {
        var zero = eigenvalues.Select(Math.Abs).Where(l => l <= tolerance).ToArray();
        return zero.Length == 0 ? null : zero.Max();
    }

    private static double? SmallestNonzero(double[] eigenvalues, double tolerance)
    {
        var nonzero = eigenvalues.Select(Math.Abs).Where(l => l > tolerance).ToArray();
        return nonzero.Length == 0 ? null : nonzero.Min();
    }

    // The honesty of the counts: the eigenvalues nearest the zero tolerance on either side.
    private static string Margin(double[] eigenvalues, double tolerance)
    {
        double? zero = LargestZero(eigenvalues, tolerance), nonzero = SmallestNonzero(eigenvalues, tolerance);
        string below = zero is null ? "no eigenvalue is counted as zero" : $"the zero eigenvalue(s) have |λ| ≤ {zero.Value:G3}";
        string above = nonzero is null ? "none is counted as non-zero" : $"the smallest non-zero one has |λ| = {nonzero.Value:G3} ({nonzero.Value / tolerance:G3}× the tolerance)";
        return $"Zero tolerance {tolerance:G3}: {below}; {above}.";
    }

    private static string Sentence(SpectrumVerdict s, bool critical, double gradientNorm) => s.Kind switch
    {
        _ when !critical => $"Not a critical point: the gradient has an entry of size {gradientNorm:G3}, so the spectrum only describes the local curvature.",
        CriticalPointKind.Saddle when s.Zero > 0 => $"Degenerate saddle: {s.Negative} negative eigenvalue(s) (index {s.Negative}) and {s.Zero} zero eigenvalue(s) (flat directions).",
        CriticalPointKind.Saddle => $"Strict saddle of index {s.Negative}: no zero eigenvalue.",
        CriticalPointKind.Minimum => "Strict local minimum: every eigenvalue is positive.",
        CriticalPointKind.Maximum => "Strict local maximum: every eigenvalue is negative.",
        _ when s.Negative == 0 => $"Inconclusive: no negative eigenvalue but {s.Zero} zero eigenvalue(s); along the flat directions only higher-order terms decide between a non-strict minimum and a saddle.",
        _ => $"Inconclusive: no positive eigenvalue but {s.Zero} zero eigenvalue(s); along the flat directions only higher-order terms decide between a non-strict maximum and a saddle.",
    };
}
