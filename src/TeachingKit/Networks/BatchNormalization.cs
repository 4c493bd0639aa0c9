using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// Batch normalisation of one layer's features (Ioffe &amp; Szegedy 2015, Algorithm 1): in training mode each feature
/// is centred and scaled by its mean and variance over the batch, then y = γ x̂ + β; in inference mode by the running
/// estimates of those statistics gathered during training.
/// </summary>
/// <remarks>
/// <para>Rows are samples, stored one after another (row-major, <see cref="Features"/> per row), and are transformed
/// in place. Training mode: μ = (1/N) Σₙ uₙ, σ² = (1/N) Σₙ (uₙ − μ)² (the biased batch variance),
/// x̂ = (u − μ)/√(σ² + ε). Its backward pass (Ioffe &amp; Szegedy, §3) is
/// ∂L/∂u = γ/(N√(σ² + ε)) · (N ∂L/∂y − Σₙ ∂L/∂yₙ − x̂ Σₙ (∂L/∂yₙ) x̂ₙ), ∂L/∂γ = Σₙ (∂L/∂yₙ) x̂ₙ, ∂L/∂β = Σₙ ∂L/∂yₙ:
/// the loss of a sample depends on every other sample of the batch through μ and σ².</para>
/// <para>The running estimates follow PyTorch's convention: r ← (1 − m) r + m·(batch statistic), with the unbiased
/// variance N/(N − 1)·σ², momentum m = <see cref="Momentum"/>; they start at mean 0 and variance 1. Inference mode
/// uses them as constants, so the layer is then the fixed affine map γ (u − r_μ)/√(r_σ² + ε) + β.</para>
/// </remarks>
public sealed class BatchNormalization
{
    private readonly double[] _mean, _variance, _inverseDeviation, _sumDelta, _sumDeltaNormalized;
    private double[] _normalized = [];
    private int _rows;

