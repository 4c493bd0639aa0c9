using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>The state gradient descent and Newton's method carry on <see cref="ReluPopulationObjective"/>: θ, ∇F(θ), F(θ), ‖∇F(θ)‖.</summary>
internal sealed class ReluIterate
{
    private readonly ReluPopulationObjective _objective;
    private readonly double[] _scratch;

    /// <summary>Copies <paramref name="start"/> and evaluates F and ∇F there.</summary>
    public ReluIterate(ReluPopulationObjective objective, ReadOnlySpan<double> start)
    {
        Require.SameLength(start.Length, objective.ParameterCount, nameof(start), nameof(objective.ParameterCount));
        _objective = objective;
        _scratch = new double[objective.ScratchLength];
        Weights = start.ToArray();
        Gradient = new double[Weights.Length];
        Evaluate();
    }

    /// <summary>θ, changed in place by the method.</summary>
    public double[] Weights { get; }

    /// <summary>∇F(θ) as of the last <see cref="Evaluate"/>.</summary>
    public double[] Gradient { get; }

    /// <summary>F(θ) as of the last <see cref="Evaluate"/>.</summary>
    public double Value { get; private set; }

    /// <summary>‖∇F(θ)‖ as of the last <see cref="Evaluate"/>.</summary>
    public double GradientNorm { get; private set; }

    /// <summary>Recomputes F, ∇F and ‖∇F‖ at the current θ (no allocation).</summary>
    public void Evaluate()
    {
        Value = _objective.ValueAndGradient(Weights, Gradient, _scratch);
        GradientNorm = VectorKernels.Norm(Gradient);
    }

    /// <summary>The result of a method that stopped here after <paramref name="steps"/> steps.</summary>
    public ReluDescentResult Result(int steps, DescentEnd end) => new(Weights, Value, GradientNorm, steps, end);
}
