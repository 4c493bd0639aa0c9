using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>Gradient descent: Δw = −γ ∇E(w) (lecture: "Δw(1) = −γ ∇E(w(1))").</summary>
/// <remarks>No state. On the quadratic ½ Σ λᵢ wᵢ² each coordinate is multiplied by 1 − γλᵢ per
/// step, so it diverges as soon as γλᵢ &gt; 2 (see <see cref="QuadraticTheory"/>).</remarks>
public sealed class GradientDescent : Optimizer
{
    /// <summary>Gradient descent with step size <paramref name="learningRate"/> γ &gt; 0.</summary>
    public GradientDescent(double learningRate)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
    }

    /// <summary>The step size γ.</summary>
    public double LearningRate { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"gradient descent lr={LearningRate:G4}");

    /// <inheritdoc/>
    protected override void Allocate(int dimension)
    {
    }

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        var rule = new GradientDescentRule(LearningRate);
        VectorKernels.Fused(parameters, gradient, ref rule);
    }
}
