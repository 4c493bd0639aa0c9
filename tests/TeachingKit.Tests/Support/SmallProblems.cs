using TeachingKit.Networks;

namespace TeachingKit.Tests.Support;

/// <summary>Small seeded classification problems for the training and noise tests.</summary>
public static class SmallProblems
{
    /// <summary>
    /// <paramref name="samples"/> points in 4-D in three classes (class k is the quadrant-like sign pattern of the first two
    /// coordinates plus noise), and a 4-6-3 tanh network with Xavier weights.
    /// </summary>
    public static (BatchMlp Network, double[] Start, Dataset Data) Classification(int samples, int seed)
    {
        var random = new Random(seed);
        var inputs = new double[samples][];
        var targets = new double[samples][];
        for (int s = 0; s < samples; s++)
        {
            int k = random.Next(3);
            double angle = 2 * Math.PI * k / 3;
            inputs[s] = [Math.Cos(angle) + 0.6 * (random.NextDouble() - 0.5), Math.Sin(angle) + 0.6 * (random.NextDouble() - 0.5), random.NextDouble() - 0.5, random.NextDouble() - 0.5];
            targets[s] = new double[3];
            targets[s][k] = 1;
        }
        var network = new BatchMlp([4, 6, 3], Activation.Tanh);
        return (network, network.InitialParameters(Initialization.Xavier, seed), new Dataset(inputs, targets));
    }
}
