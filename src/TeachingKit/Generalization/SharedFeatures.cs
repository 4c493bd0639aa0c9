using MathNet.Numerics.Distributions;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Generalization;

/// <summary>One architecture's result on the unseen combination, over seeds.</summary>
/// <param name="LayerSizes">The network's layer sizes.</param>
/// <param name="ParameterCount">Its weights and biases.</param>
/// <param name="SeenAccuracy">Per seed: fraction of held-out samples of the seen combinations with colour and object both right.</param>
/// <param name="UnseenAccuracy">Per seed: the same on the combination never trained on.</param>
public sealed record CombinationResult(int[] LayerSizes, int ParameterCount, double[] SeenAccuracy, double[] UnseenAccuracy)
{
    /// <summary>Mean over seeds of <see cref="UnseenAccuracy"/>.</summary>
    public double MeanUnseen => UnseenAccuracy.Average();

    /// <summary>Mean over seeds of <see cref="SeenAccuracy"/>.</summary>
    public double MeanSeen => SeenAccuracy.Average();
}

/// <summary>
/// The lecture's "green car, red car, green bus, red bus … generalise to red house" as a small composed task: every input is
/// a colour and an object rendered together, the network names both, and one combination never appears in training.
/// </summary>
/// <remarks>
/// Rendering: x = tanh(R_colour + S_object + noise) in 16 dimensions, with fixed random R (3 colours) and S (3 objects), so
/// colour and object are entangled in every input unit. Targets: six sigmoid outputs, one-hot colour then one-hot object
/// (squared error). Trained on the 8 other combinations, a network is right on an unseen "red house" only if it names red
/// and house, which needs features of colour and of object shared across the combinations seen. The lecture's claim
/// (Gerstner, part 7) is that deep networks reuse such features; <see cref="Compare"/> measures it for two depths at the
/// same parameter count.
/// </remarks>
public static class SharedFeatures
{
    /// <summary>Colours, objects and the input dimension of the rendering.</summary>
    public const int Colours = 3, Objects = 3, InputDimension = 16;

    /// <summary>The names of the colours and objects, in target order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["green", "red", "white", "car", "bus", "house"];

    /// <summary>Held-out (colour, object): red house.</summary>
    public static (int Colour, int Object) Unseen { get; } = (1, 2);

    /// <summary>Trains each architecture on the 8 seen combinations (<paramref name="perCombination"/> noisy samples each) for every seed and measures both kinds of accuracy.</summary>
    public static IReadOnlyList<CombinationResult> Compare(IReadOnlyList<int[]> architectures, int perCombination, int epochs, IReadOnlyList<int> seeds)
    {
        Require.NotEmpty(architectures, nameof(architectures));
        Require.NotEmpty(seeds, nameof(seeds));
        var results = new List<CombinationResult>();
        foreach (var sizes in architectures)
        {
            var network = new BatchMlp(sizes, Activation.Tanh, LossFunction.SquaredError, Activation.Sigmoid);
            var seen = new double[seeds.Count];
            var unseen = new double[seeds.Count];
            for (int i = 0; i < seeds.Count; i++)
            {
                var (train, seenTest, unseenTest) = Task(perCombination, seeds[i]);
                var theta = FitResult.Train(network, train, seenTest, epochs, seeds[i], learningRate: 0.01).Parameters;
                seen[i] = BothRight(network, theta, seenTest);
                unseen[i] = BothRight(network, theta, unseenTest);
            }
            results.Add(new CombinationResult([.. sizes], network.ParameterCount, seen, unseen));
        }
        return results;
    }

    /// <summary>The training set (seen combinations), a held-out set of them, and a held-out set of the unseen combination; the rendering and the noise drawn with <paramref name="seed"/>.</summary>
    public static (Dataset Train, Dataset SeenTest, Dataset UnseenTest) Task(int perCombination, int seed)
    {
        Require.AtLeast(perCombination, 1, nameof(perCombination));
        var random = new Random(seed);
        double[][] Codes(int count) => Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, InputDimension).Select(_ => Normal.Sample(random, 0, 1)).ToArray()).ToArray();
        var colourCodes = Codes(Colours);
        var objectCodes = Codes(Objects);
        Dataset Render(IEnumerable<(int C, int O)> combinations) 
        {
            var inputs = new List<double[]>();
            var targets = new List<double[]>();
            foreach (var (c, o) in combinations)
                for (int s = 0; s < perCombination; s++)
                {
                    inputs.Add(Enumerable.Range(0, InputDimension).Select(j => Math.Tanh(colourCodes[c][j] + objectCodes[o][j] + Normal.Sample(random, 0, 0.3))).ToArray());
                    targets.Add(Enumerable.Range(0, Colours + Objects).Select(k => k == c || k == Colours + o ? 1.0 : 0).ToArray());
                }
            return new Dataset([.. inputs], [.. targets]);
        }
        var seenCombinations = Enumerable.Range(0, Colours).SelectMany(c => Enumerable.Range(0, Objects).Select(o => (c, o))).Where(p => p != Unseen).ToArray();
        return (Render(seenCombinations), Render(seenCombinations), Render([Unseen]));
    }

    // Fraction of samples whose largest colour output and largest object output are both the target's.
    private static double BothRight(BatchMlp network, double[] theta, Dataset data)
    {
        int right = 0;
        for (int s = 0; s < data.Count; s++)
        {
            var y = network.Predict(theta, data.Inputs[s]);
            var t = data.Targets[s];
            if (ArgMax(y, 0, Colours) == ArgMax(t, 0, Colours) && ArgMax(y, Colours, Objects) == ArgMax(t, Colours, Objects)) right++;
        }
        return (double)right / data.Count;
    }

    private static int ArgMax(double[] values, int start, int count) =>
        Array.IndexOf(values, values.Skip(start).Take(count).Max(), start, count) - start;
}
