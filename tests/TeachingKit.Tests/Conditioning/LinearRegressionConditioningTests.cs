using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Conditioning;
using TeachingKit.Data;
using TeachingKit.Networks;

namespace TeachingKit.Tests.Conditioning;

public class LinearRegressionConditioningTests
{
    // Inputs with their own means and spreads, correlated, in the test's own arithmetic.
    private static Dataset RandomData(int count, int seed)
    {
        var random = new Random(seed);
        var inputs = new double[count][];
        var targets = new double[count][];
        for (int s = 0; s < count; s++)
        {
            double u = random.NextDouble(), v = random.NextDouble(), w = random.NextDouble();
            inputs[s] = [100 + 20 * u, -3 + u + 0.5 * v, 0.01 * w + 0.02 * u];
            targets[s] = [u - v + 0.1 * w];
        }
        return new Dataset(inputs, targets);
    }

    // The covariance eigenvalues of the standardised inputs, computed here from scratch with MathNet's EVD.
    private static double[] CorrelationEigenvalues(Dataset data)
    {
        int n = data.Count, d = data.InputDimension;
        var x = Matrix<double>.Build.DenseOfRowArrays(data.Inputs);
        for (int j = 0; j < d; j++)
        {
            var column = x.Column(j);
            double mean = column.Average(), sd = Math.Sqrt(column.Select(v => (v - mean) * (v - mean)).Average());
            x.SetColumn(j, column.Map(v => (v - mean) / sd));
        }
        return (x.TransposeThisAndMultiply(x) / n).Evd().EigenValues.Select(c => c.Real).ToArray();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void StandardisedKappaIsThatOfTwiceTheCorrelationMatrixAndTheBias(int seed)
    {
        var data = RandomData(300, seed);
        var exact = new CurvatureSpectrum(LinearRegression.Hessian(FeatureScaling.Standardise(data)));
        var closedForm = CorrelationEigenvalues(data).Select(l => 2 * l).Append(2.0).ToArray();
        // Two eigensolvers on the same well-conditioned 4×4 problem (κ < 100 here) agree to rounding: 1e-9 relative.
        Assert.Equal(1, exact.ConditionNumber / (closedForm.Max() / closedForm.Min()), 9);
    }

    [Fact]
    public void RawHessianIsTwiceTheSecondMomentOfTheExtendedInputs()
    {
        var data = RandomData(200, 2);
        var hessian = LinearRegression.Hessian(data);
        int d = data.InputDimension;
        for (int i = 0; i <= d; i++)
            for (int j = 0; j <= d; j++)
            {
                double expected = 2 * data.Inputs.Average(x => (i < d ? x[i] : 1) * (j < d ? x[j] : 1));
                // Entries up to 2·120² ≈ 3·10⁴ summed over 200 samples: 1e-9 relative covers the rounding.
                Assert.True(Math.Abs(hessian[i, j] - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"H[{i},{j}] = {hessian[i, j]}, expected {expected}");
            }
    }

    [Fact]
    public void MixedUnitsHaveExactlyThePrescribedSampleCorrelation()
    {
        var data = MixedUnits.HeightAndMass(count: 150, correlation: 0.6, seed: 4);
        var eigenvalues = FeatureScaling.CorrelationEigenvalues(data);
        // Eigenvalues of [[1, ρ], [ρ, 1]] are 1 ∓ ρ; the construction is exact up to rounding (1e-12).
        Assert.Equal(0.4, eigenvalues[0], 12);
        Assert.Equal(1.6, eigenvalues[1], 12);
        var scaling = FeatureScaling.Fit(data);
        Assert.Equal(170, scaling.Means[0], 9);
        Assert.Equal(12, scaling.StandardDeviations[1], 9);
    }

    [Fact]
    public void GradientDescentFollowsTheKappaLaw()
    {
        var run = LinearRegression.GradientDescent("test", FeatureScaling.Standardise(MixedUnits.HeightMassIncome()), tolerance: 1e-6);
        // The fit of ln distance over the second half of the run recovers the factor to a few 1e-4 (a linear method on a quadratic).
        Assert.Equal(run.PredictedFactor, run.MeasuredFactor, 3);
        // (κ − 1)/(κ + 1) bounds the worst direction, so the run needs at most the predicted steps.
        Assert.NotNull(run.StepsTaken);
        Assert.InRange(run.StepsTaken!.Value, 1, run.PredictedSteps);
    }

    [Fact]
    public void ConstantFeaturesCannotBeStandardisedAndAreRemoved()
    {
        var data = new Dataset([[1, 5], [2, 5], [4, 5]], [[0], [1], [2]]);
        var error = Assert.Throws<ArgumentException>(() => FeatureScaling.Fit(data));
        Assert.Contains("Feature 1", error.Message);
        Assert.Equal(1, FeatureScaling.WithoutConstantFeatures(data).InputDimension);
    }

    [Fact]
    public void SpectrumReportsKappaAndTheLargestStableStep()
    {
        var spectrum = new CurvatureSpectrum(Matrix<double>.Build.DenseOfDiagonalArray([1.0, -4.0, 2.0]));
        Assert.Equal(4, spectrum.ConditionNumber, 12);
        Assert.Equal(1, spectrum.NegativeCount);
        Assert.Equal(1, spectrum.LargestStableLearningRate, 12);   // 2/λmax = 2/2
    }

    [Fact]
    public void NewtonStepLandsOnTheLeastSquaresMinimum()
    {
        var data = RandomData(100, 3);
        var model = LinearRegression.Model(data);
        var gradient = new double[model.ParameterCount];
        model.LossAndGradient(LinearRegression.Minimizer(data), data, gradient);
        // Inputs near 100 make H ill-conditioned (κ ~ 10⁹), so the gradient at the solve's answer is ~1e-7, not 1e-15.
        Assert.All(gradient, g => Assert.True(Math.Abs(g) < 1e-6, $"gradient entry {g}"));
        Assert.Equal(8e12, Newton.HessianBytes(1e6), 0);
    }
}
