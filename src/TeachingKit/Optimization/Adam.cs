using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// Adam (Kingma &amp; Ba 2015; Goodfellow et al. Alg. 8.7), with switches for the bias correction and
/// for where δ goes, and the two documented extras AMSGrad (<see cref="AmsGrad"/>) and AdamW (<see cref="AdamW"/>).
/// </summary>
/// <remarks>
/// <para>The lecture's slide (titled Alg. 8.7), in the kit's names (ε → <c>learningRate</c>, ρ₁ → <c>beta1</c>,
/// ρ₂ → <c>beta2</c>, δ → <c>epsilon</c>): s ← β₁s + (1 − β₁)g, r ← β₂r + (1 − β₂)g⊙g,
/// ŝ = s/(1 − β₁ᵗ), r̂ = r/(1 − β₂ᵗ), Δθ = −learningRate · ŝ/√(r̂ + δ). δ inside the root is the kit's default;
/// <see cref="EpsilonPlacement"/> gives the book's, Kingma &amp; Ba's and the frameworks' placements.</para>
/// <para>Bias correction: s and r start at 0, so after t steps on a constant gradient g they are
/// g(1 − β₁ᵗ) and g²(1 − β₂ᵗ); dividing by 1 − βᵗ makes them g and g² at every t. The argument needs
/// the gradient to stay roughly constant over about 1/(1 − β₂) = 1000 steps. Switched off, the first
/// step is (1 − β₁)/√(1 − β₂) ≈ 3.16 times the corrected one for the defaults (<see cref="AdamTheory"/>).</para>
/// <para>AMSGrad divides by the running maximum of the raw r, bias-corrected after the maximum, so the raw
/// denominator never shrinks when the gradients do (the effective learning rate can still grow while 1 − β₂ᵗ does,
/// early in a run). AdamW decays the weights apart from the gradient: θ ← θ(1 − learningRate·λ) before the Adam step.</para>
/// <para>Diagnostics after each step (off with <c>diagnostics: false</c>, for speed):
/// <see cref="AdaptiveVectors.CorrectedFirstMoment"/>, <see cref="AdaptiveVectors.CorrectedSecondMoment"/> and
/// <see cref="AdaptiveVectors.EffectiveLearningRate"/> = learningRate/denominator, so that Δθ = −η⊙ŝ. The step is one
/// fused pass over θ, g, s and r (<see cref="AdamRule{TMaximum, TDiagnostics}"/>).</para>
/// <para>How the book, Kingma &amp; Ba, PyTorch, Keras 3 and Optax write Adam, AMSGrad and AdamW, and their defaults:
/// docs/conventions.md, "Adam".</para>
/// </remarks>
public sealed class Adam : Optimizer, ISwitchedStep
{
    private double[] _s = [], _r = [], _max = [], _sHat = [], _rHat = [], _eta = [];

