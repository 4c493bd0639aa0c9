using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The quadratic E(w) = ½ Σᵢ λᵢ wᵢ² in its eigenbasis: the model of every smooth minimum, and the
/// problem on which the lecture's convergence theory is exact.
/// </summary>
/// <remarks>
/// Any quadratic ½ wᵀHw with symmetric positive definite H is this one after rotating into the
/// eigenvectors of H, and gradient descent and momentum commute with that rotation; so the
/// diagonal form loses nothing. The minimiser is w = 0 with E = 0.
/// </remarks>
public sealed class Quadratic : Objective
{
    private readonly double[] _eigenvalues;

    /// <summary>The quadratic with curvatures <paramref name="eigenvalues"/> (each positive).</summary>
    public Quadratic(IReadOnlyList<double> eigenvalues, string? name = null)
        : base(name ?? "quadratic", Require.NotEmpty(eigenvalues, nameof(eigenvalues)).Count)
    {
        _eigenvalues = new double[eigenvalues.Count];
        for (int i = 0; i < _eigenvalues.Length; i++)
            _eigenvalues[i] = Require.Positive(eigenvalues[i], $"{nameof(eigenvalues)}[{i}]");
    }

    /// <summary>The curvatures λᵢ (eigenvalues of the Hessian).</summary>
    public IReadOnlyList<double> Eigenvalues => _eigenvalues;

    /// <summary>The condition number κ = λmax / λmin.</summary>
    public double ConditionNumber => _eigenvalues.Max() / _eigenvalues.Min();

    /// <summary>
    /// The lecture's ravine: E(x, y) = ½ (<paramref name="curvatureAlong"/> x² + <paramref name="curvatureAcross"/> y²),
    /// a long valley along x whose walls in y are steep.
    /// </summary>
    public static Quadratic Ravine(double curvatureAlong = 1, double curvatureAcross = 20) =>
        new([curvatureAlong, curvatureAcross], "ravine");

    /// <summary>
    /// A quadratic with condition number <paramref name="conditionNumber"/>: eigenvalues spaced
    /// geometrically from 1 to κ (two of them, 1 and κ, when <paramref name="dimension"/> is 2).
    /// </summary>
    public static Quadratic WithConditionNumber(double conditionNumber, int dimension = 2)
    {
        Require.Finite(conditionNumber, nameof(conditionNumber));
        if (conditionNumber < 1)
            throw new ArgumentOutOfRangeException(nameof(conditionNumber), conditionNumber, $"{nameof(conditionNumber)} must be at least 1, but was {conditionNumber}.");
        Require.AtLeast(dimension, 2, nameof(dimension));
        var eigenvalues = new double[dimension];
        for (int i = 0; i < dimension; i++) eigenvalues[i] = Math.Pow(conditionNumber, i / (double)(dimension - 1));
        eigenvalues[^1] = conditionNumber;
        return new Quadratic(eigenvalues, $"quadratic κ={conditionNumber:G4}");
    }

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double value = 0;
        for (int i = 0; i < _eigenvalues.Length; i++)
        {
            double g = _eigenvalues[i] * parameters[i];
            gradient[i] = g;
            value += 0.5 * g * parameters[i];
        }
        return value;
    }

    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> parameters)
    {
        double value = 0;
        for (int i = 0; i < _eigenvalues.Length; i++) value += 0.5 * _eigenvalues[i] * parameters[i] * parameters[i];
        return value;
    }
}
