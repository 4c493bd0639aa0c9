
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
/// <para>PyTorch's SGD uses the accumulated-gradient form and Keras 3's the step (velocity) form; where they part
/// (a learning rate that changes during training): docs/conventions.md, "Heavy-ball momentum".</para>
/// </remarks>
public sealed class Momentum : MomentumMethod
{
    /// <summary>Momentum with step size <paramref name="learningRate"/> γ &gt; 0 and <paramref name="momentum"/> α ∈ [0, 1).</summary>
    public Momentum(double learningRate, double momentum, MomentumForm form = MomentumForm.Step)
        : base("momentum", learningRate, momentum) => Form = CheckForm(form);

    /// <summary>Which of the lecture's two forms is computed.</summary>
    public MomentumForm Form { get; }

    /// <inheritdoc/>
    public override string StateName => Form == MomentumForm.Step ? "velocity" : "accumulatedGradient";

    /// <inheritdoc/>
    protected override (double A, double B, double C, double D) Coefficients => Form == MomentumForm.Step
        ? (Momentum, -LearningRate, 1.0, 0.0)   // Δw ← αΔw − γg; w ← w + Δw (first lecture)
        : (Momentum, 1.0, -LearningRate, 0.0);  // g′ ← αg′ + g; θ ← θ − λg′ (second lecture)
}
