using TeachingKit.CriticalPoints;
using TeachingKit.Differentiation;
using TeachingKit.Networks;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Networks;

public class HessianVectorProductTests
{
    [Theory]
    [InlineData(Activation.Tanh, false, false, 9)]
    [InlineData(Activation.Sigmoid, false, false, 70)]   // more than one block
    [InlineData(Activation.Tanh, true, false, 9)]
    [InlineData(Activation.Tanh, false, true, 9)]
    [InlineData(Activation.Tanh, true, true, 12)]
    [InlineData(Activation.Relu, true, true, 12)]
    public void ProductsEqualTheFullHessianTimesTheDirection(Activation activation, bool batchNormalization, bool skips, int samples)
    {
        var (network, theta, data) = BatchNormalizationTests.RandomNetwork(activation, samples, 10 + samples, batchNormalization, skips);
        var batch = Enumerable.Range(0, samples).ToArray();
        var exact = AutoDiff.SecondOrder(t => ReferenceNetwork.Loss(network, t, data, batch), theta);
        var random = new Random(samples);
        var product = new double[theta.Length];
        var gradient = new double[theta.Length];
        for (int trial = 0; trial < 3; trial++)
        {
            var v = Enumerable.Range(0, theta.Length).Select(_ => random.NextDouble() - 0.5).ToArray();
            double loss = network.HessianTimes(theta, data, batch, v, product, gradient);
            var expected = exact.Hessian * MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(v);
            Assert.Equal(exact.Value, loss, 12);
            // Both exact; sums over ≤ 70 samples and ~50 parameters of terms ≤ ~10 in size: rounding stays below 1e-10.
            for (int p = 0; p < theta.Length; p++)
            {
                Assert.True(Math.Abs(product[p] - expected[p]) <= 1e-10 * Math.Max(1, Math.Abs(expected[p])), $"trial {trial}, parameter {p}: Hv {product[p]} vs AutoDiff {expected[p]}");
                Assert.True(Math.Abs(gradient[p] - exact.Gradient[p]) <= 1e-10 * Math.Max(1, Math.Abs(exact.Gradient[p])), $"gradient {p}");
            }
        }
    }

    [Fact]
    public void SquaredErrorProductsAgreeWithTheSampleBySampleMlp()
    {
        var network = new BatchMlp([3, 4, 2], Activation.Tanh, LossFunction.SquaredError, Activation.Sigmoid);
        var random = new Random(4);
        var data = new Dataset(
            Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 3).Select(_ => random.NextDouble() - 0.5).ToArray()).ToArray(),
            Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 2).Select(_ => random.NextDouble()).ToArray()).ToArray());
        var theta = network.InitialParameters(Initialization.Xavier, 3);
        var v = Enumerable.Range(0, theta.Length).Select(_ => random.NextDouble() - 0.5).ToArray();
        var product = new double[theta.Length];
        network.HessianTimes(theta, data, v, product);
        var expected = network.Architecture.HessianTimes(theta, data, v);   // dual numbers through the per-sample Mlp
        for (int p = 0; p < theta.Length; p++) Assert.Equal(expected[p], product[p], 12);
    }

    [Fact]
    public void PowerIterationOnTheProductsFindsTheDominantEigenvalueOfTheFullSpectrum()
    {
        var (network, theta, data) = BatchNormalizationTests.RandomNetwork(Activation.Tanh, 30, 8, batchNormalization: false);
        var batch = Enumerable.Range(0, data.Count).ToArray();
        var spectrum = HessianClassifier.Eigenvalues(AutoDiff.SecondOrder(t => ReferenceNetwork.Loss(network, t, data, batch), theta).Hessian);
        double dominant = Math.Abs(spectrum[0]) > Math.Abs(spectrum[^1]) ? spectrum[0] : spectrum[^1];
        var result = PowerIteration.Run(theta.Length, (v, hv) => network.HessianTimes(theta, data, v, hv), seed: 1, maxIterations: 2000, tolerance: 1e-12);
        Assert.True(result.Converged);
        // At convergence to 1e-12 the Rayleigh quotient is exact to ~1e-12 relative; the residual bounds the error too.
        Assert.Equal(dominant, result.Eigenvalue, 1e-8 * Math.Abs(dominant));
        Assert.True(result.Residual <= 1e-4 * Math.Abs(dominant), $"residual {result.Residual}");
    }
}
