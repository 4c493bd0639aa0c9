using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Differentiation;
using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// The second-derivative test: at a point where ∇f = 0, the signs of the Hessian's eigenvalues
/// decide minimum, maximum, saddle of order k, or degenerate (lecture, "the Hessian decides").
/// </summary>
/// <remarks>
/// Derivatives are exact (<see cref="AutoDiff"/>) and the eigenvalues come from MathNet's
/// symmetric eigen-solver. Tolerances are relative to the spectrum's scale (<see cref="ClassifierOptions"/>).
/// A degenerate verdict is followed by the clearly separate <see cref="HigherOrderProbe"/>.
/// </remarks>
public static class HessianClassifier
{
    /// <summary>Gradient, Hessian, eigen-decomposition and verdict of f at <paramref name="point"/>.</summary>
    public static CriticalPointReport Analyze(Func<Var[], Var> f, IReadOnlyList<double> point, ClassifierOptions? options = null)
    {
        options ??= ClassifierOptions.Default;
        var derivatives = AutoDiff.SecondOrder(f, point);
        var (eigenvalues, eigenvectors) = Eigen(derivatives.Hessian);
        double scale = SpectrumScale(eigenvalues);
        SpectrumVerdict spectrum = Classify(eigenvalues, options);
        bool critical = derivatives.Gradient.L2Norm() <= options.GradientTolerance * scale;
        CriticalPointKind kind = critical ? spectrum.Kind : CriticalPointKind.NotCritical;
        double[] x = point.ToArray();
        HigherOrderProbeResult? probe = kind == CriticalPointKind.Degenerate && options.ProbeDegenerate
            ? HigherOrderProbe.Probe(f, x, derivatives.Value, eigenvalues, eigenvectors, spectrum.Zero, options)
            : null;
        return new CriticalPointReport(x, derivatives.Value, derivatives.Gradient, derivatives.Hessian,
            eigenvalues, eigenvectors, kind, spectrum, probe);
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
            {
                Require.Finite(h[i, j], $"hessian[{i},{j}]");
                if (Math.Abs(h[i, j] - h[j, i]) > 1e-12 * Math.Max(1, Math.Abs(h[i, j])))
                    throw new ArgumentException($"hessian must be symmetric, but hessian[{i},{j}] ≠ hessian[{j},{i}].", nameof(hessian));
            }
        return Classify(Eigen(h).Values, options);
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

    /// <summary>s = max(1, maxᵢ|λᵢ|): the scale that the tolerances multiply.</summary>
    public static double SpectrumScale(IReadOnlyList<double> eigenvalues) =>
        Math.Max(1, eigenvalues.Max(Math.Abs));
}
