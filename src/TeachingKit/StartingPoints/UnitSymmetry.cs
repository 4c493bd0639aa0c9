using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.StartingPoints;

/// <summary>A full-batch run from a start and how many distinct hidden units the network had at every step.</summary>
/// <param name="Losses">The loss at every step.</param>
/// <param name="DistinctUnits">The number of distinct units of the hidden layer at every step.</param>
/// <param name="FinalParameters">θ at the end.</param>
public sealed record SymmetryRun(IReadOnlyList<double> Losses, IReadOnlyList<int> DistinctUnits, IReadOnlyList<double> FinalParameters);

/// <summary>
/// "Never initialise at 0": a start where every hidden unit of a layer has the same incoming weights, bias and outgoing
/// weights stays so under gradient descent, exactly — the units compute the same function, receive the same gradient
/// and take the same step, so the layer works as a single unit (the symmetric saddle of notebooks 01–02).
/// </summary>
/// <remarks>
/// Lecture (Gerstner, "never initialise at 0"; Goodfellow et al. §8.4: "the initial parameters need to break symmetry
/// between different units"). The equality is exact in floating point, not just up to rounding: identical units are
/// computed by identical sequences of operations on identical numbers. The all-zero start is the extreme case: with
/// tanh every hidden output is 0, so the hidden weights get no gradient at all.
/// </remarks>
public static class UnitSymmetry
{
    /// <summary>Every weight <paramref name="value"/>, every bias 0: all units of each layer identical.</summary>
    public static double[] ConstantStart(BatchMlp network, double value)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.Finite(value, nameof(value));
        var theta = network.InitialParameters(Initialization.Zero, seed: 0);
        var mlp = network.Architecture;
        for (int l = 1; l < mlp.LayerSizes.Count; l++)
            for (int i = 0; i < mlp.LayerSizes[l]; i++)
                for (int j = 0; j < mlp.LayerSizes[l - 1]; j++) theta[mlp.WeightIndex(l, i, j)] = value;
        return theta;
    }

    /// <summary>The number of distinct units of hidden layer <paramref name="layer"/>: two units are the same when their incoming weights, bias and outgoing weights are equal, bit for bit.</summary>
    public static int DistinctUnits(Mlp architecture, IReadOnlyList<double> parameters, int layer)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        Require.SameLength(parameters.Count, architecture.ParameterCount, nameof(parameters), "the network's weights and biases");
        if (layer < 1 || layer >= architecture.LayerSizes.Count - 1)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"{nameof(layer)} must be a hidden layer in [1, {architecture.LayerSizes.Count - 2}], but was {layer}.");
        var units = new HashSet<string>();
        for (int i = 0; i < architecture.LayerSizes[layer]; i++) units.Add(string.Join(",", UnitParameters(architecture, parameters, layer, i).Select(BitConverter.DoubleToInt64Bits)));
        return units.Count;
    }

    /// <summary>Full-batch gradient descent at <paramref name="learningRate"/> for <paramref name="steps"/> steps, counting the distinct units of hidden layer 1 at every step.</summary>
    public static SymmetryRun Follow(BatchMlp network, Dataset data, IReadOnlyList<double> start, double learningRate, int steps)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.AtLeast(steps, 1, nameof(steps));
        var run = Optimize.Run(network.ToObjective(data), new GradientDescent(learningRate), start, new RunOptions { MaxSteps = steps });
        var trajectory = run.EnsureNotDiverged().Trajectory;
        var distinct = Enumerable.Range(0, trajectory.Count)
            .Select(k => DistinctUnits(network.Architecture, trajectory.Parameters(k).ToArray(), 1)).ToArray();
        return new SymmetryRun(trajectory.Losses.ToArray(), distinct, run.FinalParameters);
    }

    private static IEnumerable<double> UnitParameters(Mlp mlp, IReadOnlyList<double> theta, int layer, int unit)
    {
        for (int j = 0; j < mlp.LayerSizes[layer - 1]; j++) yield return theta[mlp.WeightIndex(layer, unit, j)];
        yield return theta[mlp.BiasIndex(layer, unit)];
        for (int k = 0; k < mlp.LayerSizes[layer + 1]; k++) yield return theta[mlp.WeightIndex(layer + 1, k, unit)];
    }
}
