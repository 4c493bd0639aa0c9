using TeachingKit.Networks;

namespace TeachingKit.Symmetry;

/// <summary>
/// Coordinates of a one-hidden-layer network in which two first-layer neurons a, b are written as
/// centre c and direction v: θ_a = c + (d/2)·v/‖v‖, θ_b = c − (d/2)·v/‖v‖, so ‖θ_a − θ_b‖ = d exactly.
/// The reduced vector is [every other parameter…, c…, v…].
/// </summary>
internal sealed class PairCoordinates
{
    private readonly Mlp _network;
    private readonly int[] _a, _b, _rest;
    private readonly int _outA, _outB;

    public PairCoordinates(Mlp network, int neuronA, int neuronB)
    {
        _network = network;
        int inputs = network.LayerSizes[0];
        int[] Vector(int neuron) => Enumerable.Range(0, inputs).Select(j => network.WeightIndex(1, neuron, j)).Append(network.BiasIndex(1, neuron)).ToArray();
        _a = Vector(neuronA);
        _b = Vector(neuronB);
        _rest = Enumerable.Range(0, network.ParameterCount).Except(_a).Except(_b).ToArray();
        _outA = Array.IndexOf(_rest, network.WeightIndex(2, 0, neuronA));
        _outB = Array.IndexOf(_rest, network.WeightIndex(2, 0, neuronB));
    }

    private int Dim => _a.Length;

    public double Distance(IReadOnlyList<double> theta) =>
        Math.Sqrt(_a.Zip(_b, (i, j) => (theta[i] - theta[j]) * (theta[i] - theta[j])).Sum());

    public double[] FromFull(IReadOnlyList<double> theta)
    {
        var z = new double[_rest.Length + 2 * Dim];
        for (int k = 0; k < _rest.Length; k++) z[k] = theta[_rest[k]];
        for (int j = 0; j < Dim; j++)
        {
            z[_rest.Length + j] = 0.5 * (theta[_a[j]] + theta[_b[j]]);
            z[_rest.Length + Dim + j] = theta[_a[j]] - theta[_b[j]];
        }
        return NormalizeDirection(z);
    }

    public double[] ToFull(double[] z, double d)
    {
        var theta = new double[_network.ParameterCount];
        for (int k = 0; k < _rest.Length; k++) theta[_rest[k]] = z[k];
        var u = Direction(z, out _);
        for (int j = 0; j < Dim; j++)
        {
            double c = z[_rest.Length + j];
            theta[_a[j]] = c + 0.5 * d * u[j];
            theta[_b[j]] = c - 0.5 * d * u[j];
        }
        return theta;
    }

    /// <summary>The loss at distance d and its gradient in the reduced coordinates (chain rule through u = v/‖v‖).</summary>
    public double LossAndGradient(double[] z, double[] gz, double d, Dataset data)
    {
        var theta = ToFull(z, d);
        var g = new double[theta.Length];
        double loss = _network.LossAndGradient(theta, data, g);
        for (int k = 0; k < _rest.Length; k++) gz[k] = g[_rest[k]];
        var u = Direction(z, out double norm);
        var gu = new double[Dim];
        double along = 0;
        for (int j = 0; j < Dim; j++)
        {
            gz[_rest.Length + j] = g[_a[j]] + g[_b[j]];
            gu[j] = 0.5 * d * (g[_a[j]] - g[_b[j]]);
            along += gu[j] * u[j];
        }
        for (int j = 0; j < Dim; j++) gz[_rest.Length + Dim + j] = (gu[j] - along * u[j]) / norm;
        return loss;
    }

    public double[] NormalizeDirection(double[] z)
    {
        var result = (double[])z.Clone();
        var u = Direction(z, out _);
        for (int j = 0; j < Dim; j++) result[_rest.Length + Dim + j] = u[j];
        return result;
    }

    /// <summary>At d = 0 the two neurons coincide: swap their outgoing weights and reverse u (the label exchange).</summary>
    public double[] ExchangeLabels(double[] z)
    {
        var result = (double[])z.Clone();
        (result[_outA], result[_outB]) = (result[_outB], result[_outA]);
        for (int j = 0; j < Dim; j++) result[_rest.Length + Dim + j] = -result[_rest.Length + Dim + j];
        return result;
    }

    private double[] Direction(double[] z, out double norm)
    {
        var u = new double[Dim];
        double sum = 0;
        for (int j = 0; j < Dim; j++) { u[j] = z[_rest.Length + Dim + j]; sum += u[j] * u[j]; }
        norm = Math.Sqrt(sum);
        if (!(norm > 0)) throw new InvalidOperationException("The direction between the two neurons collapsed to zero length.");
        for (int j = 0; j < Dim; j++) u[j] /= norm;
        return u;
    }
}
