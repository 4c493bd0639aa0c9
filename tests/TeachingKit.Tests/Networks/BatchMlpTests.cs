using TeachingKit.Differentiation;
using TeachingKit.Networks;

namespace TeachingKit.Tests.Networks;

public class BatchMlpTests
{
    public static TheoryData<Activation, LossFunction> Cases() => new()
    {
        { Activation.Tanh, LossFunction.SoftmaxCrossEntropy },
        { Activation.Sigmoid, LossFunction.SoftmaxCrossEntropy },
        { Activation.Relu, LossFunction.SoftmaxCrossEntropy },
        { Activation.Tanh, LossFunction.SquaredError },
        { Activation.Relu, LossFunction.SquaredError },
        { Activation.Sigmoid, LossFunction.SquaredError },
    };

    // Random layer sizes (some not multiples of the SIMD width), inputs, one-hot or soft targets, and He weights with random biases.
    private static (BatchMlp Network, double[] Theta, Dataset Data) RandomProblem(Activation activation, LossFunction loss, int seed, int samples = 9)
    {
        var random = new Random(seed);
        int[] sizes = [random.Next(2, 7), random.Next(1, 6), random.Next(2, 5), random.Next(2, 5)];
        var network = new BatchMlp(sizes, activation, loss);
        var theta = network.InitialParameters(Initialization.He, seed);
        for (int p = 0; p < theta.Length; p++) theta[p] += 0.1 * (random.NextDouble() - 0.5);
        var inputs = Enumerable.Range(0, samples).Select(_ => Enumerable.Range(0, sizes[0]).Select(_ => 2 * random.NextDouble() - 1).ToArray()).ToArray();
        var targets = Enumerable.Range(0, samples).Select(_ =>
        {
            var y = new double[sizes[^1]];
            y[random.Next(y.Length)] = 1;
            return y;
        }).ToArray();
        return (network, theta, new Dataset(inputs, targets));
    }

    // The loss written independently, sample by sample and neuron by neuron, in the AutoDiff arithmetic.
    private static Var ReferenceLoss(BatchMlp network, Var[] theta, Dataset data, int[] batch)
    {
        var mlp = network.Architecture;
        var sizes = mlp.LayerSizes;
        Var total = 0;
        foreach (int s in batch)
        {
            var a = data.Inputs[s].Select(v => (Var)v).ToArray();
            for (int l = 1; l < sizes.Count; l++)
            {
                var z = new Var[sizes[l]];
                for (int i = 0; i < sizes[l]; i++)
                {
                    z[i] = theta[mlp.BiasIndex(l, i)];
                    for (int j = 0; j < sizes[l - 1]; j++) z[i] += theta[mlp.WeightIndex(l, i, j)] * a[j];
                }
                a = l == sizes.Count - 1 ? z : z.Select(v => Apply(mlp.HiddenActivation, v)).ToArray();
            }
            var y = data.Targets[s];
            if (network.LossFunction == LossFunction.SquaredError)
                for (int k = 0; k < y.Length; k++) total += Var.Square(a[k] - y[k]);
            else
            {
                Var sum = 0;
                foreach (var zk in a) sum += Var.Exp(zk);
                for (int k = 0; k < y.Length; k++) total += y[k] * (Var.Log(sum) - a[k]);
            }
        }
        return total / batch.Length;
    }

