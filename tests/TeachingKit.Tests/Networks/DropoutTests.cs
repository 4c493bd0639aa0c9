using TeachingKit.Networks;

namespace TeachingKit.Tests.Networks;

public class DropoutTests
{
    private static (BatchMlp Network, double[] Theta, Dataset Data) Problem(Activation activation)
    {
        var random = new Random(5);
        var network = new BatchMlp([4, 6, 5, 3], activation);
        var theta = network.InitialParameters(Initialization.Xavier, 1);
        for (int p = 0; p < theta.Length; p++) theta[p] += 0.1 * (random.NextDouble() - 0.5);
        var inputs = Enumerable.Range(0, 7).Select(_ => Enumerable.Range(0, 4).Select(_ => 2 * random.NextDouble() - 1).ToArray()).ToArray();
        var targets = Enumerable.Range(0, 7).Select(i => Enumerable.Range(0, 3).Select(k => k == i % 3 ? 1.0 : 0).ToArray()).ToArray();
        return (network, theta, new Dataset(inputs, targets));
    }

    // A fresh copy with the same seed draws the same masks on its first pass, so the masked loss is one fixed function
    // of θ: its central differences must match the backpropagated gradient.
    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Sigmoid)]
    public void TheDropoutGradientIsTheGradientOfTheMaskedLoss(Activation activation)
    {
        var (network, theta, data) = Problem(activation);
        int[] batch = [0, 1, 2, 3, 4, 5, 6];
        var gradient = new double[theta.Length];
        double loss = network.WithDropout(0.6, seed: 9).LossAndGradient(theta, data, batch, gradient);
        var plainGradient = new double[theta.Length];
        Assert.NotEqual(network.LossAndGradient(theta, data, batch, plainGradient), loss);   // the masks change the loss
        const double h = 1e-5;
        for (int p = 0; p < theta.Length; p++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[p] += h;
            minus[p] -= h;
            double difference = (MaskedLoss(plus) - MaskedLoss(minus)) / (2 * h);
            // Central differences of a smooth loss: error O(h²) ≈ 1e-10, plus rounding ε·L/h ≈ 1e-11.
            Assert.Equal(difference, gradient[p], 1e-7);
        }

        double MaskedLoss(double[] at) => network.WithDropout(0.6, seed: 9).LossAndGradient(at, data, batch, new double[theta.Length]);
    }

    [Fact]
    public void KeepingEveryUnitIsThePlainNetworkAndEvaluationNeverMasks()
    {
        var (network, theta, data) = Problem(Activation.Tanh);
        int[] batch = [0, 2, 4, 6];
        var plain = new double[theta.Length];
        var kept = new double[theta.Length];
        Assert.Equal(network.LossAndGradient(theta, data, batch, plain), network.WithDropout(1, 3).LossAndGradient(theta, data, batch, kept));
        Assert.Equal(plain, kept);   // q = 1 draws no mask: the same arithmetic, bit for bit
        var dropout = network.WithDropout(0.5, 3);
        dropout.LossAndGradient(theta, data, batch, kept);   // a training pass first, then evaluation must see the whole network
        Assert.Equal(network.Evaluate(theta, data), dropout.Evaluate(theta, data));
        Assert.Equal(network.Predict(theta, data.Inputs[1]), dropout.Predict(theta, data.Inputs[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => network.WithDropout(0, 1));
    }

    // Inverted dropout keeps E[μ/q] = 1: for a network linear in its hidden units, with squared error, ∂L/∂b_out = 2(ŷ − y)
    // is linear in the masked units, so its mean over masks is the unmasked network's. Checked against the sample's own
    // standard error: |mean − plain| < 4 SE fails by chance with probability below 1e-4.
    [Fact]
    public void InvertedDropoutKeepsTheMeanOfALinearNetwork()
    {
        var network = new BatchMlp([3, 40, 1], Activation.Linear, LossFunction.SquaredError);
        var theta = network.InitialParameters(Initialization.Xavier, 2);
        var data = new Dataset([[0.5, -1, 0.25]], [[0.0]]);
        int bias = network.ParameterCount - 1;
        var gradient = new double[theta.Length];
        network.LossAndGradient(theta, data, gradient);
        double plain = gradient[bias];
        const int masks = 4000;
        var samples = new double[masks];
        var dropout = network.WithDropout(0.5, seed: 11);
        for (int m = 0; m < masks; m++)
        {
            dropout.LossAndGradient(theta, data, gradient);
            samples[m] = gradient[bias];
        }
        double mean = samples.Average();
        double standardError = Math.Sqrt(samples.Sum(v => (v - mean) * (v - mean)) / (masks - 1) / masks);
        Assert.True(standardError > 0, "the masks must change the output");
        Assert.InRange(Math.Abs(mean - plain), 0, 4 * standardError);
    }
}
