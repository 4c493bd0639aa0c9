using TeachingKit.LossSurfaces;
using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Conditioning;
using TeachingKit.Data;
using TeachingKit.Networks;
using TeachingKit.Optimization;

namespace TeachingKit.Tests.Conditioning;

public class CurvatureTests
{
    private static readonly Dataset Digits200 = FeatureScaling.Standardise(
        DigitRegression.FromOneHot(Digits.Load(Support.Repository.PathTo("data", "digits.csv")).Split().Train.Take(200)));

    [Fact]
    public void OutputBlockIsTwiceTheSecondMomentOfTheHiddenActivations()
    {
        var data = FeatureScaling.Standardise(MixedUnits.HeightMassIncome(count: 100));
        var coupling = ActivationCoupling.AtStart(data, hidden: 5, Activation.Sigmoid, seed: 1);
        var network = new BatchMlp([3, 5, 1], Activation.Sigmoid, LossFunction.SquaredError);
        var hidden = network.LayerOutputs(network.InitialParameters(Initialization.Xavier, 1), data, 1);
        for (int i = 0; i <= 5; i++)
            for (int j = 0; j <= 5; j++)
            {
                double expected = 2 * hidden.Average(a => (i < 5 ? a[i] : 1) * (j < 5 ? a[j] : 1));
                // Exact Hessian (dual numbers) against the closed form: the same sums in another order, 1e-12.
                Assert.Equal(expected, coupling.OutputBlock[i, j], 12);
            }
        double biasCoupling = Enumerable.Range(0, 5).Average(i => Math.Abs(hidden.Average(a => a[i])) / Math.Sqrt(hidden.Average(a => a[i] * a[i])));
        Assert.Equal(biasCoupling, coupling.BiasCoupling, 12);
    }

    [Fact]
    public void LogisticUnitsCoupleTheOutputWeightsMoreThanTanhUnits()
    {
        var logistic = ActivationCoupling.AtStart(Digits200, 6, Activation.Sigmoid);
        var tanh = ActivationCoupling.AtStart(Digits200, 6, Activation.Tanh);
        // Lecture's cure B: mean about ½ against about 0.
        Assert.InRange(logistic.BiasCoupling, 0.8, 1);
        Assert.InRange(tanh.BiasCoupling, 0, 0.2);
        Assert.True(logistic.OutputSpectrum.ConditionNumber > 10 * tanh.OutputSpectrum.ConditionNumber);
    }

    [Fact]
    public void BatchNormalisedLayersIgnoreTheirBiases()
    {
        var network = new BatchMlp([2, 4, 1], Activation.Tanh, LossFunction.SquaredError, batchNormalization: true);
        var data = MixedUnits.HeightAndMass(count: 60);
        var hessian = SecondOrderObjective.FromNetwork(network, data).Hessian(network.InitialParameters(Initialization.Xavier, 0));
        // The batch mean removes b₁ exactly, so its rows of the exact Hessian are 0 up to rounding (1e-12 of the largest entry).
        for (int i = 0; i < 4; i++)
            Assert.True(hessian.Row(network.Architecture.BiasIndex(1, i)).AbsoluteMaximum() < 1e-12 * hessian.InfinityNorm());
    }

    [Fact]
    public void SpectrumOfASaturatedNetworkCountsItsFlatDirections()
    {
        // Raw height (cm) and mass (kg) saturate every tanh unit of a Xavier start: tanh′ = 0 to double precision, and each
        // unit outputs the same ±1 for every sample. The only curvature is the output block 2·ããᵀ with ã = (±1, ±1, ±1, ±1, 1)
        // the same for all samples: rank one, eigenvalue 2·‖ã‖² = 10. A 16-dimensional exact null space, the case where
        // the values-only QL iteration failed to converge.
        var network = new BatchMlp([2, 4, 1], Activation.Tanh, LossFunction.SquaredError);
        var data = MixedUnits.HeightAndMass();
        var spectrum = new CurvatureSpectrum(network.Architecture.Hessian(network.InitialParameters(Initialization.Xavier, 0), data));
        Assert.Equal(16, spectrum.ZeroCount);
        Assert.Equal(0, spectrum.NegativeCount);
        Assert.Equal(double.PositiveInfinity, spectrum.ConditionNumber);
        Assert.Equal(10, spectrum.Largest, 12);
    }

    [Fact]
    public void AdamsFirstDenominatorIsTheGradientAndSoTheDiagonalFromOnes()
    {
        var quadratic = Quadratic.WithConditionNumber(50, 6);
        var first = AdamCurvature.Compare(quadratic, new Adam(0.01), Enumerable.Repeat(1.0, 6).ToArray(), [1])[0];
        // Bias-corrected r̂ after one step is g² exactly; g = λw = λ at w = 1 (δ = 1e-8 is not in √r̂).
        for (int i = 0; i < 6; i++) Assert.Equal(quadratic.Eigenvalues[i], first.Denominator[i], 12);
        Assert.Equal(1, first.Fit.Exponent, 9);
    }

    [Fact]
    public void PowerLawFitsRecoverAnExactLaw()
    {
        double[] n = [10, 20, 40, 80];
        var ys = n.Select(x => 3e-9 * Math.Pow(x, 2.5)).ToArray();
        var fit = PowerLaw.Fit(n, ys);
        Assert.Equal(2.5, fit.Exponent, 10);
        Assert.Equal(1, fit.Coefficient / 3e-9, 9);
        Assert.Equal(1, PowerLaw.WithExponent(n, ys, 2.5).Coefficient / 3e-9, 9);
    }
}
