using TeachingKit.Differentiation;
using TeachingKit.Networks;

namespace TeachingKit.Tests.Networks;

public class BatchNormalizationTests
{
    private const double Epsilon = 1e-5;

    // rows × features numbers with a different mean and spread per feature, so that normalising has work to do.
    private static double[] RandomRows(int rows, int features, int seed)
    {
        var random = new Random(seed);
        var values = new double[rows * features];
        for (int s = 0; s < rows; s++)
            for (int f = 0; f < features; f++) values[s * features + f] = (f - 2) + (0.2 + f) * (2 * random.NextDouble() - 1);
        return values;
    }

    // BN written independently in the AutoDiff arithmetic, feature by feature over the batch (Ioffe & Szegedy, Algorithm 1).
    private static Var[] ReferenceNormalize(Var[] u, int rows, int features, Var[] gamma, Var[] beta)
    {
        var y = new Var[u.Length];
        for (int f = 0; f < features; f++)
        {
            Var mean = 0, variance = 0;
            for (int s = 0; s < rows; s++) mean += u[s * features + f];
            mean /= rows;
            for (int s = 0; s < rows; s++) variance += Var.Square(u[s * features + f] - mean);
            variance /= rows;
            for (int s = 0; s < rows; s++) y[s * features + f] = gamma[f] * ((u[s * features + f] - mean) / Var.Sqrt(variance + Epsilon)) + beta[f];
        }
        return y;
    }

    [Fact]
    public void TrainingModeGivesEachFeatureZeroMeanAndUnitVariance()
    {
        const int rows = 50, features = 7;
        var values = RandomRows(rows, features, 1);
        var before = (double[])values.Clone();
        var layer = new BatchNormalization(features, Epsilon);
        layer.Forward(values, rows, Enumerable.Repeat(1.0, features).ToArray(), new double[features], training: true, updateRunning: false);
        for (int f = 0; f < features; f++)
        {
            var column = Enumerable.Range(0, rows).Select(s => values[s * features + f]).ToArray();
            var raw = Enumerable.Range(0, rows).Select(s => before[s * features + f]).ToArray();
            double rawVariance = raw.Select(v => (v - raw.Average()) * (v - raw.Average())).Average();
            double variance = column.Select(v => v * v).Average();
            // Means of 50 numbers of size ≤ 10: rounding leaves ~1e-15. The variance is exactly σ²/(σ² + ε), i.e. 1 up to ε/σ².
            Assert.Equal(0, column.Average(), 1e-12);
            Assert.Equal(rawVariance / (rawVariance + Epsilon), variance, 1e-12);
            Assert.Equal(1, variance, Epsilon / rawVariance);
        }
    }

    [Fact]
    public void ForwardAndBackwardAgreeWithAutoDiff()
    {
        const int rows = 6, features = 4;
        var u = RandomRows(rows, features, 2);
        var random = new Random(3);
        var gamma = Enumerable.Range(0, features).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var beta = Enumerable.Range(0, features).Select(_ => random.NextDouble() - 0.5).ToArray();
        var weights = Enumerable.Range(0, u.Length).Select(_ => random.NextDouble() - 0.5).ToArray();
        // L(y) = Σ c·y + ½ Σ y², so that ∂L/∂y = c + y differs from row to row and depends on the output.
        Var Loss(Var[] p)
        {
            var y = ReferenceNormalize(p[..u.Length], rows, features, p[u.Length..(u.Length + features)], p[(u.Length + features)..]);
            Var total = 0;
            for (int k = 0; k < y.Length; k++) total += weights[k] * y[k] + 0.5 * Var.Square(y[k]);
            return total;
        }
        double[] point = [.. u, .. gamma, .. beta];
        var expected = AutoDiff.Gradient(Loss, point);

        var layer = new BatchNormalization(features, Epsilon);
        var y = (double[])u.Clone();
        layer.Forward(y, rows, gamma, beta, training: true, updateRunning: false);
        Assert.Equal(AutoDiff.Value(Loss, point), y.Select((v, k) => weights[k] * v + 0.5 * v * v).Sum(), 12);
        var deltas = y.Select((v, k) => weights[k] + v).ToArray();
        var gammaGradient = new double[features];
        var betaGradient = new double[features];
        layer.Backward(deltas, gamma, gammaGradient, betaGradient);
        double[] gradient = [.. deltas, .. gammaGradient, .. betaGradient];
        // Both are exact; they differ by rounding of sums of ~10 terms of size ~1/√ε at worst: 1e-9 relative is generous.
        for (int p = 0; p < point.Length; p++)
            Assert.True(Math.Abs(gradient[p] - expected[p]) <= 1e-9 * Math.Max(1, Math.Abs(expected[p])), $"parameter {p}: {gradient[p]} vs AutoDiff {expected[p]}");
    }

