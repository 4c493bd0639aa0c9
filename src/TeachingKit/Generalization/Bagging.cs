using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Generalization;

/// <summary>Bagging: k networks, each trained on its own bootstrap resample and start, predicting by their averaged class probabilities.</summary>
/// <remarks>
/// Lecture (Lepetit, "Bagging/Ensemble Methods"): the prediction is (1/k) Σᵢ p⁽ⁱ⁾(y | x); if the members' errors εᵢ have
/// E[εᵢ²] = v and E[εᵢεⱼ] = c, the averaged error has E[(1/k Σ εᵢ)²] = v/k + (k − 1)c/k — from v (c = v, identical members)
/// down to v/k (c = 0, independent ones). <see cref="ErrorMoments"/> measures v and c on data.
/// </remarks>
/// <param name="Network">The shared architecture.</param>
/// <param name="Members">Each member's trained θ.</param>
public sealed record Bagging(BatchMlp Network, IReadOnlyList<double[]> Members)
{
    /// <summary>Trains <paramref name="count"/> members, member i on a bootstrap resample of <paramref name="train"/> (N draws with replacement, seed <paramref name="seed"/> + i) from its own start.</summary>
    public static Bagging Train(BatchMlp network, Dataset train, int count, int epochs, int seed, double learningRate = 0.005)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(train);
        Require.AtLeast(count, 1, nameof(count));
        var members = new List<double[]>();
        for (int i = 0; i < count; i++)
        {
            var random = new Random(seed + i);
            var resample = Enumerable.Range(0, train.Count).Select(_ => random.Next(train.Count)).ToArray();
            var data = new Dataset(resample.Select(r => train.Inputs[r]).ToArray(), resample.Select(r => train.Targets[r]).ToArray());
            members.Add(FitResult.Train(network, data, data, epochs, seed + i, learningRate).Parameters);
        }
        return new Bagging(network, members);
    }

    /// <summary>(1/k) Σᵢ p⁽ⁱ⁾(· | x), the ensemble's class probabilities.</summary>
    public double[] Predict(IReadOnlyList<double> input)
    {
        var mean = new double[Network.LayerSizes[^1]];
        foreach (var member in Members)
        {
            var p = Network.Predict(member, input);
            for (int y = 0; y < mean.Length; y++) mean[y] += p[y] / Members.Count;
        }
        return mean;
    }

    /// <summary>The fraction of <paramref name="data"/> whose most probable ensemble class is the target's.</summary>
    public double Accuracy(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int correct = 0;
        for (int s = 0; s < data.Count; s++)
            if (ArgMax(Predict(data.Inputs[s])) == ArgMax(data.Targets[s])) correct++;
        return (double)correct / data.Count;
    }

    /// <summary>The ensemble's mean cross-entropy on <paramref name="data"/>: −ln of the averaged probability of the target's class.</summary>
    public double Loss(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Enumerable.Range(0, data.Count).Average(s => -Math.Log(Predict(data.Inputs[s])[ArgMax(data.Targets[s])]));
    }

    /// <summary>Each member's accuracy on <paramref name="data"/>.</summary>
    public double[] MemberAccuracies(Dataset data) => Members.Select(m => Network.Evaluate(m, data).Accuracy).ToArray();

    /// <summary>
    /// The lecture's moments on <paramref name="data"/>: with εᵢ = 1 − p⁽ⁱ⁾(true class | x), v = mean εᵢ², c = mean εᵢεⱼ (i ≠ j),
    /// the formula v/k + (k − 1)c/k and the measured mean of (1/k Σ εᵢ)², which it equals (an identity for sample moments).
    /// </summary>
    public (double V, double C, double Formula, double Measured) ErrorMoments(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int k = Members.Count;
        double v = 0, c = 0, measured = 0;
        var errors = new double[k];
        for (int s = 0; s < data.Count; s++)
        {
            int label = ArgMax(data.Targets[s]);
            for (int i = 0; i < k; i++) errors[i] = 1 - Network.Predict(Members[i], data.Inputs[s])[label];
            double sum = errors.Sum(), squares = errors.Sum(e => e * e);
            v += squares / k;
            if (k > 1) c += (sum * sum - squares) / (k * (k - 1));
            measured += sum * sum / (k * k);
        }
        v /= data.Count;
        c /= data.Count;
        return (v, c, v / k + (k - 1) * c / k, measured / data.Count);
    }

    private static int ArgMax(double[] values) => Array.IndexOf(values, values.Max());
}