    /// <summary>Adam with the lecture's defaults: learningRate 0.001, β₁ 0.9, β₂ 0.999, δ 1e−8 inside the square root (as on the slide).</summary>
    /// <param name="learningRate">Step size (ε in the book), positive.</param>
    /// <param name="beta1">Decay of the first moment (ρ₁), in [0, 1).</param>
    /// <param name="beta2">Decay of the second moment (ρ₂), in [0, 1).</param>
    /// <param name="epsilon">δ, positive.</param>
    /// <param name="biasCorrection">Divide the moments by 1 − βᵗ (Kingma &amp; Ba); false gives the raw moments.</param>
    /// <param name="epsilonPlacement">Where δ goes.</param>
    /// <param name="amsGrad">Use the running maximum of r (AMSGrad).</param>
    /// <param name="weightDecay">Decoupled weight decay λ ∈ [0, 1/learningRate) (AdamW), so that the factor 1 − learningRate·λ stays positive; 0 for Adam.</param>
    /// <param name="diagnostics">Fill the diagnostic vectors at each step.</param>
    public Adam(
        double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8,
        bool biasCorrection = true, EpsilonPlacement epsilonPlacement = EpsilonPlacement.InsideSquareRoot,
        bool amsGrad = false, double weightDecay = 0, bool diagnostics = true)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        Beta1 = Require.InHalfOpenRange(beta1, 0, 1, nameof(beta1));
        Beta2 = Require.InHalfOpenRange(beta2, 0, 1, nameof(beta2));
        Epsilon = Require.Positive(epsilon, nameof(epsilon));
        EpsilonPlacement = Denominator.Check(epsilonPlacement, nameof(epsilonPlacement));
        WeightDecay = Require.InHalfOpenRange(weightDecay, 0, 1 / learningRate, nameof(weightDecay));
        BiasCorrection = biasCorrection;
        UsesMaximum = amsGrad;
        Diagnostics = diagnostics;
    }

    /// <summary>AMSGrad: Adam dividing by the running maximum of the second moment (Reddi et al. 2018), δ after the square root as in PyTorch.</summary>
    public static Adam AmsGrad(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8,
        EpsilonPlacement epsilonPlacement = EpsilonPlacement.AfterSquareRoot) =>
        new(learningRate, beta1, beta2, epsilon, epsilonPlacement: epsilonPlacement, amsGrad: true);

    /// <summary>AdamW: Adam with decoupled weight decay λ (Loshchilov &amp; Hutter 2019), PyTorch's defaults (λ = 0.01, δ after the square root).</summary>
    public static Adam AdamW(double learningRate = 0.001, double weightDecay = 0.01, double beta1 = 0.9, double beta2 = 0.999,
        double epsilon = 1e-8, EpsilonPlacement epsilonPlacement = EpsilonPlacement.AfterSquareRoot) =>
        new(learningRate, beta1, beta2, epsilon, epsilonPlacement: epsilonPlacement, weightDecay: weightDecay);

    /// <summary>The step size (ε in the book).</summary>
    public double LearningRate { get; }

    /// <summary>β₁ (ρ₁): decay of the first moment.</summary>
    public double Beta1 { get; }

    /// <summary>β₂ (ρ₂): decay of the second moment.</summary>
    public double Beta2 { get; }

    /// <summary>δ.</summary>
    public double Epsilon { get; }

    /// <summary>Where δ goes.</summary>
    public EpsilonPlacement EpsilonPlacement { get; }

    /// <summary>True when the moments are divided by 1 − βᵗ.</summary>
    public bool BiasCorrection { get; }

    /// <summary>True for AMSGrad.</summary>
    public bool UsesMaximum { get; }

    /// <summary>The decoupled weight decay λ (AdamW), 0 for Adam.</summary>
    public double WeightDecay { get; }

    /// <summary>True when the diagnostic vectors are filled at each step.</summary>
    public bool Diagnostics { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"{(UsesMaximum ? "AMSGrad" : WeightDecay > 0 ? "AdamW" : "Adam")} lr={LearningRate:G4}{(BiasCorrection ? "" : " uncorrected")}{(WeightDecay > 0 ? $" λ={WeightDecay:G4}" : "")}");

    /// <inheritdoc/>
    protected override double LargestAdmissibleGradient => Lanes.LargestSquarableGradient;

    /// <inheritdoc/>
    protected override void Allocate(int dimension)
    {
        _s = AddVector(AdaptiveVectors.FirstMoment);
        _r = AddVector(AdaptiveVectors.SecondMoment);
        if (UsesMaximum) _max = AddVector(AdaptiveVectors.MaxSecondMoment);
        if (!Diagnostics) return;
        _sHat = AddVector(AdaptiveVectors.CorrectedFirstMoment, OptimizerVectorKind.Diagnostic);
        _rHat = AddVector(AdaptiveVectors.CorrectedSecondMoment, OptimizerVectorKind.Diagnostic);
        _eta = AddVector(AdaptiveVectors.EffectiveLearningRate, OptimizerVectorKind.Diagnostic);
    }

    /// <inheritdoc/>
    protected override void OnReset()
    {
        Array.Clear(_sHat);
        Array.Clear(_rHat);
        Array.Clear(_eta);
    }

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient) =>
        ISwitchedStep.Dispatch(this, UsesMaximum, Diagnostics, parameters, gradient);

    void ISwitchedStep.Step<TMaximum, TDiagnostics>(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        double c1 = BiasCorrection ? ExponentialMovingAverage.BiasCorrectionDivisor(Beta1, StepCount) : 1;
        double c2 = BiasCorrection ? ExponentialMovingAverage.BiasCorrectionDivisor(Beta2, StepCount) : 1;
        var rule = new AdamRule<TMaximum, TDiagnostics>(Beta1, Beta2, Denominator.For(EpsilonPlacement, Epsilon, c2),
            LearningRate, c1, 1 - LearningRate * WeightDecay);
        VectorKernels.Fused(parameters, gradient, ref rule, _s, _r, _max, _sHat, _rHat, _eta);
    }
}
