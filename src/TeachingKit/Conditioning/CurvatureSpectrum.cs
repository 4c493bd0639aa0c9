using MathNet.Numerics.LinearAlgebra;
using TeachingKit.CriticalPoints;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>
/// The eigenvalues of an exact Hessian (the curvatures) and what they say about gradient descent: κ and the largest
/// stable step. <see cref="Symmetry.HessianSpectrum"/> reads a spectrum the other way, as a critical point's verdict.
/// </summary>
/// <remarks>
/// <para>Notebook 04's law on a quadratic: gradient descent with step γ multiplies the eigendirection of curvature λ by
/// 1 − γλ, so it is stable iff γ &lt; 2/λmax (<see cref="LargestStableLearningRate"/>), and its best factor is
/// (κ − 1)/(κ + 1) with κ = λmax/λmin (<see cref="Optimization.QuadraticTheory.OptimalGradientDescent"/>).</para>
/// <para>Away from a minimum the Hessian can have negative eigenvalues; <see cref="ConditionNumber"/> is then
/// max|λ|/min|λ|, the ratio of the steepest to the flattest curvature, and <see cref="NegativeCount"/> says how many
/// directions curve down (beyond rounding: the kit's classifier counts |λ| ≤ 10⁻¹⁰·max|λ| as zero). An exactly zero
/// eigenvalue gives κ = ∞; κ itself uses the eigenvalues as computed, so a tiny but real curvature still counts.</para>
/// </remarks>
public sealed class CurvatureSpectrum
{
    private readonly double[] _eigenvalues;

    /// <summary>The spectrum of the symmetric matrix <paramref name="hessian"/>.</summary>
    public CurvatureSpectrum(Matrix<double> hessian)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        if (hessian.RowCount != hessian.ColumnCount)
            throw new ArgumentException($"{nameof(hessian)} must be square, but is {hessian.RowCount}×{hessian.ColumnCount}.", nameof(hessian));
        Require.AllFinite(hessian.ToColumnMajorArray(), nameof(hessian));
        // MathNet's full symmetric decomposition: the values-only QL of HessianClassifier.Eigenvalues does not converge on
        // some network Hessians with blocks of exactly zero curvature (saturated units), which this notebook meets.
        _eigenvalues = HessianClassifier.Eigen(hessian).Values;
        Verdict = HessianClassifier.Classify(_eigenvalues);
    }

    /// <summary>The eigenvalues, ascending.</summary>
    public IReadOnlyList<double> Eigenvalues => _eigenvalues;

    /// <summary>The number of parameters (the Hessian's size).</summary>
    public int Dimension => _eigenvalues.Length;

    /// <summary>λmax.</summary>
    public double Largest => _eigenvalues[^1];

    /// <summary>λmin (negative at a saddle).</summary>
    public double Smallest => _eigenvalues[0];

    /// <summary>The smallest |λ|.</summary>
    public double SmallestMagnitude => _eigenvalues.Min(Math.Abs);

    /// <summary>The counts of negative, zero and positive eigenvalues, zero meaning |λ| ≤ 10⁻¹⁰·max|λ| (the kit's classifier, <see cref="HessianClassifier.Classify(IReadOnlyList{double}, ClassifierOptions?)"/>).</summary>
    public SpectrumVerdict Verdict { get; }

    /// <summary>How many eigenvalues are negative beyond rounding (<see cref="Verdict"/>).</summary>
    public int NegativeCount => Verdict.Negative;

    /// <summary>How many eigenvalues are zero to rounding (<see cref="Verdict"/>): flat directions.</summary>
    public int ZeroCount => Verdict.Zero;

    /// <summary>κ = max|λ| / min|λ| (= λmax/λmin when the Hessian is positive definite; ∞ when an eigenvalue is 0).</summary>
    public double ConditionNumber
    {
        get
        {
            double smallest = SmallestMagnitude;
            return smallest == 0 ? double.PositiveInfinity : _eigenvalues.Max(Math.Abs) / smallest;
        }
    }

    /// <summary>2/λmax: gradient descent diverges along the steepest eigendirection for any larger step (notebook 04).</summary>
    public double LargestStableLearningRate =>
        Largest > 0 ? 2 / Largest : throw new InvalidOperationException("The Hessian has no positive eigenvalue, so no step size is limited by curvature.");

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"λ ∈ [{Smallest:G4}, {Largest:G4}], κ = {ConditionNumber:G4}, {NegativeCount} negative of {Dimension}");
}
