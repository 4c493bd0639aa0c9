using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.StartingPoints;

/// <summary>
/// The variance arguments behind Xavier's and He's initialisations: how one dense layer scales the second moment of
/// the signal going forward and of the gradient going backward.
/// </summary>
/// <remarks>
/// <para>A layer z = Wa with independent zero-mean weights of variance v, independent of its inputs, gives
/// E[zᵢ²] = fan_in · v · E[a²] (sum of fan_in independent terms). Going back, δ_a = Wᵀδ_z gives
/// E[δ_a²] = fan_out · v · E[δ_z²]; and through the activation δ_z = f′(z) δ_a.</para>
/// <para>Glorot &amp; Bengio (2010, eqs. 10–12): for a unit-slope activation (tanh near 0) the forward pass keeps the
/// variance when v = 1/fan_in and the backward pass when v = 1/fan_out; their compromise is v = 2/(fan_in + fan_out),
/// which the uniform U(−r, r), r = √(6/(fan_in + fan_out)), has (r²/3). He et al. (2015, eq. 10): ReLU keeps
/// E[relu(z)²] = E[z²]/2 of a symmetric z, so v = 2/fan_in keeps E[z²] from layer to layer. The "standard" start of
/// Glorot &amp; Bengio's eq. 1, U(−1/√fan_in, 1/√fan_in), has v = 1/(3 fan_in) and shrinks the signal by 3 per
/// layer. <see cref="BatchMlp.InitialParameters"/> draws the He and Xavier weights with the scales of
/// <see cref="InitializationScale"/>, where their variances are too; this class reasons with those variances.</para>
/// </remarks>
public static class WeightVariance
{
    /// <summary>The variance of one weight drawn by <paramref name="initialization"/>: He 2/fan_in, Xavier 2/(fan_in + fan_out), Zero 0.</summary>
    public static double Of(Initialization initialization, int fanIn, int fanOut)
    {
        Require.AtLeast(fanIn, 1, nameof(fanIn));
        Require.AtLeast(fanOut, 1, nameof(fanOut));
        return initialization switch
        {
            Initialization.He => InitializationScale.HeVariance(fanIn),
            Initialization.Xavier => InitializationScale.XavierVariance(fanIn, fanOut),
            Initialization.Zero => 0,
            _ => throw new ArgumentOutOfRangeException(nameof(initialization), initialization, "Unknown initialization."),
        };
    }

    /// <summary>
    /// The factor by which one layer multiplies the forward second moment, fan_in · v · c, where c = ½ for ReLU (half the
    /// pre-activations are cut to 0) and c = 1 for a unit-slope activation in its linear range (tanh near 0, linear).
    /// </summary>
    public static double ForwardGain(Activation activation, double weightVariance, int fanIn) =>
        Require.AtLeast(fanIn, 1, nameof(fanIn)) * CheckVariance(weightVariance) * SlopeFactor(activation);

    /// <summary>The factor by which one layer multiplies the backward second moment of the gradient, fan_out · v · E[f′²] (½ for ReLU, 1 in tanh's linear range).</summary>
    public static double BackwardGain(Activation activation, double weightVariance, int fanOut) =>
        Require.AtLeast(fanOut, 1, nameof(fanOut)) * CheckVariance(weightVariance) * SlopeFactor(activation);

    // E[f(z)²]/E[z²] and E[f′(z)²] for a symmetric z: ½ for ReLU; 1 for a unit slope (exact for linear, tanh's small-signal limit).
    private static double SlopeFactor(Activation activation) => activation switch
    {
        Activation.Relu => 0.5,
        Activation.Tanh or Activation.Linear => 1,
        _ => throw new ArgumentException($"{nameof(activation)} must be Relu, Tanh or Linear (the activations with a variance argument), but was {activation}.", nameof(activation)),
    };

    private static double CheckVariance(double weightVariance)
    {
        Require.Finite(weightVariance, nameof(weightVariance));
        if (weightVariance < 0) throw new ArgumentOutOfRangeException(nameof(weightVariance), weightVariance, $"{nameof(weightVariance)} must be non-negative, but was {weightVariance}.");
        return weightVariance;
    }
}
