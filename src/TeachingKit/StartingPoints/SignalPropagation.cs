using TeachingKit.Execution;
using TeachingKit.Networks;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.StartingPoints;

/// <summary>An initialisation to compare: one of the kit's draws with its weights multiplied by a factor.</summary>
/// <param name="Name">A label for tables and legends.</param>
/// <param name="Draw">The draw of <see cref="BatchMlp.InitialParameters"/>.</param>
/// <param name="Factor">The factor applied to every weight (the variance scales by its square).</param>
public sealed record InitialisationScheme(string Name, Initialization Draw, double Factor)
{
    /// <summary>Glorot &amp; Bengio's "standard" U(−1/√n, 1/√n) for equal fan-in and fan-out n: Xavier's U(−√(3/n), √(3/n)) times 1/√3.</summary>
    public static InitialisationScheme Standard { get; } = new("standard U(±1/√n)", Initialization.Xavier, 1 / Math.Sqrt(3));

    /// <summary>Xavier (Glorot &amp; Bengio's normalized), variance 2/(fan_in + fan_out).</summary>
    public static InitialisationScheme Xavier { get; } = new("Xavier", Initialization.Xavier, 1);

    /// <summary>He, variance 2/fan_in.</summary>
    public static InitialisationScheme He { get; } = new("He", Initialization.He, 1);

    /// <summary>The weight variance of a layer with equal fan-in and fan-out <paramref name="width"/>.</summary>
    public double Variance(int width) => WeightVariance.Of(Draw, width, width) * Factor * Factor;
}

/// <summary>The second moments of one hidden layer's signal and gradient at the start, and its dead units.</summary>
/// <param name="Layer">The hidden layer, 1 … depth.</param>
/// <param name="ActivationMoment">E[a²] over units and samples.</param>
/// <param name="GradientMoment">E[δ²] of ∂L/∂z over units and samples (one sample per backward pass).</param>
/// <param name="DeadShare">The share of the layer's units whose output is 0 for every sample (ReLU units that never fire).</param>
public sealed record LayerSignal(int Layer, double ActivationMoment, double GradientMoment, double DeadShare);

/// <summary>
/// Measures how the signal and the gradient grow or vanish through a deep, square network at its random start:
/// the numbers behind the Xavier and He initialisations (<see cref="WeightVariance"/>).
/// </summary>
/// <remarks>
/// The network has <c>depth</c> hidden layers of <c>width</c> units, inputs and a linear output of the same width,
/// biases 0. Inputs are standard normal; targets are normal with standard deviation <see cref="TargetScale"/>, so that the
/// output error ŷ − y is the target's and independent of the weights, as the backward variance argument assumes (with
/// targets of the output's size, ŷ's own dependence on the weights adds to the back-propagated second moment). Activations come from <see cref="BatchMlp.LayerOutputs"/>; the
/// back-propagated δ of hidden layer l is the gradient of layer l's biases for a batch of one sample (∂L/∂b = δ), from
/// <see cref="BatchMlp.LossAndGradient(ReadOnlySpan{double}, Dataset, ReadOnlySpan{int}, Span{double})"/>.
/// </remarks>
public static class SignalPropagation
{
    /// <summary>The targets' standard deviation: large against the outputs, so the output error does not depend on the weights.</summary>
    public const double TargetScale = 1000;

    /// <summary>The per-layer statistics of a <paramref name="depth"/>-hidden-layer net of <paramref name="width"/> units under <paramref name="scheme"/>.</summary>
    public static LayerSignal[] Measure(Activation activation, int width, int depth, InitialisationScheme scheme, int samples = 100, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        Require.AtLeast(width, 1, nameof(width));
        Require.AtLeast(depth, 1, nameof(depth));
        Require.AtLeast(samples, 2, nameof(samples));
        var network = new BatchMlp(Enumerable.Repeat(width, depth + 2).ToArray(), activation, LossFunction.SquaredError);
        var theta = network.InitialParameters(scheme.Draw, seed).Select(w => w * scheme.Factor).ToArray();
        var data = GaussianData(width, samples, seed + 1);
        var interruption = Interruption.Current;
        var gradientMoments = GradientMoments(network, theta, data, depth);
        return Enumerable.Range(1, depth).Select(l =>
        {
            interruption.ThrowIfCancellationRequested();
            var outputs = network.LayerOutputs(theta, data, l);
            double moment = outputs.Average(a => a.Average(v => v * v));
            double dead = Enumerable.Range(0, width).Count(i => outputs.All(a => a[i] == 0)) / (double)width;
            return new LayerSignal(l, moment, gradientMoments[l], dead);
        }).ToArray();
    }

    /// <summary>The mean over layers 2 … depth of E[a_l²]/E[a_(l−1)²]: the measured forward gain per layer (its expectation is the gain of <see cref="WeightVariance.ForwardGain"/> for ReLU and linear units).</summary>
    public static double MeanForwardRatio(IReadOnlyList<LayerSignal> layers) =>
        MeanRatio(Require.NotEmpty(layers, nameof(layers)).Select(l => l.ActivationMoment).ToArray());

    /// <summary>The mean over layers 1 … depth − 1 of E[δ_l²]/E[δ_(l+1)²]: the measured backward gain per layer, going down.</summary>
    public static double MeanBackwardRatio(IReadOnlyList<LayerSignal> layers) =>
        MeanRatio(Require.NotEmpty(layers, nameof(layers)).Select(l => l.GradientMoment).Reverse().ToArray());

    private static double MeanRatio(double[] moments)
    {
        if (moments.Length < 2) throw new ArgumentException("At least two layers are needed for a ratio.", "layers");
        return Enumerable.Range(1, moments.Length - 1).Average(l => moments[l] / moments[l - 1]);
    }

    // E[δ_l²] for l = 1 … depth, from the bias gradients of single-sample batches.
    private static double[] GradientMoments(BatchMlp network, double[] theta, Dataset data, int depth)
    {
        var moments = new double[depth + 1];
        var gradient = new double[network.ParameterCount];
        var interruption = Interruption.Current;
        int width = network.LayerSizes[1];
        for (int s = 0; s < data.Count; s++)
        {
            interruption.ThrowIfCancellationRequested();
            network.LossAndGradient(theta, data, [s], gradient);
            for (int l = 1; l <= depth; l++)
                for (int i = 0; i < width; i++)
                {
                    double delta = gradient[network.Architecture.BiasIndex(l, i)];
                    moments[l] += delta * delta / (width * data.Count);
                }
        }
        return moments;
    }

    private static Dataset GaussianData(int width, int samples, int seed)
    {
        var sampler = new GaussianSampler(seed);
        double[] Row() => Enumerable.Range(0, width).Select(_ => sampler.Next()).ToArray();
        var inputs = Enumerable.Range(0, samples).Select(_ => Row()).ToArray();
        var targets = Enumerable.Range(0, samples).Select(_ => Row().Select(y => TargetScale * y).ToArray()).ToArray();
        return new Dataset(inputs, targets);
    }
}
