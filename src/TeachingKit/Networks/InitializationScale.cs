using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// The weight distribution of each <see cref="Initialization"/>: its variance and the scale it is drawn with, side by
/// side, the one place these formulas live (<see cref="BatchMlp.InitialParameters"/> draws with the scales;
/// StartingPoints' WeightVariance reasons with the variances).
/// </summary>
public static class InitializationScale
{
    /// <summary>He et al. (2015, eq. 10): Var(wᵢⱼ) = 2/fan_in keeps E[z²] from layer to layer of ReLU units.</summary>
    public static double HeVariance(int fanIn) => 2.0 / Require.AtLeast(fanIn, 1, nameof(fanIn));

    /// <summary>The standard deviation √(2/fan_in) of He's wᵢⱼ ~ N(0, 2/fan_in).</summary>
    public static double HeStandardDeviation(int fanIn) => Math.Sqrt(HeVariance(fanIn));

    /// <summary>Glorot &amp; Bengio (2010, eq. 12): Var(wᵢⱼ) = 2/(fan_in + fan_out), between the forward and the backward condition.</summary>
    public static double XavierVariance(int fanIn, int fanOut) => 2.0 / FanSum(fanIn, fanOut);

    /// <summary>
    /// Glorot &amp; Bengio (2010, eq. 16, their normalized initialization): the bound r = √(6/(fan_in + fan_out)) of
    /// wᵢⱼ ~ U(−r, r), whose variance r²/3 is <see cref="XavierVariance"/>.
    /// </summary>
    /// <remarks>
    /// Computed as the paper prints it. √(3·XavierVariance) is the same number in exact arithmetic but rounds
    /// differently for some sizes (e.g. fan_in + fan_out = 20 or 80), which would change every seeded draw.
    /// </remarks>
    public static double XavierBound(int fanIn, int fanOut) => Math.Sqrt(6.0 / FanSum(fanIn, fanOut));

    private static int FanSum(int fanIn, int fanOut) =>
        Require.AtLeast(fanIn, 1, nameof(fanIn)) + Require.AtLeast(fanOut, 1, nameof(fanOut));
}
