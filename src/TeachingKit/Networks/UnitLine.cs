using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// The line w₁x₁ + w₂x₂ + b = 0 of a first-layer unit of a network with two inputs: where its pre-activation changes
/// sign. A ReLU unit is active on the side where <see cref="Evaluate"/> is positive.
/// </summary>
/// <param name="W1">The weight of input x₁.</param>
/// <param name="W2">The weight of input x₂.</param>
/// <param name="B">The bias.</param>
public readonly record struct UnitLine(double W1, double W2, double B)
{
    /// <summary>The pre-activation w₁x₁ + w₂x₂ + b at (x₁, x₂).</summary>
    public double Evaluate(double x1, double x2) => W1 * x1 + W2 * x2 + B;

    /// <summary>The lines of every unit of the first hidden layer of <paramref name="network"/>, which must have two inputs.</summary>
    public static UnitLine[] Of(Mlp network, IReadOnlyList<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(parameters);
        Require.SameLength(network.LayerSizes[0], 2, "the network's input layer", "a plane (2 inputs)");
        Require.SameLength(parameters.Count, network.ParameterCount, nameof(parameters), "the network's parameter count");
        return Enumerable.Range(0, network.LayerSizes[1])
            .Select(i => new UnitLine(parameters[network.WeightIndex(1, i, 0)], parameters[network.WeightIndex(1, i, 1)], parameters[network.BiasIndex(1, i)]))
            .ToArray();
    }
}