    /// <summary>A layer normalising <paramref name="features"/> features, with ε = <paramref name="epsilon"/> and running-statistics momentum <paramref name="momentum"/>.</summary>
    public BatchNormalization(int features, double epsilon = 1e-5, double momentum = 0.1)
    {
        Features = Require.AtLeast(features, 1, nameof(features));
        Epsilon = Require.Positive(epsilon, nameof(epsilon));
        Momentum = Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum));
        RunningMean = new double[features];
        RunningVariance = Enumerable.Repeat(1.0, features).ToArray();
        _mean = new double[features];
        _variance = new double[features];
        _inverseDeviation = new double[features];
        _sumDelta = new double[features];
        _sumDeltaNormalized = new double[features];
    }

    /// <summary>Features per sample (the width of the layer normalised).</summary>
    public int Features { get; }

    /// <summary>ε added to the variance before the square root.</summary>
    public double Epsilon { get; }

    /// <summary>m, the weight of the newest batch in the running estimates.</summary>
    public double Momentum { get; }

    /// <summary>The running estimate of each feature's mean, used in inference mode.</summary>
    public double[] RunningMean { get; }

    /// <summary>The running estimate of each feature's (unbiased) variance, used in inference mode.</summary>
    public double[] RunningVariance { get; }

    /// <summary>Forgets the running estimates: mean 0, variance 1.</summary>
    public void ResetRunningStatistics()
    {
        Array.Clear(RunningMean);
        Array.Fill(RunningVariance, 1.0);
    }

    /// <summary>
    /// Replaces the first <paramref name="rows"/> rows u of <paramref name="values"/> by y = γ x̂ + β, with x̂ from the
    /// batch's statistics (<paramref name="training"/>) or from the running estimates. In training mode x̂ and 1/√(σ² + ε)
    /// are kept for <see cref="Backward"/>, and <paramref name="updateRunning"/> folds this batch into the running estimates
    /// (a batch of one row has no variance: its x̂ is 0 and it updates nothing).
    /// </summary>
    public void Forward(Span<double> values, int rows, ReadOnlySpan<double> gamma, ReadOnlySpan<double> beta, bool training, bool updateRunning)
    {
        CheckShape(values, rows, gamma, beta);
        if (!training)
        {
            for (int f = 0; f < Features; f++) _inverseDeviation[f] = 1 / Math.Sqrt(RunningVariance[f] + Epsilon);
            for (int s = 0; s < rows; s++)
            {
                var row = values.Slice(s * Features, Features);
                for (int f = 0; f < Features; f++) row[f] = gamma[f] * ((row[f] - RunningMean[f]) * _inverseDeviation[f]) + beta[f];
            }
            _rows = 0;
            return;
        }
        var variance = BatchStatistics(values, rows);
        if (_normalized.Length < rows * Features) _normalized = new double[rows * Features];
        for (int s = 0; s < rows; s++)
        {
            var row = values.Slice(s * Features, Features);
            var normalized = _normalized.AsSpan(s * Features, Features);
            for (int f = 0; f < Features; f++)
            {
                normalized[f] = (row[f] - _mean[f]) * _inverseDeviation[f];
                row[f] = gamma[f] * normalized[f] + beta[f];
            }
        }
        _rows = rows;
        if (!updateRunning || rows < 2) return;
        double unbiased = rows / (rows - 1.0);
        for (int f = 0; f < Features; f++)
        {
            RunningMean[f] += Momentum * (_mean[f] - RunningMean[f]);
            RunningVariance[f] += Momentum * (unbiased * variance[f] - RunningVariance[f]);
        }
    }

    /// <summary>
    /// Backward through the last training-mode <see cref="Forward"/>: replaces ∂L/∂y in the first rows of
    /// <paramref name="deltas"/> by ∂L/∂u, and adds ∂L/∂γ and ∂L/∂β to <paramref name="gammaGradient"/> and <paramref name="betaGradient"/>.
    /// </summary>
    public void Backward(Span<double> deltas, ReadOnlySpan<double> gamma, Span<double> gammaGradient, Span<double> betaGradient)
    {
        if (_rows == 0) throw new InvalidOperationException("Backward needs a training-mode Forward first.");
        CheckShape(deltas, _rows, gamma, gammaGradient);
        Require.SameLength(betaGradient.Length, Features, nameof(betaGradient), "the features");
        Array.Clear(_sumDelta);
        Array.Clear(_sumDeltaNormalized);
        for (int s = 0; s < _rows; s++)
        {
            var delta = deltas.Slice(s * Features, Features);
            var normalized = _normalized.AsSpan(s * Features, Features);
            for (int f = 0; f < Features; f++)
            {
                _sumDelta[f] += delta[f];
                _sumDeltaNormalized[f] += delta[f] * normalized[f];
            }
        }
        double perRow = 1.0 / _rows;
        for (int f = 0; f < Features; f++)
        {
            gammaGradient[f] += _sumDeltaNormalized[f];
            betaGradient[f] += _sumDelta[f];
        }
        for (int s = 0; s < _rows; s++)
        {
            var delta = deltas.Slice(s * Features, Features);
            var normalized = _normalized.AsSpan(s * Features, Features);
            for (int f = 0; f < Features; f++)
                delta[f] = gamma[f] * _inverseDeviation[f] * (delta[f] - perRow * (_sumDelta[f] + normalized[f] * _sumDeltaNormalized[f]));
        }
    }

    // μ into _mean, σ² (the biased variance) into _variance, which is returned, and 1/√(σ² + ε) into _inverseDeviation.
    private double[] BatchStatistics(ReadOnlySpan<double> values, int rows)
    {
        var variance = _variance;
        Array.Clear(_mean);
        Array.Clear(variance);
        for (int s = 0; s < rows; s++)
            for (int f = 0; f < Features; f++) _mean[f] += values[s * Features + f];
        for (int f = 0; f < Features; f++) _mean[f] /= rows;
        for (int s = 0; s < rows; s++)
            for (int f = 0; f < Features; f++)
            {
                double centred = values[s * Features + f] - _mean[f];
                variance[f] += centred * centred;
            }
        for (int f = 0; f < Features; f++)
        {
            variance[f] /= rows;
            _inverseDeviation[f] = 1 / Math.Sqrt(variance[f] + Epsilon);
        }
        return variance;
    }

    private void CheckShape(ReadOnlySpan<double> values, int rows, ReadOnlySpan<double> gamma, ReadOnlySpan<double> beta)
    {
        Require.AtLeast(rows, 1, nameof(rows));
        if (values.Length < rows * Features)
            throw new ArgumentException($"The values must hold {rows} rows of {Features} features, but hold {values.Length} numbers.", nameof(values));
        Require.SameLength(gamma.Length, Features, nameof(gamma), "the features");
        Require.SameLength(beta.Length, Features, nameof(beta), "the features");
    }
}
