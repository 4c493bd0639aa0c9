using System.Globalization;
using TeachingKit.Networks;
using TeachingKit.Optimization;

namespace TeachingKit.Generalization;

/// <summary>
/// The lecture's parameter norm penalty J̃(θ) = J(θ) + α‖w‖², on the weights only: any optimizer, given the gradient of J,
/// steps on the gradient of J̃ instead.
/// </summary>
/// <remarks>
/// Lecture (Lepetit, "Parameter Norm Penalties"): "Ω() is usually applied only on the weights (not the biases)", L2 norm
/// Ω(θ) = ‖w‖². So ∇J̃ = ∇J + 2α w on the weight entries of a <see cref="BatchMlp"/>'s θ and ∇J on its biases. With a
/// plain gradient step this is weight decay; with Adam the penalty's gradient is rescaled like any other (unlike AdamW's
/// decoupled decay). The inner optimizer must not use a look-ahead point.
/// </remarks>
public sealed class L2Penalty : Optimizer
{
    private readonly Optimizer _inner;
    private readonly bool[] _penalised;
    private double[] _penalisedGradient = [];

    /// <summary>Penalises the weights (not the biases) of <paramref name="network"/> with strength <paramref name="alpha"/> ≥ 0 inside <paramref name="inner"/>.</summary>
    public L2Penalty(Optimizer inner, BatchMlp network, double alpha)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        ArgumentNullException.ThrowIfNull(network);
        if (inner.HasLookAhead) throw new ArgumentException($"{nameof(inner)} must not use a look-ahead point, but {inner.Name} does.", nameof(inner));
        if (!(alpha >= 0) || double.IsInfinity(alpha)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, $"{nameof(alpha)} must be finite and at least 0, but was {alpha}.");
        Alpha = alpha;
        _penalised = WeightEntries(network);
    }

    /// <summary>α, the penalty's strength.</summary>
    public double Alpha { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"{_inner.Name} + L2 α={Alpha:G3}");

    /// <summary>True for the entries of θ that are weights of <paramref name="network"/> (W_l), false for its biases.</summary>
    public static bool[] WeightEntries(BatchMlp network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var isWeight = new bool[network.ParameterCount];
        var sizes = network.LayerSizes;
        for (int l = 1; l < sizes.Count; l++)
            for (int i = 0; i < sizes[l]; i++)
                for (int j = 0; j < sizes[l - 1]; j++) isWeight[network.Architecture.WeightIndex(l, i, j)] = true;
        return isWeight;
    }

    /// <inheritdoc/>
    protected override void Allocate(int dimension)
    {
        if (dimension != _penalised.Length)
            throw new ArgumentException($"The penalty is set up for {_penalised.Length} parameters, but the run has {dimension}.", nameof(dimension));
        _penalisedGradient = new double[dimension];
        _inner.Reset(dimension);
    }

    /// <inheritdoc/>
    protected override void OnReset() => _inner.Reset();

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        for (int p = 0; p < gradient.Length; p++) _penalisedGradient[p] = gradient[p] + (_penalised[p] ? 2 * Alpha * parameters[p] : 0);
        string? refused = _inner.TryStep(parameters, _penalisedGradient);
        if (refused is not null) throw new OverflowException(refused);   // the trainer reports it as a failed step
    }
}
