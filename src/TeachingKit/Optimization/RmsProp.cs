using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// RMSprop (Hinton, Coursera lecture 6e; Goodfellow et al. Alg. 8.5): the gradient divided by a
/// running root-mean-square of the recent gradients — AdaGrad that forgets. Optional momentum,
/// optional centering, and Nesterov momentum as in Alg. 8.6.
/// </summary>
/// <remarks>
/// <para>Lecture (Alg. 8.5), in the kit's names (ε → <c>learningRate</c>, ρ → <c>beta2</c>, as Adam's ρ₂,
/// δ → <c>epsilon</c>): r ← ρr + (1 − ρ)g⊙g, Δθ = −learningRate · g/√(δ + r). The average spans
/// about 1/(1 − ρ) steps, so unlike AdaGrad's sum the step size recovers when gradients shrink.</para>
/// <para>Momentum α (Alg. 8.6): v ← αv − learningRate·g/√(δ + r), θ ← θ + v. With <c>nesterov</c> the gradient
/// is taken at the interim point θ + αv, which the driver asks for through <see cref="Optimizer.LookAhead"/>.
/// Alg. 8.6 prints √r without δ; the kit keeps δ (as Alg. 8.5 does) so that a zero gradient cannot give 0/0.</para>
/// <para>Centered (Graves 2013): also keep the running mean s of g and divide by √(r − s² + δ), an estimate of the
/// gradient's standard deviation instead of its root mean square. r − s² ≥ 0 in exact arithmetic; it is clamped at
/// 0 against rounding.</para>
/// <para>Diagnostic after each step: <see cref="AdaptiveVectors.EffectiveLearningRate"/> = learningRate/√(δ + r),
/// the factor on g. How PyTorch and Keras 3 write RMSprop and its momentum, and their defaults:
/// docs/conventions.md, "RMSprop".</para>
/// </remarks>
public sealed class RmsProp : Optimizer, ISwitchedStep
{
    private double[] _r = [], _s = [], _v = [], _eta = [];

    /// <summary>RMSprop; the defaults are the lecture's (ρ = 0.9, δ = 10⁻⁶ inside the square root, no momentum).</summary>
    /// <param name="learningRate">Step size (ε in the book), positive.</param>
    /// <param name="beta2">ρ, the decay of the running average of g² (the second moment, called β₂ as in <see cref="Adam"/>), in [0, 1).</param>
    /// <param name="epsilon">δ, positive.</param>
    /// <param name="epsilonPlacement">Where δ goes.</param>
    /// <param name="momentum">α ∈ [0, 1); 0 for plain RMSprop.</param>
    /// <param name="centered">Divide by the running standard deviation instead of the root mean square.</param>
    /// <param name="nesterov">Take the gradient at θ + αv (Alg. 8.6); needs <paramref name="momentum"/> &gt; 0.</param>
    public RmsProp(double learningRate, double beta2 = 0.9, double epsilon = 1e-6,
        EpsilonPlacement epsilonPlacement = EpsilonPlacement.InsideSquareRoot,
        double momentum = 0, bool centered = false, bool nesterov = false)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        Beta2 = Require.InHalfOpenRange(beta2, 0, 1, nameof(beta2));
        Epsilon = Require.Positive(epsilon, nameof(epsilon));
        EpsilonPlacement = Denominator.Check(epsilonPlacement, nameof(epsilonPlacement));
        Momentum = Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum));
        if (nesterov && momentum == 0)
            throw new ArgumentException("nesterov needs a positive momentum (Alg. 8.6 looks ahead along αv).", nameof(nesterov));
        Centered = centered;
        Nesterov = nesterov;
    }

    /// <summary>The step size.</summary>
    public double LearningRate { get; }

    /// <summary>ρ (β₂): the decay of the running average of g².</summary>
    public double Beta2 { get; }

    /// <summary>δ.</summary>
    public double Epsilon { get; }

    /// <summary>Where δ goes.</summary>
    public EpsilonPlacement EpsilonPlacement { get; }

    /// <summary>α (the constructor's <c>momentum</c>); 0 without momentum.</summary>
    public double Momentum { get; }

    /// <summary>True for the centered variant.</summary>
    public bool Centered { get; }

    /// <summary>True for Nesterov momentum (Alg. 8.6).</summary>
    public bool Nesterov { get; }

    /// <inheritdoc/>
    public override bool HasLookAhead => Nesterov;

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"RMSprop{(Centered ? " centered" : "")} lr={LearningRate:G4} β₂={Beta2:G4}{(Momentum > 0 ? (Nesterov ? " Nesterov" : " momentum") + $" α={Momentum:G4}" : "")}");

    /// <inheritdoc/>
    protected override double LargestAdmissibleGradient => Lanes.LargestSquarableGradient;

    /// <inheritdoc/>
    protected override void Allocate(int dimension)
    {
        _r = AddVector(AdaptiveVectors.SecondMoment);
        if (Centered) _s = AddVector(AdaptiveVectors.FirstMoment);
        if (Momentum > 0) _v = AddVector(AdaptiveVectors.Velocity);
        _eta = AddVector(AdaptiveVectors.EffectiveLearningRate, OptimizerVectorKind.Diagnostic);
    }

    /// <inheritdoc/>
    protected override void OnReset() => Array.Clear(_eta);

    /// <inheritdoc/>
    protected override void ComputeLookAhead(ReadOnlySpan<double> parameters, Span<double> point) =>
        VectorKernels.Combine(parameters, Momentum, _v, point);

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient) =>
        ISwitchedStep.Dispatch(this, Centered, Momentum > 0, parameters, gradient);

    void ISwitchedStep.Step<TCentered, TMomentum>(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        var rule = new RmsPropRule<TCentered, TMomentum>(LearningRate, Beta2, Denominator.For(EpsilonPlacement, Epsilon, 1), Momentum);
        VectorKernels.Fused(parameters, gradient, ref rule, _r, _s, _v, _eta);
    }
}
