using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// Networks on a 2-D input whose linear regions the lecture compares: shallow versus deep with the
/// same neurons, the folding (sawtooth) network, and random initialisations.
/// </summary>
public static class ReluNetworks
{
    /// <summary>
    /// One hidden layer of <paramref name="neurons"/> neurons whose lines cross <paramref name="box"/>:
    /// each line has a uniform random direction and passes through a uniform random point of the box,
    /// so they are in general position and as many of their crossings as possible lie in the box.
    /// </summary>
    public static ReluNetwork Shallow(int neurons, Box2D box, int seed)
    {
        Require.AtLeast(neurons, 1, nameof(neurons));
        ArgumentNullException.ThrowIfNull(box);
        var random = new MersenneTwister(seed);
        var weights = new double[neurons][];
        var biases = new double[neurons];
        var output = new double[neurons];
        for (int i = 0; i < neurons; i++)
        {
            double angle = 2 * Math.PI * random.NextDouble();
            double px = box.XMin + (box.XMax - box.XMin) * random.NextDouble();
            double py = box.YMin + (box.YMax - box.YMin) * random.NextDouble();
            weights[i] = [Math.Cos(angle), Math.Sin(angle)];
            biases[i] = -(weights[i][0] * px + weights[i][1] * py);
            output[i] = 2 * random.NextDouble() - 1;
        }
        return new ReluNetwork([weights], [biases], output, 0);
    }

    /// <summary>
    /// A randomly initialised network with the given hidden <paramref name="widths"/> on a 2-D input:
    /// He initialisation W ~ N(0, 2 / fan-in), biases ~ N(0, biasStdDev²), readout ~ N(0, 1 / width).
    /// </summary>
    /// <remarks>
    /// Hanin &amp; Rolnick (2019), "Deep ReLU networks have surprisingly few activation patterns": at
    /// such initialisations the number of regions met in a bounded input set grows like
    /// (number of neurons)^(input dimension), whatever the depth, far below the maximum.
    /// </remarks>
    public static ReluNetwork Random(IReadOnlyList<int> widths, int seed, double biasStdDev = 0.5)
    {
        Require.NotEmpty(widths, nameof(widths));
        for (int l = 0; l < widths.Count; l++) Require.AtLeast(widths[l], 1, $"{nameof(widths)}[{l}]");
        Require.Positive(biasStdDev, nameof(biasStdDev));
        var random = new MersenneTwister(seed);
        var weights = new double[widths.Count][][];
        var biases = new double[widths.Count][];
        int fanIn = 2;
        for (int l = 0; l < widths.Count; l++)
        {
            var he = new Normal(0, Math.Sqrt(2.0 / fanIn), random);
            weights[l] = new double[widths[l]][];
            for (int i = 0; i < widths[l]; i++)
            {
                weights[l][i] = new double[fanIn];
                he.Samples(weights[l][i]);
            }
            biases[l] = new double[widths[l]];
            new Normal(0, biasStdDev, random).Samples(biases[l]);
            fanIn = widths[l];
        }
        var output = new double[fanIn];
        new Normal(0, Math.Sqrt(1.0 / fanIn), random).Samples(output);
        return new ReluNetwork(weights, biases, output, 0);
    }

    /// <summary>
    /// The folding network on the unit square: every layer applies the tent map
    /// t(u) = 2·ReLU(u) − 4·ReLU(u − 1/2) to each folded coordinate, with two neurons per coordinate.
    /// After <paramref name="depth"/> layers u is a sawtooth with 2^depth linear pieces on [0, 1], so
    /// the square has 2^depth regions (one coordinate folded) or 4^depth (both), from only 2 or 4
    /// neurons per layer. The readout is the sum of the folded coordinates.
    /// </summary>
    /// <remarks>
    /// Telgarsky (2016), "Benefits of depth in neural networks" (the sawtooth); Montúfar, Pascanu,
    /// Cho &amp; Bengio (2014), "On the number of linear regions of deep neural networks" (folding
    /// both coordinates). A shallow network needs exponentially many neurons for as many regions.
    /// </remarks>
    public static ReluNetwork Folding(int depth, bool foldBothCoordinates = true)
    {
        Require.AtLeast(depth, 1, nameof(depth));
        int coordinates = foldBothCoordinates ? 2 : 1;
        var weights = new double[depth][][];
        var biases = new double[depth][];
        for (int l = 0; l < depth; l++)
        {
            int fanIn = l == 0 ? 2 : 2 * coordinates;
            weights[l] = new double[2 * coordinates][];
            biases[l] = new double[2 * coordinates];
            for (int k = 0; k < coordinates; k++)
            {
                // u_k: the input coordinate in layer 0, else the previous layer's tent 2·h_k1 − 4·h_k2.
                var u = new double[fanIn];
                if (l == 0) u[k] = 1;
                else { u[2 * k] = 2; u[2 * k + 1] = -4; }
                weights[l][2 * k] = u;                          // ReLU(u)
                weights[l][2 * k + 1] = (double[])u.Clone();    // ReLU(u − 1/2)
                biases[l][2 * k + 1] = -0.5;
            }
        }
        var output = new double[2 * coordinates];
        for (int k = 0; k < coordinates; k++) { output[2 * k] = 2; output[2 * k + 1] = -4; }
        return new ReluNetwork(weights, biases, output, 0);
    }

    /// <summary>
    /// Splits <paramref name="neurons"/> as evenly as possible over <paramref name="layers"/> hidden
    /// layers (earlier layers get the remainder): the "same neurons, spread over layers" comparison.
    /// </summary>
    public static int[] SpreadWidths(int neurons, int layers)
    {
        Require.AtLeast(layers, 1, nameof(layers));
        Require.AtLeast(neurons, layers, nameof(neurons));
        return Enumerable.Range(0, layers).Select(l => neurons / layers + (l < neurons % layers ? 1 : 0)).ToArray();
    }
}
