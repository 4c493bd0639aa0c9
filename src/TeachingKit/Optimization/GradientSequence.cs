using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// A gradient source that ignores the parameters and replays a fixed, repeating sequence of
/// gradients per coordinate — the lecture's exercise of weights whose sampled gradients are
/// 1.1, 0.9, 1.1, … / 0.1, 0.1, … / 1.1, −0.9, 1.1, ….
/// </summary>
/// <remarks>
/// Call k (k = 0, 1, …) of <see cref="Evaluate"/> returns entry k mod length of each coordinate's
/// cycle. The loss reported is the linear E(w) = Σᵢ ⟨gᵢ⟩ wᵢ whose gradient is the cycle mean, so a
/// run's loss falls as the optimizer follows the average gradient. <see cref="Reset"/> restarts the
/// sequence; the driver does that before each run, so runs agree.
/// </remarks>
public sealed class GradientSequence : Objective
{
    private readonly double[][] _cycles;
    private readonly double[] _means;
    private long _calls;

    /// <summary>Coordinate i replays <paramref name="cycles"/>[i] over and over (each cycle non-empty, finite).</summary>
    public GradientSequence(IReadOnlyList<IReadOnlyList<double>> cycles, string? name = null)
        : base(name ?? "fixed gradient sequence", Require.NotEmpty(cycles, nameof(cycles)).Count)
    {
        _cycles = new double[cycles.Count][];
        _means = new double[cycles.Count];
        for (int i = 0; i < cycles.Count; i++)
        {
            _cycles[i] = Require.AllFinite(Require.NotEmpty(cycles[i], $"{nameof(cycles)}[{i}]"), $"{nameof(cycles)}[{i}]").ToArray();
            _means[i] = _cycles[i].Average();
        }
    }

    /// <summary>The lecture's three weights: 1.1, 0.9, … (steady), 0.1, 0.1, … (small, steady), 1.1, −0.9, … (noisy).</summary>
    public static GradientSequence ThreeWeightExercise() =>
        new([[1.1, 0.9], [0.1], [1.1, -0.9]], "three weights");

    /// <summary>The same gradient <paramref name="gradient"/> at every step (the setting of Adam's bias-correction argument).</summary>
    public static GradientSequence Constant(IReadOnlyList<double> gradient) =>
        new(Require.NotEmpty(gradient, nameof(gradient)).Select(g => (IReadOnlyList<double>)new[] { g }).ToArray(), "constant gradient");

    /// <summary>Each coordinate's cycle.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Cycles => _cycles;

    /// <summary>⟨g⟩ per coordinate: the mean over one cycle.</summary>
    public IReadOnlyList<double> MeanGradient => _means;

    /// <inheritdoc/>
    public override bool IsStochastic => true;

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        for (int i = 0; i < _cycles.Length; i++) gradient[i] = _cycles[i][_calls % _cycles[i].Length];
        _calls++;
        return Value(parameters);
    }

    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> parameters)
    {
        double value = 0;
        for (int i = 0; i < _means.Length; i++) value += _means[i] * parameters[i];
        return value;
    }

    /// <inheritdoc/>
    public override void Reset() => _calls = 0;
}

/// <summary>Stochastic gradient sources for the adaptive methods' experiments.</summary>
public static class StochasticGradients
{
    /// <summary>
    /// A deterministic objective plus seeded Gaussian noise of variance <paramref name="variances"/>[i]
    /// on gradient coordinate i (a <see cref="NoisyObjective"/> with σᵢ = √varianceᵢ).
    /// </summary>
    public static NoisyObjective WithNoiseVariance(Objective objective, IReadOnlyList<double> variances, int seed)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Require.NotEmpty(variances, nameof(variances));
        Require.SameLength(variances.Count, objective.Dimension, nameof(variances), nameof(objective));
        var deviations = new double[variances.Count];
        for (int i = 0; i < deviations.Length; i++)
        {
            double v = Require.Finite(variances[i], $"{nameof(variances)}[{i}]");
            if (v < 0) throw new ArgumentOutOfRangeException(nameof(variances), v, $"{nameof(variances)}[{i}] must be non-negative, but was {v}.");
            deviations[i] = Math.Sqrt(v);
        }
        return new NoisyObjective(objective, deviations, seed);
    }
}