    // A batch-normalised network's mean loss, written layer by layer over the whole batch in the AutoDiff arithmetic.
    private static Var ReferenceNetworkLoss(BatchMlp network, Var[] theta, Dataset data, int[] batch)
    {
        var mlp = network.Architecture;
        var sizes = mlp.LayerSizes;
        int n = batch.Length, last = sizes.Count - 1;
        var a = batch.Select(s => data.Inputs[s].Select(v => (Var)v).ToArray()).ToArray();
        for (int l = 1; l <= last; l++)
        {
            var z = new Var[n * sizes[l]];
            for (int s = 0; s < n; s++)
                for (int i = 0; i < sizes[l]; i++)
                {
                    Var sum = theta[mlp.BiasIndex(l, i)];
                    for (int j = 0; j < sizes[l - 1]; j++) sum += theta[mlp.WeightIndex(l, i, j)] * a[s][j];
                    z[s * sizes[l] + i] = sum;
                }
            if (l < last)
            {
                var gamma = Enumerable.Range(0, sizes[l]).Select(f => theta[network.GammaIndex(l, f)]).ToArray();
                var beta = Enumerable.Range(0, sizes[l]).Select(f => theta[network.GammaIndex(l, f) + sizes[l]]).ToArray();
                z = ReferenceNormalize(z, n, sizes[l], gamma, beta).Select(v => mlp.HiddenActivation == Activation.Tanh ? Var.Tanh(v) : Var.Relu(v)).ToArray();
            }
            a = Enumerable.Range(0, n).Select(s => z[(s * sizes[l])..((s + 1) * sizes[l])]).ToArray();
        }
        Var total = 0;
        for (int s = 0; s < n; s++)
        {
            Var sum = 0;
            foreach (var zk in a[s]) sum += Var.Exp(zk);
            var y = data.Targets[batch[s]];
            for (int k = 0; k < y.Length; k++) total += y[k] * (Var.Log(sum) - a[s][k]);
        }
        return total / n;
    }

    private static (BatchMlp Network, double[] Theta, Dataset Data) RandomNetwork(Activation activation, int samples, int seed)
    {
        var random = new Random(seed);
        var network = new BatchMlp([3, 5, 4, 3], activation, batchNormalization: true);
        var theta = network.InitialParameters(Initialization.He, seed);
        for (int p = 0; p < theta.Length; p++) theta[p] += 0.2 * (random.NextDouble() - 0.5);   // γ ≠ 1, β ≠ 0, biases ≠ 0
        var inputs = Enumerable.Range(0, samples).Select(_ => Enumerable.Range(0, 3).Select(_ => 2 * random.NextDouble() - 1).ToArray()).ToArray();
        var targets = Enumerable.Range(0, samples).Select(_ => { var y = new double[3]; y[random.Next(3)] = 1; return y; }).ToArray();
        return (network, theta, new Dataset(inputs, targets));
    }

