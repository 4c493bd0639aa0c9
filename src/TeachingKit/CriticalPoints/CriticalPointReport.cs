using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// Everything the Hessian test says about one point: gradient, Hessian, its eigen-decomposition,
/// the verdict and, for a degenerate point, the result of the higher-order probe.
/// </summary>
/// <param name="Point">Where f was examined.</param>
/// <param name="Value">f at the point.</param>
/// <param name="Gradient">∇f at the point.</param>
/// <param name="Hessian">The exact Hessian.</param>
/// <param name="Eigenvalues">Eigenvalues of the Hessian, ascending.</param>
/// <param name="Eigenvectors">Unit eigenvectors as columns, in the order of <paramref name="Eigenvalues"/>.</param>
/// <param name="Kind">The Hessian's verdict (<see cref="CriticalPointKind.NotCritical"/> when |∇f| is too large).</param>
/// <param name="Spectrum">The sign counts behind the verdict.</param>
/// <param name="Probe">The higher-order probe, run only at degenerate points (null otherwise).</param>
public sealed record CriticalPointReport(
    double[] Point,
    double Value,
    Vector<double> Gradient,
    Matrix<double> Hessian,
    double[] Eigenvalues,
    Matrix<double> Eigenvectors,
    CriticalPointKind Kind,
    SpectrumVerdict Spectrum,
    HigherOrderProbeResult? Probe)
{
    private readonly Matrix<double>? _eigenvectors = Eigenvectors;
    private readonly Lazy<Matrix<double>>? _deferredEigenvectors;

    /// <summary>A report whose eigenvectors are computed on first use (the verdict does not need them).</summary>
    internal CriticalPointReport(double[] point, double value, Vector<double> gradient, Matrix<double> hessian,
        double[] eigenvalues, Func<Matrix<double>> eigenvectors, CriticalPointKind kind, SpectrumVerdict spectrum)
        : this(point, value, gradient, hessian, eigenvalues, null!, kind, spectrum, null) =>
        _deferredEigenvectors = new Lazy<Matrix<double>>(eigenvectors);

    /// <summary>Unit eigenvectors as columns, in the order of <see cref="Eigenvalues"/> (computed on first use when deferred).</summary>
    public Matrix<double> Eigenvectors
    {
        get => _deferredEigenvectors is null ? _eigenvectors! : _deferredEigenvectors.Value;
        init
        {
            _eigenvectors = value;
            _deferredEigenvectors = null;
        }
    }

    /// <summary>|∇f|, Euclidean.</summary>
    public double GradientNorm => Gradient.L2Norm();

    /// <summary>The index: the number of negative eigenvalues (the order of a saddle).</summary>
    public int Index => Spectrum.Negative;

    /// <summary>The Hessian's verdict, or the probe's where the Hessian could not tell.</summary>
    public CriticalPointKind ResolvedKind => Probe?.Kind ?? Kind;

    /// <summary>The verdict in words, naming the probe when it decided.</summary>
    public string Verdict => Kind == CriticalPointKind.NotCritical
        ? $"not critical: |∇f| = {Format(GradientNorm)}"
        : Probe is null ? Spectrum.Description : $"{Spectrum.Description}; higher-order probe: {Probe.Description}";

    /// <summary>One line: point, value, eigenvalues and verdict.</summary>
    public override string ToString() =>
        $"({string.Join(", ", Point.Select(Format))}): f = {Format(Value)}, λ = [{string.Join(", ", Eigenvalues.Select(Format))}] → {Verdict}";

    internal static string Format(double x) => Math.Abs(x) < 1e-12 ? "0" : x.ToString("G6", CultureInfo.InvariantCulture);
}
