
namespace TeachingKit.Optimization;

/// <summary>The two ways Nesterov's momentum is written; they evaluate the gradient at the same points.</summary>
public enum NesterovForm
{
    /// <summary>
    /// The lecture's form (Sutskever et al. 2013): the gradient is taken at the interim point
    /// w + αΔw; then Δw ← αΔw − γ∇E(w + αΔw) and w ← w + Δw. The parameters are w.
    /// </summary>
    LookAhead,
    /// <summary>
    /// The reformulation of common frameworks (PyTorch's SGD with nesterov=True, Bengio et al. 2013):
    /// b ← αb + g; p ← p − γ(g + αb), with g taken at the parameters p themselves. Here p is the
    /// look-ahead point w + αΔw of the lecture's form and b = −Δw/γ.
    /// </summary>
    Framework,
}

/// <summary>Nesterov's accelerated gradient as a momentum method: one gradient per step, like plain momentum.</summary>
/// <remarks>
/// With p = w + αΔw and b = −Δw/γ the two forms are the same recurrence: from the look-ahead form,
/// p(m+1) = w(m+1) + αΔw(m+1) = p(m) − αΔw(m) + (1+α)Δw(m+1) = p(m) + α²Δw(m) − (1+α)γ g,
/// which is the framework's p − γ(g + α(αb + g)). So the framework's parameters are the
/// lecture's look-ahead points, step by step, and both tend to the same minimiser.
/// </remarks>
public sealed class NesterovMomentum : MomentumMethod
{
    /// <summary>Nesterov momentum with step size <paramref name="learningRate"/> γ &gt; 0 and <paramref name="momentum"/> α ∈ [0, 1).</summary>
    public NesterovMomentum(double learningRate, double momentum, NesterovForm form = NesterovForm.LookAhead)
        : base("Nesterov", learningRate, momentum) => Form = CheckForm(form);

    /// <summary>Which form is computed.</summary>
    public NesterovForm Form { get; }

    /// <inheritdoc/>
    public override string StateName => Form == NesterovForm.LookAhead ? "velocity" : "accumulatedGradient";

    /// <inheritdoc/>
    public override bool HasLookAhead => Form == NesterovForm.LookAhead;

    /// <inheritdoc/>
    protected override void ComputeLookAhead(ReadOnlySpan<double> parameters, Span<double> point) =>
        VectorKernels.Combine(parameters, Momentum, State, point);

    /// <inheritdoc/>
    protected override (double A, double B, double C, double D) Coefficients => Form == NesterovForm.LookAhead
        ? (Momentum, -LearningRate, 1.0, 0.0)                              // Δw ← αΔw − γ∇E(w + αΔw); w ← w + Δw
        : (Momentum, 1.0, -LearningRate * Momentum, -LearningRate);  // b ← αb + g; p ← p − γ(g + αb)
}
