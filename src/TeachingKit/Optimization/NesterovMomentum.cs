using System.Globalization;
using TeachingKit.Validation;

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
public sealed class NesterovMomentum : Optimizer
{
    private double[] _state = [];

    /// <summary>Nesterov momentum with step size <paramref name="learningRate"/> γ &gt; 0 and <paramref name="momentum"/> α ∈ [0, 1).</summary>
    public NesterovMomentum(double learningRate, double momentum, NesterovForm form = NesterovForm.LookAhead)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        MomentumFactor = Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum));
        if (!Enum.IsDefined(form)) throw new ArgumentOutOfRangeException(nameof(form), form, $"{nameof(form)} must be a defined {nameof(NesterovForm)}.");
        Form = form;
    }

    /// <summary>The step size γ.</summary>
    public double LearningRate { get; }

    /// <summary>The momentum α.</summary>
    public double MomentumFactor { get; }

    /// <summary>Which form is computed.</summary>
    public NesterovForm Form { get; }

    /// <summary>The name of the state vector: "velocity" (Δw) or "accumulatedGradient" (b).</summary>
    public string StateName => Form == NesterovForm.LookAhead ? "velocity" : "accumulatedGradient";

    /// <inheritdoc/>
    public override bool HasLookAhead => Form == NesterovForm.LookAhead;

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"Nesterov γ={LearningRate:G4} α={MomentumFactor:G4}");

    /// <inheritdoc/>
    protected override void Allocate(int dimension) => _state = AddVector(StateName);

    /// <inheritdoc/>
    protected override void ComputeLookAhead(ReadOnlySpan<double> parameters, Span<double> point) =>
        VectorKernels.Combine(parameters, MomentumFactor, _state, point);

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        if (Form == NesterovForm.LookAhead)
            // Δw ← αΔw − γ∇E(w + αΔw), w ← w + Δw: the gradient came from the look-ahead point.
            VectorKernels.VelocityUpdate(parameters, _state, gradient, MomentumFactor, -LearningRate, 1.0, 0.0);
        else
            // b ← αb + g, p ← p − γ(g + αb) (torch.optim.SGD, nesterov=True).
            VectorKernels.VelocityUpdate(parameters, _state, gradient, MomentumFactor, 1.0, -LearningRate * MomentumFactor, -LearningRate);
    }
}