    [Theory]
    [InlineData(Activation.Tanh, 9)]
    [InlineData(Activation.Relu, 9)]
    [InlineData(Activation.Tanh, 70)]   // more than one block: the batch statistics must span every row
    public void TheNetworksLossAndGradientAgreeWithAutoDiff(Activation activation, int samples)
    {
        var (network, theta, data) = RandomNetwork(activation, samples, samples);
        var batch = Enumerable.Range(0, samples).Reverse().ToArray();
        var expected = AutoDiff.Gradient(t => ReferenceNetworkLoss(network, t, data, batch), theta);
        var gradient = new double[theta.Length];
        double loss = network.LossAndGradient(theta, data, batch, gradient);
        Assert.Equal(AutoDiff.Value(t => ReferenceNetworkLoss(network, t, data, batch), theta), loss, 12);
        // The bias of a normalised layer is cancelled by the batch mean: its derivative is 0 up to rounding.
        Assert.Equal(0, gradient[network.Architecture.BiasIndex(1, 0)], 1e-12);
        for (int p = 0; p < theta.Length; p++)
            Assert.True(Math.Abs(gradient[p] - expected[p]) <= 1e-10 * Math.Max(1, Math.Abs(expected[p])), $"parameter {p}: {gradient[p]} vs AutoDiff {expected[p]}");
    }

    [Fact]
    public void GradientStepsGatherTheRunningStatisticsThatInferenceUses()
    {
        var (network, theta, data) = RandomNetwork(Activation.Tanh, 40, 5);
        var gradient = new double[theta.Length];
        network.Loss(theta, data);   // a loss alone does not touch the running estimates
        Assert.All(network.NormalizationOf(1).RunningVariance, v => Assert.Equal(1.0, v));
        for (int step = 0; step < 300; step++) network.LossAndGradient(theta, data, gradient);

        // Layer 1's pre-activations z = W₁x + b₁ over the 40 samples: the running estimates have converged to their
        // mean and unbiased variance (the gap shrinks by 0.9 a step: 0.9³⁰⁰ ≈ 2e-14).
        var mlp = network.Architecture;
        var layer = network.NormalizationOf(1);
        for (int i = 0; i < 5; i++)
        {
            var z = data.Inputs.Select(x => theta[mlp.BiasIndex(1, i)] + Enumerable.Range(0, 3).Sum(j => theta[mlp.WeightIndex(1, i, j)] * x[j])).ToArray();
            double mean = z.Average();
            Assert.Equal(mean, layer.RunningMean[i], 1e-10);
            Assert.Equal(z.Sum(v => (v - mean) * (v - mean)) / 39, layer.RunningVariance[i], 1e-10);
        }

        // With the running estimates equal to the full batch's statistics (up to N/(N − 1) in the variance), the inference
        // loss is the training-mode loss of a BN whose ε absorbs that factor — and each sample's output is its own.
        network.NormalizationMode = BatchNormalizationMode.Inference;
        double inference = network.Loss(theta, data);
        double onePerSample = Enumerable.Range(0, data.Count).Average(s => network.Loss(theta, data, [s]));
        Assert.Equal(inference, onePerSample, 12);
        var probabilities = network.Predict(theta, data.Inputs[0]);
        Assert.Equal(network.Loss(theta, data, [0]), -Math.Log(probabilities[Array.IndexOf(data.Targets[0], 1.0)]), 12);
        network.NormalizationMode = BatchNormalizationMode.Training;
        Assert.NotEqual(network.Loss(theta, data, [0, 1]), (network.Loss(theta, data, [0]) + network.Loss(theta, data, [1])) / 2, 6);
    }

    [Fact]
    public void InitialParametersLeaveTheNormalisedLayersAsTheyAre()
    {
        var network = new BatchMlp([4, 3, 2], Activation.Tanh, batchNormalization: true);
        Assert.Equal(network.Architecture.ParameterCount + 2 * 3, network.ParameterCount);
        var theta = network.InitialParameters(Initialization.Zero, 1);
        Assert.Equal([1.0, 1.0, 1.0, 0.0, 0.0, 0.0], theta[network.GammaIndex(1, 0)..]);
        Assert.Equal("layer", Assert.Throws<ArgumentOutOfRangeException>(() => network.NormalizationOf(2)).ParamName);
        Assert.Throws<InvalidOperationException>(() => new BatchMlp([4, 3, 2], Activation.Tanh).NormalizationOf(1));
    }
}
