using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// A stochastic objective: the exact loss of <see cref="Inner"/>, with a gradient to which seeded
/// Gaussian noise of a chosen standard deviation per coordinate is added — the model of a
/// mini-batch gradient.
/// </summary>
/// <remarks>
/// The noise has mean zero, so the sampled gradient is unbiased. <see cref="Reset"/> restarts the
/// Mersenne Twister from the seed, so two runs see the same noise.
/// </remarks>
public sealed class NoisyObjective : Objective
{
    private readonly double[] _standardDeviations;
    private readonly int _seed;
    private MersenneTwister _random;

    /// <summary>Noise of standard deviation <paramref name="standardDeviations"/>[i] on coordinate i.</summary>
    public NoisyObjective(Objective inner, IReadOnlyList<double> standardDeviations, int seed)
        : base(NameOf(inner), inner.Dimension)
    {
        Require.SameLength(Require.NotEmpty(standardDeviations, nameof(standardDeviations)).Count, inner.Dimension,
            nameof(standardDeviations), nameof(inner));
        _standardDeviations = new double[standardDeviations.Count];
        for (int i = 0; i < _standardDeviations.Length; i++)
        {
            double s = Require.Finite(standardDeviations[i], $"{nameof(standardDeviations)}[{i}]");
            if (s < 0)
                throw new ArgumentOutOfRangeException(nameof(standardDeviations), s, $"{nameof(standardDeviations)}[{i}] must be non-negative, but was {s}.");
            _standardDeviations[i] = s;
        }
        Inner = inner;
        _seed = seed;
        _random = new MersenneTwister(seed);
    }

    /// <summary>The same noise level <paramref name="standardDeviation"/> on every coordinate.</summary>
    public NoisyObjective(Objective inner, double standardDeviation, int seed)
        : this(inner, Enumerable.Repeat(standardDeviation, (inner ?? throw new ArgumentNullException(nameof(inner))).Dimension).ToArray(), seed)
    {
    }

    /// <summary>The deterministic objective whose gradient is perturbed.</summary>
    public Objective Inner { get; }

    /// <summary>The noise standard deviation per coordinate.</summary>
    public IReadOnlyList<double> StandardDeviations => _standardDeviations;

    /// <inheritdoc/>
    public override bool IsStochastic => true;

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double value = Inner.Evaluate(parameters, gradient);
        for (int i = 0; i < gradient.Length; i++)
            if (_standardDeviations[i] > 0) gradient[i] += Normal.Sample(_random, 0, _standardDeviations[i]);
        return value;
    }

    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> parameters) => Inner.Value(parameters);

    /// <inheritdoc/>
    public override void Reset()
    {
        Inner.Reset();
        _random = new MersenneTwister(_seed);
    }

    private static string NameOf(Objective inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner.Name + " (noisy gradient)";
    }
}
