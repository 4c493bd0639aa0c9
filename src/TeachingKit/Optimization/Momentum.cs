using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>The two ways the lectures write the momentum update; they produce the same iterates.</summary>
public enum MomentumForm
{
    /// <summary>First lecture: Δw(m) = −γ ∇E(w(m)) + α Δw(m−1); w ← w + Δw. State "velocity" = Δw.</summary>
    Step,
    /// <summary>Second lecture: g′ ← α g′ + g; Δθ = −λ g′. State "accumulatedGradient" = g′ (so Δw = −γ g′).</summary>
    AccumulatedGradient,
}

/// <summary>Heavy-ball momentum (Polyak 1964): the previous step is kept with weight α.</summary>
/// <remarks>
/// <para>In the form <see cref="MomentumForm.Step"/>, Δw(m) = −γ∇E + αΔw(m−1). In the form
/// <see cref="MomentumForm.AccumulatedGradient"/>, g′ ← αg′ + g and Δθ = −γg′. By induction
/// Δw(m) = −γ g′(m) for all m, so the two forms give the same iterates (up to rounding).</para>
/// <para>On a constant slope the step tends to −γ∇E/(1−α): α = 0.9 gives a speed-up of 10.</para>
/// </remarks>
public sealed class Momentum : Optimizer
{
    private double[] _state = [];

    /// <summary>Momentum with step size <paramref name="learningRate"/> γ &gt; 0 and <paramref name="momentum"/> α ∈ [0, 1).</summary>
    public Momentum(double learningRate, double momentum, MomentumForm form = MomentumForm.Step)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        MomentumFactor = Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum));
        if (!Enum.IsDefined(form)) throw new ArgumentOutOfRangeException(nameof(form), form, $"{nameof(form)} must be a defined {nameof(MomentumForm)}.");
        Form = form;
    }

    /// <summary>The step size γ.</summary>
    public double LearningRate { get; }

    /// <summary>The momentum α: the weight of the previous step.</summary>
    public double MomentumFactor { get; }

    /// <summary>Which of the lecture's two forms is computed.</summary>
    public MomentumForm Form { get; }

    /// <summary>The name of the state vector: "velocity" (Δw) or "accumulatedGradient" (g′).</summary>
    public string StateName => Form == MomentumForm.Step ? "velocity" : "accumulatedGradient";

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"momentum γ={LearningRate:G4} α={MomentumFactor:G4}");

    /// <inheritdoc/>
    protected override void Allocate(int dimension) => _state = AddVector(StateName);

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        if (Form == MomentumForm.Step)
            // Δw ← αΔw − γg, then w ← w + Δw (first lecture's form).
            VectorKernels.VelocityUpdate(parameters, _state, gradient, MomentumFactor, -LearningRate, 1.0, 0.0);
        else
            // g′ ← αg′ + g, then θ ← θ − λg′ (second lecture's form).
            VectorKernels.VelocityUpdate(parameters, _state, gradient, MomentumFactor, 1.0, -LearningRate, 0.0);
    }
}
