using TeachingKit.LossSurfaces;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Tests.Networks;

namespace TeachingKit.Tests.LossSurfaces;

public class LossSurfaceTests
{
    [Fact]
    public void EachFilterNormalisedNeuronHasTheNetworksNorm()
    {
        var (network, theta, _) = BatchNormalizationTests.RandomNetwork(Activation.Relu, 5, 1, batchNormalization: true);
        var direction = FilterNormalization.RandomDirection(network, theta, seed: 3);
        var expected = FilterNormalization.NeuronNorms(network, theta);
        var actual = FilterNormalization.NeuronNorms(network, direction);
        // Rescaling a row to a given norm is exact up to rounding of a dozen products.
        for (int l = 0; l < expected.Length; l++)
            for (int i = 0; i < expected[l].Length; i++) Assert.Equal(expected[l][i], actual[l][i], 1e-12 * expected[l][i]);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(0.0, direction[network.Architecture.BiasIndex(1, i)]);   // biases and BN parameters stay put
            Assert.Equal(0.0, direction[network.GammaIndex(1, i)]);
        }
        Assert.NotEqual(direction, FilterNormalization.RandomDirection(network, theta, seed: 4));
    }

    [Fact]
    public void TheSliceIsTheLossAtEachGridPoint()
    {
        var (network, theta, data) = BatchNormalizationTests.RandomNetwork(Activation.Tanh, 70, 2, batchNormalization: false, skipConnections: true);
        var u = FilterNormalization.RandomDirection(network, theta, 1);
        var v = FilterNormalization.RandomDirection(network, theta, 2);
        var grid = SurfaceSlice.Evaluate(network, theta, u, v, data, radius: 0.5, points: 5);
        Assert.Equal(network.Loss(theta, data), grid.Center, 12);
        var point = theta.Select((t, p) => t + grid.Alphas[4] * u[p] + grid.Betas[1] * v[p]).ToArray();
        Assert.Equal(network.Loss(point, data), grid.Loss[1][4], 12);
    }

    [Fact]
    public void TheBlockedKernelsGiveTheSameLossAndGradientToRounding()
    {
        // Widths 3, 5, 5, 3 and 70 rows: every remainder of the 4-row × 8-neuron tiles and of the 4-lane tanh is exercised.
        var (network, theta, data) = BatchNormalizationTests.RandomNetwork(Activation.Tanh, 70, 9, batchNormalization: false, skipConnections: true);
        var blocked = network.Twin(blockedKernels: true);
        var g = new double[theta.Length];
        var h = new double[theta.Length];
        Assert.Equal(network.LossAndGradient(theta, data, g), blocked.LossAndGradient(theta, data, h), 13);
        for (int p = 0; p < theta.Length; p++) Assert.Equal(g[p], h[p], 13);
    }

    [Fact]
    public void TheAssignmentIsTheBestOfAllPermutations()
    {
        var random = new Random(5);
        for (int n = 1; n <= 6; n++)
        {
            var score = new double[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++) score[i, j] = random.NextDouble() - 0.3;
            var best = Permutations(n).Max(p => p.Select((j, i) => score[i, j]).Sum());
            var found = Assignment.Maximize(score);
            Assert.Equal(Enumerable.Range(0, n), found.Order());
            Assert.Equal(best, found.Select((j, i) => score[i, j]).Sum(), 12);
        }
    }

    private static IEnumerable<int[]> Permutations(int n) => n == 0 ? [[]] :
        Permutations(n - 1).SelectMany(p => Enumerable.Range(0, n).Select(k => p.Take(k).Append(n - 1).Concat(p.Skip(k)).ToArray()));

    [Fact]
    public void AligningUndoesAPermutationOfTheHiddenUnits()
    {
        var network = new BatchMlp([4, 6, 3], Activation.Tanh);
        var theta = network.InitialParameters(Initialization.He, 1);
        int[] shuffle = [3, 0, 5, 1, 4, 2];
        var permuted = network.Architecture.PermuteHidden(theta, 1, shuffle);
        var aligned = HiddenUnitAlignment.Align(network, theta, permuted);
        for (int p = 0; p < theta.Length; p++) Assert.Equal(theta[p], aligned[p], 15);
    }

    [Fact]
    public void TheProfileEndsAtTheTwoNetworksLosses()
    {
        var (network, theta, data) = BatchNormalizationTests.RandomNetwork(Activation.Tanh, 20, 3, batchNormalization: false);
        var other = theta.Select(t => -0.5 * t).ToArray();
        var profile = LinearProfile.Between(network, theta, other, data, -0.5, 1.5, 9);   // t = −0.5, −0.25, …, 1.5
        Assert.Equal(network.Loss(theta, data), profile.Loss[2], 12);
        Assert.Equal(network.Loss(other, data), profile.Loss[6], 12);
        Assert.Equal(profile.Loss[2..7].Max() - Math.Max(profile.Loss[2], profile.Loss[6]), profile.Barrier, 12);
    }

    [Fact]
    public void ThePenningtonBahriFitRecoversItsParameters()
    {
        double[] losses = [0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.0];
        var fractions = losses.Select(e => e > 0.12 ? 0.05 * Math.Pow(e / 0.12 - 1, 1.5) : 0).ToArray();
        var fit = IndexLossFit.Fit(losses, fractions, gridPoints: 1000);
        // ε_c = 0.12 lies on the grid (0.12 = 1.0 · 120/1000), so the exact parameters give residual 0.
        Assert.Equal(0.12, fit.CriticalLoss, 1e-9);
        Assert.Equal(0.05, fit.Alpha0, 1e-9);
        Assert.Equal(0, fit.RootMeanSquare, 1e-12);
        Assert.Equal(fractions[4], fit.At(0.5), 1e-12);
    }

    [Fact]
    public void BothBranchesOfTheSwitchShareTheirHistoryUntilTheSwitch()
    {
        var (network, theta, data) = BatchNormalizationTests.RandomNetwork(Activation.Tanh, 40, 4, batchNormalization: false);
        var result = OptimizerSwitch.Run(network, theta, data, () => new GradientDescent(0.1), () => new Adam(0.01), 2, 3,
            new TrainingOptions { BatchSize = 8 }, profilePoints: 7);
        Assert.Equal(result.StayLoss[..3], result.SwitchLoss[..3]);
        Assert.Equal(6, result.StayLoss.Length);
        Assert.NotEqual(result.StayLoss[^1], result.SwitchLoss[^1]);
        Assert.Equal(network.Loss(result.StayEnd, data), result.StayLoss[^1], 12);
        Assert.Equal(network.Loss(result.SwitchEnd, data), result.BetweenEnds.Loss[5], 12);   // t = −0.25 + 5·0.25 = 1
    }
}
