using System.Globalization;
using System.Numerics;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// AdaGrad (Duchi, Hazan &amp; Singer 2011; Goodfellow et al. Alg. 8.4): each parameter's step is the
/// learning rate divided by the root of the sum of all its squared gradients so far.
/// </summary>
/// <remarks>
/// <para>Lecture, in the kit's names (λ → <c>learningRate</c>, ε → <c>epsilon</c>): r ← r + g⊙g,
/// Δθ = −learningRate · g/(δ + √r). Directions with large gradients get small steps, and because r
/// only grows, every step size shrinks like 1/√t on a constant gradient — AdaGrad's ever-shrinking
/// steps, which stall it long before a minimum on non-convex problems.</para>
/// <para><c>initialAccumulator</c> starts r at that value instead of 0. Diagnostic after each step:
/// <see cref="AdaptiveVectors.EffectiveLearningRate"/> = learningRate/(δ + √r). Where the book, PyTorch and
/// Keras 3 put δ, and their defaults: docs/conventions.md, "AdaGrad".</para>
/// </remarks>
public sealed class AdaGrad : Optimizer
{
    private double[] _r = [], _eta = [];
    private double _largestSum;

    /// <summary>AdaGrad with the book's δ = 10⁻⁷ after the square root.</summary>
    /// <param name="learningRate">Global step size, positive.</param>
    /// <param name="epsilon">δ, positive.</param>
    /// <param name="epsilonPlacement">Where δ goes.</param>
    /// <param name="initialAccumulator">The starting value of r (≥ 0; Keras uses 0.1).</param>
    public AdaGrad(double learningRate, double epsilon = 1e-7,
        EpsilonPlacement epsilonPlacement = EpsilonPlacement.AfterSquareRoot, double initialAccumulator = 0)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        Epsilon = Require.Positive(epsilon, nameof(epsilon));
        EpsilonPlacement = Denominator.Check(epsilonPlacement, nameof(epsilonPlacement));
        Require.Finite(initialAccumulator, nameof(initialAccumulator));
        if (initialAccumulator < 0)
            throw new ArgumentOutOfRangeException(nameof(initialAccumulator), initialAccumulator, $"{nameof(initialAccumulator)} must be non-negative, but was {initialAccumulator}.");
        InitialAccumulator = initialAccumulator;
    }

    /// <summary>The global step size.</summary>
    public double LearningRate { get; }

    /// <summary>δ.</summary>
    public double Epsilon { get; }

    /// <summary>Where δ goes.</summary>
    public EpsilonPlacement EpsilonPlacement { get; }

    /// <summary>The value r starts from.</summary>
    public double InitialAccumulator { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"AdaGrad lr={LearningRate:G4}");

    /// <summary>
    /// |gᵢ| ≤ √(10³⁰⁸ − max r), so that r + g² stays finite: AdaGrad's sum only grows, so the limit
    /// shrinks with the largest accumulated sum, tracked in the step loop at no extra pass.
    /// </summary>
    protected override double LargestAdmissibleGradient =>
        Math.Sqrt(Math.Max(0, Lanes.LargestSquarableGradient * Lanes.LargestSquarableGradient - _largestSum));

    /// <inheritdoc/>
    protected override void Allocate(int dimension)
    {
        _r = AddVector(AdaptiveVectors.SumOfSquares);
        _eta = AddVector(AdaptiveVectors.EffectiveLearningRate, OptimizerVectorKind.Diagnostic);
    }

    /// <inheritdoc/>
    protected override void OnReset()
    {
        Array.Fill(_r, InitialAccumulator);
        _largestSum = InitialAccumulator;
        Array.Clear(_eta);
    }

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        var rule = new AdaGradRule(LearningRate, Denominator.For(EpsilonPlacement, Epsilon, 1), _largestSum);
        VectorKernels.Fused(parameters, gradient, ref rule, _r, _eta);
        for (int lane = 0; lane < Vector<double>.Count; lane++) _largestSum = Math.Max(_largestSum, rule.Largest[lane]);
    }
}
