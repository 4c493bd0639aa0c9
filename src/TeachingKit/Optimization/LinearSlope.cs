using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The constant slope E(w) = s·w: the gradient is s everywhere, so momentum's step grows
/// towards its limit −γ s / (1 − α) (lecture: "on a constant slope the step grows to −γ∇E/(1−α)").
/// </summary>
/// <remarks>Unbounded below: run it for a fixed number of steps, never to convergence.</remarks>
public sealed class LinearSlope : Objective
{
    private readonly double[] _slope;

    /// <summary>The linear function with gradient <paramref name="slope"/> (finite entries).</summary>
    public LinearSlope(IReadOnlyList<double> slope)
        : base("constant slope", Require.NotEmpty(slope, nameof(slope)).Count)
    {
        Require.AllFinite(slope, nameof(slope));
        _slope = slope.ToArray();
    }

    /// <summary>The constant gradient s.</summary>
    public IReadOnlyList<double> Slope => _slope;

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        _slope.CopyTo(gradient);
        return Value(parameters);
    }

    /// <inheritdoc/>
    public override double Value(ReadOnlySpan<double> parameters)
    {
        double value = 0;
        for (int i = 0; i < _slope.Length; i++) value += _slope[i] * parameters[i];
        return value;
    }
}
