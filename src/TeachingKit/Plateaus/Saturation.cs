using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Plateaus;

/// <summary>A network's gradient at one scale of its initial weights.</summary>
/// <param name="Scale">The factor applied to the Xavier weights.</param>
/// <param name="Loss">The mean squared error there.</param>
/// <param name="GradientNorm">‖∇L‖ there.</param>
/// <param name="MeanSlope">The hidden units' mean σ′(z) = a(1 − a) over units and samples (¼ at z = 0).</param>
public sealed record ScalePoint(double Scale, double Loss, double GradientNorm, double MeanSlope);

/// <summary>
/// The lecture's second plateau: logistic units trained with the squared error saturate. The slope of
/// (σ(z) − y)² in the pre-activation z is 2(σ(z) − y)σ′(z), and σ′(z) = σ(1 − σ) ≈ e^(−|z|) for large |z|, so a
/// unit that is confidently wrong (z ≫ 0 with y = 0) has almost no gradient although its error is almost 1.
/// </summary>
/// <remarks>
/// Lecture (Gerstner, "Ravines and plateaux": "logistic activation with least squares: saturation"). With the
/// cross-entropy −y ln σ − (1 − y) ln(1 − σ) the σ′ cancels: its slope in z is σ(z) − y, large exactly when the unit is
/// wrong (Goodfellow et al. §6.2.2.2). The network measurement scales the Xavier weights of a logistic network by a
/// factor s: larger weights, larger |z|, saturated units and a vanishing gradient.
/// </remarks>
public static class Saturation
{
    /// <summary>∂/∂z (σ(z) − y)² = 2(σ(z) − y)σ′(z).</summary>
    public static double SquaredErrorSlope(double preActivation, double target) =>
        2 * (Activation.Sigmoid.Apply(preActivation) - target) * Activation.Sigmoid.Derivative(new Real(preActivation)).Value;

    /// <summary>∂/∂z of the cross-entropy −y ln σ(z) − (1 − y) ln(1 − σ(z)), which is σ(z) − y.</summary>
    public static double CrossEntropySlope(double preActivation, double target) =>
        Activation.Sigmoid.Apply(preActivation) - target;

    /// <summary>
    /// For each scale s, a d-<paramref name="hidden"/>-1 network of logistic units with a logistic output and the squared
    /// error, started at s times its Xavier weights (seed): the loss, the gradient norm and the hidden units' mean slope.
    /// </summary>
    public static ScalePoint[] GradientAgainstScale(Dataset data, int hidden, IReadOnlyList<double> scales, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.AtLeast(hidden, 1, nameof(hidden));
        Require.NotEmpty(scales, nameof(scales));
        var network = new BatchMlp([data.InputDimension, hidden, data.OutputDimension], Activation.Sigmoid, LossFunction.SquaredError, Activation.Sigmoid);
        var xavier = network.InitialParameters(Initialization.Xavier, seed);
        var gradient = new double[network.ParameterCount];
        return scales.Select(scale =>
        {
            Require.Positive(scale, nameof(scales));
            var theta = xavier.Select(w => w * scale).ToArray();
            double loss = network.LossAndGradient(theta, data, gradient);
            double slope = network.LayerOutputs(theta, data, 1).Average(a => a.Average(v => Activation.Sigmoid.DerivativeFromOutput(v)));
            return new ScalePoint(scale, loss, Math.Sqrt(gradient.Sum(g => g * g)), slope);
        }).ToArray();
    }
}
