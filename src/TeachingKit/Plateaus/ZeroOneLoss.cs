using TeachingKit.Networks;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.Plateaus;

/// <summary>
/// The lecture's first plateau: a classifier with a hard threshold, ŷ = sign(w₁x₁ + w₂x₂ + b), scored by the 0-1 loss
/// (the fraction misclassified). The loss is a step function of the weights: flat everywhere except on the lines
/// w·xₛ + b = 0, one per sample, so its gradient is 0 almost everywhere and gradient descent cannot start.
/// </summary>
/// <remarks>
/// Lecture (Gerstner, "Ravines and plateaux": "0-1 loss, hard thresholds: zero gradient"). The smooth alternative is
/// the logistic loss mean ln(1 + e^(−y z)) = mean softplus(−y z) with z = w·x + b (labels y = ±1), which has a
/// gradient everywhere. Points with w·x + b = 0 exactly count as misclassified.
/// </remarks>
public static class ZeroOneLoss
{
    /// <summary>Two Gaussian clouds of <paramref name="count"/> points in the plane (unit spread), centred at ±(<paramref name="separation"/>/2)(1, 1), labelled −1 and +1.</summary>
    public static Dataset TwoClouds(int count = 40, double separation = 2, int seed = 0)
    {
        Require.AtLeast(count, 2, nameof(count));
        Require.Positive(separation, nameof(separation));
        var sampler = new GaussianSampler(seed);
        var inputs = new double[count][];
        var targets = new double[count][];
        for (int s = 0; s < count; s++)
        {
            double label = s % 2 == 0 ? -1 : 1, centre = label * separation / 2;
            inputs[s] = [centre + sampler.Next(), centre + sampler.Next()];
            targets[s] = [label];
        }
        return new Dataset(inputs, targets);
    }

    /// <summary>The fraction of samples whose label differs from sign(w₁x₁ + w₂x₂ + b).</summary>
    public static double Value(Dataset data, double w1, double w2, double bias)
    {
        CheckPlanar(data);
        int wrong = 0;
        for (int s = 0; s < data.Count; s++)
            if (Score(data.Inputs[s], w1, w2, bias) * data.Targets[s][0] <= 0) wrong++;
        return (double)wrong / data.Count;
    }

    /// <summary>The logistic loss mean softplus(−y(w·x + b)): the smooth surrogate of the 0-1 loss.</summary>
    public static double LogisticLoss(Dataset data, double w1, double w2, double bias)
    {
        CheckPlanar(data);
        double total = 0;
        for (int s = 0; s < data.Count; s++)
            total += Activation.Softplus.Apply(-data.Targets[s][0] * Score(data.Inputs[s], w1, w2, bias));
        return total / data.Count;
    }

    /// <summary>
    /// The share of grid points (w₁, w₂) at which both central differences of the 0-1 loss with step
    /// <paramref name="step"/> are exactly 0: there the loss is flat over the whole stencil and a gradient method sees no slope.
    /// </summary>
    /// <remarks>A stencil sees a slope only when one of the sample lines passes within <paramref name="step"/> of the point, so the share tends to 1 as the step shrinks.</remarks>
    public static double FlatShare(Dataset data, IReadOnlyList<double> w1s, IReadOnlyList<double> w2s, double bias, double step)
    {
        Require.NotEmpty(w1s, nameof(w1s));
        Require.NotEmpty(w2s, nameof(w2s));
        Require.Positive(step, nameof(step));
        int flat = 0;
        foreach (double a in w1s)
            foreach (double b in w2s)
                if (Value(data, a + step, b, bias) == Value(data, a - step, b, bias) && Value(data, a, b + step, bias) == Value(data, a, b - step, bias))
                    flat++;
        return (double)flat / (w1s.Count * w2s.Count);
    }

    private static double Score(double[] x, double w1, double w2, double bias) => w1 * x[0] + w2 * x[1] + bias;

    private static void CheckPlanar(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.SameLength(data.InputDimension, 2, "data inputs", "the plane (2)");
        Require.SameLength(data.OutputDimension, 1, "data targets", "one label ±1");
    }
}
