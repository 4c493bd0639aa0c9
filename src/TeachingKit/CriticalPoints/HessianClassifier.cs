using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Differentiation;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// The second-derivative test: at a point where ∇f = 0, the signs of the Hessian's eigenvalues
/// decide minimum, maximum, saddle of order k, or degenerate (lecture, "the Hessian decides").
/// </summary>
/// <remarks>
/// Derivatives are exact (<see cref="AutoDiff"/>); the verdict's eigenvalues come from an eigenvalues-only
/// solver (<see cref="Eigenvalues"/>), the eigenvectors from MathNet's symmetric eigen-solver when asked for. Tolerances are relative to the spectrum's scale (<see cref="ClassifierOptions"/>).
/// A degenerate verdict is followed by the clearly separate <see cref="HigherOrderProbe"/>.
/// </remarks>
public static class HessianClassifier
{
    /// <summary>Gradient, Hessian, eigen-decomposition and verdict of f at <paramref name="point"/>.</summary>
    /// <remarks>
    /// A too-short point is rejected when f reads past its end; a too-long one cannot be noticed (f may
    /// legitimately ignore coordinates, as h ≡ 0 does): use <see cref="Landscapes.Landscape.Analyze"/>, which
    /// checks the landscape's dimension.
    /// </remarks>
    public static CriticalPointReport Analyze(Func<Var[], Var> f, IReadOnlyList<double> point, ClassifierOptions? options = null)
    {
        options ??= ClassifierOptions.Default;
        var derivatives = AutoDiff.SecondOrder(f, point);
        RequireFiniteDerivatives(derivatives.Gradient, derivatives.Hessian, point, nameof(point));
        // The verdict needs only the eigenvalues; the vectors are computed when the probe or a caller asks.
        double[] eigenvalues = Eigenvalues(derivatives.Hessian);
        SpectrumVerdict spectrum = Classify(eigenvalues, options);
        double[] x = point.ToArray();
        bool critical = derivatives.Gradient.L2Norm() <= CriticalGradientBound(eigenvalues, x, options);
        CriticalPointKind kind = critical ? spectrum.Kind : CriticalPointKind.NotCritical;
        if (kind != CriticalPointKind.Degenerate || !options.ProbeDegenerate)
            return new CriticalPointReport(x, derivatives.Value, derivatives.Gradient, derivatives.Hessian,
                eigenvalues, () => Eigen(derivatives.Hessian).Vectors, kind, spectrum);
        // The probe walks along the null directions: decide again from the full decomposition it uses.
        var (values, vectors) = Eigen(derivatives.Hessian);
        spectrum = Classify(values, options);
        kind = derivatives.Gradient.L2Norm() <= CriticalGradientBound(values, x, options) ? spectrum.Kind : CriticalPointKind.NotCritical;
        HigherOrderProbeResult? probe = kind == CriticalPointKind.Degenerate
            ? HigherOrderProbe.Probe(f, x, derivatives.Value, values, vectors, spectrum.Zero, options)
            : null;
        return new CriticalPointReport(x, derivatives.Value, derivatives.Gradient, derivatives.Hessian,
            values, vectors, kind, spectrum, probe);
    }

    /// <summary>The verdict from a list of eigenvalues (assumed to belong to a critical point).</summary>
    public static SpectrumVerdict Classify(IReadOnlyList<double> eigenvalues, ClassifierOptions? options = null)
    {
        Require.NotEmpty(eigenvalues, nameof(eigenvalues));
        Require.AllFinite(eigenvalues, nameof(eigenvalues));
        options ??= ClassifierOptions.Default;
        double zero = options.EigenvalueTolerance * SpectrumScale(eigenvalues);
        int negative = eigenvalues.Count(l => l < -zero), positive = eigenvalues.Count(l => l > zero);
        return SpectrumVerdict.FromCounts(negative, eigenvalues.Count - negative - positive, positive);
    }

