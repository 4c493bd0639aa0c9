using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// Adadelta (Zeiler 2012, Alg. 1): RMSprop whose learning rate is replaced by the running RMS of the
/// previous updates, so that the step has the units of the parameters and needs no learning rate.
/// </summary>
/// <remarks>
/// <para>Zeiler's update, in the kit's names (ρ → <c>beta2</c>): r ← ρr + (1 − ρ)g⊙g;
/// Δx = −√(u + δ)/√(r + δ) ⊙ g; u ← ρu + (1 − ρ)Δx⊙Δx; θ ← θ + learningRate·Δx: u averages the update before the
/// learning rate scales it, as in PyTorch and Keras 3. The defaults are Zeiler's
/// (no learning rate, i.e. 1; ρ = 0.95; δ = 10⁻⁶); PyTorch's and Keras 3's: docs/conventions.md, "Adadelta".</para>
/// <para>The first steps are tiny (√δ/√r scaled): u starts at 0, so Adadelta needs many steps to
/// reach speed — visible in the race. Diagnostic after each step:
/// <see cref="AdaptiveVectors.EffectiveLearningRate"/> = learningRate·√(u + δ)/√(r + δ), the factor on g.</para>
/// </remarks>
public sealed class AdaDelta : Optimizer
{
    private double[] _r = [], _u = [], _eta = [];

    /// <summary>Adadelta with Zeiler's defaults (learningRate 1, ρ = 0.95, δ = 10⁻⁶).</summary>
    /// <param name="learningRate">Scale of the update, positive (1 in Zeiler's paper).</param>
    /// <param name="beta2">ρ ∈ [0, 1), the decay of both running averages of squares (g² and Δx²) — a second-moment decay, β₂ as in <see cref="Adam"/>.</param>
    /// <param name="epsilon">δ, positive.</param>
    public AdaDelta(double learningRate = 1, double beta2 = 0.95, double epsilon = 1e-6)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        Beta2 = Require.InHalfOpenRange(beta2, 0, 1, nameof(beta2));
        Epsilon = Require.Positive(epsilon, nameof(epsilon));
    }

    /// <summary>The scale of the update.</summary>
    public double LearningRate { get; }

    /// <summary>ρ (β₂): the decay of both running averages of squares.</summary>
    public double Beta2 { get; }

    /// <summary>δ.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"Adadelta β₂={Beta2:G4}{(LearningRate == 1 ? "" : $" lr={LearningRate:G4}")}");

    /// <inheritdoc/>
    protected override double LargestAdmissibleGradient => Lanes.LargestSquarableGradient;

    /// <inheritdoc/>
    protected override void Allocate(int dimension)
    {
        _r = AddVector(AdaptiveVectors.SecondMoment);
        _u = AddVector(AdaptiveVectors.UpdateSecondMoment);
        _eta = AddVector(AdaptiveVectors.EffectiveLearningRate, OptimizerVectorKind.Diagnostic);
    }

    /// <inheritdoc/>
    protected override void OnReset() => Array.Clear(_eta);

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        var rule = new AdaDeltaRule(LearningRate, Beta2, Epsilon);
        VectorKernels.Fused(parameters, gradient, ref rule, _r, _u, _eta);
        Lanes.ThrowIfOverflowed(rule.Probe, this, AdaptiveVectors.SecondMoment);
    }
}
