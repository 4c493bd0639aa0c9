using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The per-sample gradients of a network at one point, summarised: their mean ḡ (the full-batch gradient), their
/// variance per weight, and what follows for a minibatch — its variance against the batch size and the signal-to-noise ratio.
/// </summary>
/// <remarks>
/// A minibatch gradient g_B is the mean of m of the N per-sample gradients gᵢ. With σ² = (1/N) Σᵢ ‖gᵢ − ḡ‖² (the
/// total variance, a sum over weights), E‖g_B − ḡ‖² = σ²/m for draws with replacement and σ²·(N − m)/((N − 1)·m)
/// without (<see cref="FinitePopulationVariance"/>): the lecture's 1/m law, which reaches 0 at the full batch.
/// Computed in two passes (ḡ first), so no variance suffers the cancellation of Σg² − Nḡ².
/// </remarks>
public sealed class GradientNoise
{
    private readonly BatchMlp _network;
    private readonly double[] _parameters, _mean, _variance;
    private readonly Dataset _data;

    private GradientNoise(BatchMlp network, double[] parameters, Dataset data)
    {
        _network = network;
        _parameters = parameters;
        _data = data;
        _mean = new double[parameters.Length];
        _variance = new double[parameters.Length];
        network.LossAndGradient(parameters, data, _mean);
        var g = new double[parameters.Length];
        for (int i = 0; i < data.Count; i++)
        {
            network.LossAndGradient(parameters, data, [i], g);
            for (int p = 0; p < g.Length; p++) _variance[p] += (g[p] - _mean[p]) * (g[p] - _mean[p]);
        }
        for (int p = 0; p < g.Length; p++) _variance[p] /= data.Count;
        TotalVariance = _variance.Sum();
    }

    /// <summary>The per-sample gradients of <paramref name="network"/> at <paramref name="parameters"/> over all of <paramref name="data"/>.</summary>
    public static GradientNoise Measure(BatchMlp network, IReadOnlyList<double> parameters, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        Require.AllFinite(parameters, nameof(parameters));
        return new GradientNoise(network, [.. parameters], data);
    }

    /// <summary>N, the number of per-sample gradients.</summary>
    public int SampleCount => _data.Count;

    /// <summary>ḡ, the mean per-sample gradient: the full-batch gradient.</summary>
    public IReadOnlyList<double> Mean => _mean;

    /// <summary>σₚ² = (1/N) Σᵢ (gᵢₚ − ḡₚ)², the variance of each weight's per-sample gradient.</summary>
    public IReadOnlyList<double> Variance => _variance;

    /// <summary>σ² = Σₚ σₚ², the expected ‖g − ḡ‖² of one sample's gradient.</summary>
    public double TotalVariance { get; }

    /// <summary>
    /// σ²·(N − m)/((N − 1)·m): the variance of the mean of a sample of m drawn without replacement from N values of variance
    /// <paramref name="variance"/> σ² — the finite-population correction of σ²/m.
    /// </summary>
    /// <remarks>Cochran, <i>Sampling Techniques</i> (3rd ed. 1977), Theorem 2.2, with σ² the population variance (divisor N).</remarks>
    public static double FinitePopulationVariance(double variance, int populationSize, int sampleSize)
    {
        Require.Finite(variance, nameof(variance));
        Require.AtLeast(populationSize, 2, nameof(populationSize));
        CheckBatchSize(sampleSize, populationSize, nameof(sampleSize));
        return variance * (populationSize - sampleSize) / ((populationSize - 1.0) * sampleSize);
    }

    /// <summary>E‖g_B − ḡ‖² for batches of <paramref name="batchSize"/>: σ²(N − m)/((N − 1)m) without replacement, σ²/m with.</summary>
    public double MinibatchVariance(int batchSize, SamplingMode mode = SamplingMode.WithoutReplacement)
    {
        CheckBatchSize(batchSize, SampleCount, nameof(batchSize));
        return mode == SamplingMode.WithReplacement ? TotalVariance / batchSize : FinitePopulationVariance(TotalVariance, SampleCount, batchSize);
    }

    /// <summary>
    /// |ḡₚ| / sd(g_B,ₚ) per weight for batches of <paramref name="batchSize"/> (without replacement): how far the mean
    /// gradient stands above the minibatch noise. A weight whose gradient is 0 on every sample gets 0.
    /// </summary>
    /// <remarks>
    /// RMSprop and Adam divide a running mean of g by the root of a running mean of g² over about 1/(1 − β) steps
    /// (<see cref="ExponentialMovingAverage.EffectiveWindow"/>): for a steady gradient that ratio estimates
    /// ḡ/√(ḡ² + σ²) = SNR/√(1 + SNR²), so weights with a low SNR take small steps.
    /// </remarks>
    public double[] SignalToNoise(int batchSize = 1)
    {
        double shrink = MinibatchVariance(batchSize) / TotalVariance;
        return _mean.Select((m, p) => _variance[p] == 0 || shrink == 0
            ? (m == 0 ? 0 : double.PositiveInfinity)
            : Math.Abs(m) / Math.Sqrt(_variance[p] * shrink)).ToArray();
    }

    /// <summary>Measures E‖g_B − ḡ‖² at each batch size over <paramref name="draws"/> random batches (seeded), beside its prediction.</summary>
    public IReadOnlyList<GradientVariancePoint> MeasureMinibatchVariance(IReadOnlyList<int> batchSizes, int draws = 200, int seed = 0,
        SamplingMode mode = SamplingMode.WithoutReplacement)
    {
        Require.NotEmpty(batchSizes, nameof(batchSizes));
        Require.AtLeast(draws, 2, nameof(draws));
        var g = new double[_mean.Length];
        var points = new List<GradientVariancePoint>();
        foreach (int m in batchSizes)
        {
            CheckBatchSize(m, SampleCount, nameof(batchSizes));
            var sampler = new MinibatchSampler(SampleCount, m, mode, seed);
            int fullBatches = mode == SamplingMode.WithReplacement ? sampler.BatchesPerEpoch : SampleCount / m;
            double sum = 0, sumOfSquares = 0;
            for (int drawn = 0; drawn < draws;)
            {
                sampler.NextEpoch();
                for (int b = 0; b < fullBatches && drawn < draws; b++, drawn++)
                {
                    _network.LossAndGradient(_parameters, _data, sampler.Batch(b), g);
                    double d2 = Math.Pow(VectorKernels.Distance(g, _mean), 2);
                    sum += d2;
                    sumOfSquares += d2 * d2;
                }
            }
            double mean = sum / draws, spread = Math.Sqrt(Math.Max(0, (sumOfSquares - draws * mean * mean) / (draws - 1)));
            points.Add(new GradientVariancePoint(m, mean, spread / Math.Sqrt(draws), MinibatchVariance(m, mode), draws));
        }
        return points;
    }

    private static void CheckBatchSize(int batchSize, int sampleCount, string paramName)
    {
        if (batchSize < 1 || batchSize > sampleCount)
            throw new ArgumentOutOfRangeException(paramName, batchSize, $"{paramName} must lie in [1, {sampleCount}], but was {batchSize}.");
    }
}
