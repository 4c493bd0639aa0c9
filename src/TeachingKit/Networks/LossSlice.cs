using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// The loss of a network on a plane through its parameters, L(θ₀ + a·u + b·v) as a function of (a, b), on the full
/// data or on one minibatch: the lecture's "the error function of a minibatch is not that of the full batch".
/// </summary>
/// <remarks>
/// Each minibatch has its own surface and its own minimum; they scatter around the full batch's, and SGD steps
/// downhill on a different one each time. Evaluating a point costs one forward pass over the batch.
/// </remarks>
public sealed class LossSlice
{
    private readonly BatchMlp _network;
    private readonly Dataset _data;
    private readonly double[] _center, _u, _v, _point, _gradient;
    private readonly int[] _batch, _evaluated;

    /// <summary>The plane θ₀ + a·<paramref name="direction1"/> + b·<paramref name="direction2"/> through <paramref name="center"/>, on the samples <paramref name="batch"/> (all when null).</summary>
    /// <remarks>
    /// When both directions move only the output layer, the last hidden layer's activations are computed once and each point
    /// costs only the output layer (a network of that layer alone on those features): a contour grid on the full
    /// training set then takes a fraction of a second instead of seconds.
    /// </remarks>
    public LossSlice(BatchMlp network, IReadOnlyList<double> center, IReadOnlyList<double> direction1, IReadOnlyList<double> direction2,
        Dataset data, IReadOnlyList<int>? batch = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        double[] theta = [.. Require.AllFinite(center, nameof(center))], u = [.. Require.AllFinite(direction1, nameof(direction1))],
            v = [.. Require.AllFinite(direction2, nameof(direction2))];
        Require.SameLength(theta.Length, network.ParameterCount, nameof(center), "the network's parameter count");
        Require.SameLength(u.Length, network.ParameterCount, nameof(direction1), "the network's parameter count");
        Require.SameLength(v.Length, network.ParameterCount, nameof(direction2), "the network's parameter count");
        _batch = batch is null ? Enumerable.Range(0, data.Count).ToArray() : [.. Require.NotEmpty(batch, nameof(batch))];
        IsFullBatch = batch is null;
        network.Loss(theta, data, _batch);   // checks shapes and indices now rather than at the first grid point
        var sizes = network.LayerSizes;
        int outputStart = network.Architecture.WeightIndex(sizes.Count - 1, 0, 0);
        if (sizes.Count > 2 && u.AsSpan(0, outputStart).IndexOfAnyExcept(0.0) < 0 && v.AsSpan(0, outputStart).IndexOfAnyExcept(0.0) < 0)
        {
            var features = network.LayerOutputs(theta, data, sizes.Count - 2);
            _data = new Dataset(_batch.Select(i => features[i]).ToArray(), _batch.Select(i => data.Targets[i]).ToArray());
            _network = new BatchMlp([sizes[^2], sizes[^1]], network.Architecture.HiddenActivation, network.LossFunction, network.Architecture.OutputActivation);
            (_center, _u, _v) = (theta[outputStart..], u[outputStart..], v[outputStart..]);
            _evaluated = Enumerable.Range(0, _batch.Length).ToArray();
        }
        else
        {
            (_network, _data, _center, _u, _v, _evaluated) = (network, data, theta, u, v, _batch);
        }
        _point = new double[_center.Length];
        _gradient = new double[_center.Length];
    }

    /// <summary>The plane in which only the weights <paramref name="weight1"/> and <paramref name="weight2"/> move: a = θ[weight1] − θ₀[weight1], b likewise.</summary>
    public static LossSlice AlongWeights(BatchMlp network, IReadOnlyList<double> center, int weight1, int weight2, Dataset data, IReadOnlyList<int>? batch = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (weight1 == weight2) throw new ArgumentException($"{nameof(weight1)} and {nameof(weight2)} must differ, but both are {weight1}.", nameof(weight2));
        return new LossSlice(network, center, Unit(network, weight1, nameof(weight1)), Unit(network, weight2, nameof(weight2)), data, batch);
    }

    /// <summary>The same plane on <paramref name="count"/> minibatches of <paramref name="batchSize"/>: the first batches of a seeded epoch without replacement.</summary>
    public static IReadOnlyList<LossSlice> ForMinibatches(BatchMlp network, IReadOnlyList<double> center, int weight1, int weight2,
        Dataset data, int batchSize, int count, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sampler = new MinibatchSampler(data.Count, batchSize, SamplingMode.WithoutReplacement, seed);
        Require.AtLeast(count, 1, nameof(count));
        if (count > data.Count / batchSize)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"{nameof(count)} must be at most {data.Count / batchSize} full batches of {batchSize}, but was {count}.");
        sampler.NextEpoch();
        return Enumerable.Range(0, count).Select(b => AlongWeights(network, center, weight1, weight2, data, sampler.Batch(b).ToArray())).ToArray();
    }

    /// <summary>True for the full-batch surface.</summary>
    public bool IsFullBatch { get; }

    /// <summary>The samples whose mean loss this is.</summary>
    public IReadOnlyList<int> Batch => _batch;

    /// <summary>L(θ₀ + a·u + b·v) on the slice's samples.</summary>
    public double Value(double a, double b)
    {
        Place(a, b);
        return _network.Loss(_point, _data, _evaluated);
    }

    /// <summary>The loss at (a, b) and its gradient in the plane, (u·∇L, v·∇L), written into <paramref name="gradient"/> (length 2).</summary>
    public double ValueAndGradient(double a, double b, Span<double> gradient)
    {
        Require.SameLength(gradient.Length, 2, nameof(gradient), "the plane's dimension 2");
        Place(a, b);
        double loss = _network.LossAndGradient(_point, _data, _evaluated, _gradient);
        gradient[0] = VectorKernels.Dot(_u, _gradient);
        gradient[1] = VectorKernels.Dot(_v, _gradient);
        return loss;
    }

    /// <summary>The slice's minimum found by BFGS from (<paramref name="startA"/>, <paramref name="startB"/>).</summary>
    public SliceMinimum Minimum(double startA = 0, double startB = 0)
    {
        var result = Bfgs.Minimize((x, g) => ValueAndGradient(x[0], x[1], g), [startA, startB], gradientTolerance: 1e-8, maxIterations: 500);
        return new SliceMinimum(result.Point[0], result.Point[1], result.Value, result.Converged);
    }

    private void Place(double a, double b)
    {
        Require.Finite(a, nameof(a));
        Require.Finite(b, nameof(b));
        VectorKernels.Combine(_center, a, _u, _point);
        VectorKernels.AddScaled(_point, b, _v);
    }

    private static double[] Unit(BatchMlp network, int index, string paramName)
    {
        if ((uint)index >= (uint)network.ParameterCount)
            throw new ArgumentOutOfRangeException(paramName, index, $"{paramName} must lie in [0, {network.ParameterCount}), but was {index}.");
        var unit = new double[network.ParameterCount];
        unit[index] = 1;
        return unit;
    }
}