    /// <summary>The verdict for a given symmetric Hessian (assumed to belong to a critical point).</summary>
    public static SpectrumVerdict Classify(double[,] hessian, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        if (hessian.Length == 0 || hessian.GetLength(0) != hessian.GetLength(1))
            throw new ArgumentException($"hessian must be a non-empty square matrix, but is {hessian.GetLength(0)}×{hessian.GetLength(1)}.", nameof(hessian));
        var h = Matrix<double>.Build.DenseOfArray(hessian);
        for (int i = 0; i < h.RowCount; i++)
            for (int j = 0; j < h.ColumnCount; j++)
                if (!double.IsFinite(h[i, j]))
                    throw new ArgumentException($"hessian[{i},{j}] must be a finite number, but was {h[i, j]}.", nameof(hessian));
        double largest = h.Enumerate().Max(Math.Abs);   // symmetric to rounding of the largest entry, so scale-free
        for (int i = 0; i < h.RowCount; i++)
            for (int j = 0; j < h.ColumnCount; j++)
            {
                if (Math.Abs(h[i, j] - h[j, i]) > 1e-12 * largest)
                    throw new ArgumentException($"hessian must be symmetric, but hessian[{i},{j}] ≠ hessian[{j},{i}].", nameof(hessian));
            }
        return Classify(Eigenvalues(h), options);
    }

    /// <summary>The eigenvalues of a symmetric matrix (its lower triangle is read), ascending, without the eigenvectors.</summary>
    /// <remarks>About a sixth of the work of <see cref="Eigen"/> (<see cref="SymmetricEigenvalues"/>); equal to its values to rounding.</remarks>
    public static double[] Eigenvalues(Matrix<double> symmetric)
    {
        ArgumentNullException.ThrowIfNull(symmetric);
        if (symmetric.RowCount != symmetric.ColumnCount)
            throw new ArgumentException($"symmetric must be square, but is {symmetric.RowCount}×{symmetric.ColumnCount}.", nameof(symmetric));
        return SymmetricEigenvalues.Of(symmetric);
    }

    /// <summary>Eigenvalues (ascending) and unit eigenvectors (columns) of a symmetric matrix.</summary>
    public static (double[] Values, Matrix<double> Vectors) Eigen(Matrix<double> symmetric)
    {
        ArgumentNullException.ThrowIfNull(symmetric);
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        double[] values = evd.EigenValues.Select(c => c.Real).ToArray();
        int[] order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        // The symmetric solver already returns ascending eigenvalues; reorder only if it ever does not.
        if (order.Select((k, i) => k == i).All(same => same)) return (values, evd.EigenVectors);
        var vectors = Matrix<double>.Build.Dense(symmetric.RowCount, values.Length,
            (row, column) => evd.EigenVectors[row, order[column]]);
        return (order.Select(i => values[i]).ToArray(), vectors);
    }

    /// <summary>
    /// s = maxᵢ|λᵢ|: the scale that the tolerances multiply. No floor, so that it scales with f
    /// (s = 0 only when H = 0 exactly, and then only exact zeros count as zero).
    /// </summary>
    public static double SpectrumScale(IReadOnlyList<double> eigenvalues)
    {
        Require.NotEmpty(eigenvalues, nameof(eigenvalues));
        return eigenvalues.Max(Math.Abs);
    }

    /// <summary>
    /// The largest |∇f| at <paramref name="point"/> that still counts as zero:
    /// <see cref="ClassifierOptions.GradientTolerance"/>·s·max(1, |x|) (see <see cref="ClassifierOptions"/>).
    /// </summary>
    public static double CriticalGradientBound(IReadOnlyList<double> eigenvalues, IReadOnlyList<double> point, ClassifierOptions? options = null)
    {
        Require.AllFinite(point, nameof(point));
        options ??= ClassifierOptions.Default;
        double length = Math.Sqrt(point.Sum(v => v * v));
        return options.GradientTolerance * SpectrumScale(eigenvalues) * Math.Max(1, length);
    }

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <paramref name="paramName"/> when ∇f or H at the
    /// point is not finite (f is not twice differentiable there, e.g. the cone √(x² + y²) at its tip).
    /// </summary>
    internal static void RequireFiniteDerivatives(Vector<double> gradient, Matrix<double>? hessian, IReadOnlyList<double> point, string paramName)
    {
        // The point is formatted only for the message: formatting N numbers cost more than a small verdict.
        string Where() => $"{paramName} = ({string.Join(", ", point.Select(CriticalPointReport.Format))})";
        if (VectorKernels.IndexOfNonFinite(gradient.AsArray() ?? gradient.ToArray()) >= 0)
            throw new ArgumentException($"The gradient of f at {Where()} is not finite: f is not differentiable there.", paramName);
        if (hessian is not null && VectorKernels.IndexOfNonFinite(hessian.AsColumnMajorArray() ?? hessian.ToColumnMajorArray()) >= 0)
            throw new ArgumentException($"The Hessian of f at {Where()} is not finite: f is not twice differentiable there.", paramName);
    }
}