    private static Var Apply(Activation activation, Var z) => activation switch
    {
        Activation.Tanh => Var.Tanh(z),
        Activation.Sigmoid => Var.Sigmoid(z),
        Activation.Relu => Var.Relu(z),
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BackpropagationMatchesAutoDiffOnRandomSmallNetworks(Activation activation, LossFunction loss)
    {
        for (int seed = 1; seed <= 4; seed++)
        {
            var (network, theta, data) = RandomProblem(activation, loss, seed);
            int[] batch = [3, 0, 7, 3, 5];   // a repeated sample, as a draw with replacement gives
            var expected = AutoDiff.Gradient(t => ReferenceLoss(network, t, data, batch), theta);
            var gradient = new double[theta.Length];
            double value = network.LossAndGradient(theta, data, batch, gradient);
            Assert.Equal(AutoDiff.Value(t => ReferenceLoss(network, t, data, batch), theta), value, 12);
            for (int p = 0; p < theta.Length; p++)
                Assert.True(Math.Abs(gradient[p] - expected[p]) <= 1e-12 * Math.Max(1, Math.Abs(expected[p])),
                    $"seed {seed}, parameter {p}: backprop {gradient[p]}, AutoDiff {expected[p]}");
        }
    }

    [Fact]
    public void BatchesLongerThanOneBlockAccumulateTheMeanGradient()
    {
        var (network, theta, data) = RandomProblem(Activation.Tanh, LossFunction.SoftmaxCrossEntropy, 7, samples: 150);
        var all = new double[theta.Length];
        double loss = network.LossAndGradient(theta, data, all);
        // The mean over 150 samples is the weighted mean of the means over the first 64 and the other 86.
        var first = new double[theta.Length];
        var rest = new double[theta.Length];
        double lossFirst = network.LossAndGradient(theta, data, Enumerable.Range(0, 64).ToArray(), first);
        double lossRest = network.LossAndGradient(theta, data, Enumerable.Range(64, 86).ToArray(), rest);
        Assert.Equal((64 * lossFirst + 86 * lossRest) / 150, loss, 12);
        for (int p = 0; p < theta.Length; p++) Assert.Equal((64 * first[p] + 86 * rest[p]) / 150, all[p], 12);
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Sigmoid)]
    public void SquaredErrorAgreesWithTheSampleBySampleMlp(Activation output)
    {
        var network = new BatchMlp([3, 5, 2], Activation.Tanh, LossFunction.SquaredError, output);
        var (_, _, data) = RandomProblem(Activation.Tanh, LossFunction.SquaredError, 3);
        data = new Dataset(data.Inputs.Select(x => x[..3]).ToArray(), data.Targets.Select(y => y[..2]).ToArray());
        var theta = network.InitialParameters(Initialization.Xavier, 5);
        var gradient = new double[theta.Length];
        Assert.Equal(network.Architecture.Loss(theta, data), network.LossAndGradient(theta, data, gradient), 12);
        var expected = network.Architecture.Gradient(theta, data);
        for (int p = 0; p < theta.Length; p++) Assert.Equal(expected[p], gradient[p], 12);
    }

    [Fact]
    public void InitializationsHaveTheirVariancesAndZeroBiases()
    {
        var network = new BatchMlp([200, 100, 10], Activation.Relu);
        var he = network.InitialParameters(Initialization.He, 1);
        var xavier = network.InitialParameters(Initialization.Xavier, 1);
        var firstLayer = Enumerable.Range(0, 100).SelectMany(i => Enumerable.Range(0, 200).Select(j => network.Architecture.WeightIndex(1, i, j))).ToArray();
        // 20,000 draws: the sample variance is within 3 % of its expectation (its relative standard error is 1 %).
        Assert.Equal(2.0 / 200, firstLayer.Select(p => he[p] * he[p]).Average(), 0.03 * 2.0 / 200);
        Assert.Equal(6.0 / 300 / 3, firstLayer.Select(p => xavier[p] * xavier[p]).Average(), 0.03 * 6.0 / 300 / 3);
        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal(0.0, he[network.Architecture.BiasIndex(1, i)]));
        Assert.All(network.InitialParameters(Initialization.Zero, 1), w => Assert.Equal(0.0, w));
        Assert.Equal(he, network.InitialParameters(Initialization.He, 1));
    }

    [Fact]
    public void PredictionsAreProbabilitiesAndEvaluateCountsArgmaxHits()
    {
        var (network, theta, data) = RandomProblem(Activation.Tanh, LossFunction.SoftmaxCrossEntropy, 2);
        int hits = 0;
        for (int s = 0; s < data.Count; s++)
        {
            var p = network.Predict(theta, data.Inputs[s]);
            Assert.Equal(1.0, p.Sum(), 12);
            if (Array.IndexOf(p, p.Max()) == Array.IndexOf(data.Targets[s], 1.0)) hits++;
        }
        var (loss, accuracy) = network.Evaluate(theta, data);
        Assert.Equal((double)hits / data.Count, accuracy);
        Assert.Equal(network.Loss(theta, data, Enumerable.Range(0, data.Count).ToArray()), loss, 14);
    }

    [Fact]
    public void BadArgumentsAreRefusedByName()
    {
        var (network, theta, data) = RandomProblem(Activation.Tanh, LossFunction.SoftmaxCrossEntropy, 1);
        Assert.Equal("outputActivation", Assert.Throws<ArgumentException>(() => new BatchMlp([2, 2], Activation.Tanh, LossFunction.SoftmaxCrossEntropy, Activation.Sigmoid)).ParamName);
        Assert.Equal("batch", Assert.Throws<ArgumentOutOfRangeException>(() => network.Loss(theta, data, [0, data.Count])).ParamName);
        Assert.Equal("batch", Assert.Throws<ArgumentException>(() => network.Loss(theta, data, [])).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => network.Loss(theta[1..], data)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => network.LossAndGradient(theta, data, new double[3])).ParamName);
    }
}
