using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>The quadratic theory against independent computations and against measured runs.</summary>
public class QuadraticTheoryTests
{
    public static TheoryData<double, double, double> HeavyBallCases => new()
    {
        { 0.05, 0.1, 1 }, { 0.05, 0.1, 10 }, { 0.1, 0.5, 4 }, { 0.01, 0.9, 1 }, { 0.01, 0.9, 100 },
        { 0.19, 0.0, 10 }, { 0.3, 0.95, 10 }, { 0.001, 0.99, 1 }, { 0.25, 0.2, 10 },
    };

    [Theory]
    [MemberData(nameof(HeavyBallCases))]
    public void FactorsAreTheSpectralRadiiOfTheIterationMatrices(double gamma, double alpha, double lambda)
    {
        // Independent: the eigenvalues of each 2×2 matrix from MathNet's general eigen-solver.
        static double Radius(Matrix<double> m) => m.Evd().EigenValues.Max(z => z.Magnitude);
        Assert.Equal(Radius(QuadraticTheory.HeavyBallMatrix(gamma, alpha, lambda)), QuadraticTheory.HeavyBallFactor(gamma, alpha, lambda), 9);
        Assert.Equal(Radius(QuadraticTheory.NesterovMatrix(gamma, alpha, lambda)), QuadraticTheory.NesterovFactor(gamma, alpha, lambda), 9);
    }

    [Fact]
    public void MeasuredNesterovFactorMatchesTheory()
    {
        // Across the notebook's ravine (λ = 20, γ = 0.02, α = 0.9): √(0.9·0.6) ≈ 0.735, against heavy ball's √0.9.
        var run = Optimize.Run(new Quadratic([20.0]), new NesterovMomentum(0.02, 0.9), [1.0], new RunOptions { MaxSteps = 1000 });
        Assert.Equal(Math.Sqrt(0.54), QuadraticTheory.NesterovFactor(0.02, 0.9, 20), 14);
        Assert.Equal(Math.Sqrt(0.54), ConvergenceRate.Measure(run.Trajectory, [0.0]), 3); // the fit's limit with oscillation
        // Tight: w follows w(k+1) = (1+α)(1−γλ)w(k) − α(1−γλ)w(k−1) = 1.14 w(k) − 0.54 w(k−1), whose invariant decays by r² per step.
        var short400 = Optimize.Run(new Quadratic([20.0]), new NesterovMomentum(0.02, 0.9), [1.0], new RunOptions { MaxSteps = 400 });
        Assert.Equal(Math.Sqrt(0.54), ModulusFromInvariant(short400.Trajectory, 0, 1.14, 0.54), 10);
        // Along it (λ = 0.1) both roots are real: a tight match.
        var along = Optimize.Run(new Quadratic([0.1]), new NesterovMomentum(0.02, 0.9), [1.0], new RunOptions { MaxSteps = 3000 });
        Assert.Equal(QuadraticTheory.NesterovFactor(0.02, 0.9, 0.1), ConvergenceRate.Measure(along.Trajectory, [0.0]), 8);
    }

    [Fact]
    public void PerEigendirectionRecurrenceMatchesTheOptimizer()
    {
        double[] lambdas = [0.5, 3, 7];
        const double gamma = 0.12, alpha = 0.7;
        double[] start = [1.0, -2.0, 0.5];
        var run = Optimize.Run(new Quadratic(lambdas), new Momentum(gamma, alpha), start, new RunOptions { MaxSteps = 60 });
        var gdRun = Optimize.Run(new Quadratic(lambdas), new GradientDescent(gamma), start, new RunOptions { MaxSteps = 60 });
        foreach (int k in new[] { 1, 2, 3, 10, 60 })
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(QuadraticTheory.HeavyBallIterate(gamma, alpha, lambdas[i], start[i], k), run.Trajectory.Parameters(k)[i], 12);
                Assert.Equal(Math.Pow(1 - gamma * lambdas[i], k) * start[i], gdRun.Trajectory.Parameters(k)[i], 12);
                Assert.Equal(QuadraticTheory.HeavyBallIterate(gamma, 0, lambdas[i], start[i], k), gdRun.Trajectory.Parameters(k)[i], 12);
            }
    }

    [Theory]
    [InlineData(0.15)] // factors 0.85, 0.4, 0.5
    [InlineData(0.19)] // factors 0.81, 0.24, 0.9: the steep direction dominates, oscillating
    public void MeasuredGradientDescentFactorMatchesTheory(double gamma)
    {
        double[] lambdas = [1, 4, 10];
        var run = Optimize.Run(new Quadratic(lambdas), new GradientDescent(gamma), [1.0, 1.0, 1.0], new RunOptions { MaxSteps = 400 });
        Assert.Equal(QuadraticTheory.GradientDescentFactor(gamma, lambdas), ConvergenceRate.Measure(run.Trajectory, [0, 0, 0]), 9);
    }

    [Fact]
    public void MeasuredHeavyBallFactorMatchesTheoryWithRealRoots()
    {
        // λ = 1 has the real dominant root (1.05 + √0.7025)/2 ≈ 0.944.
        double[] lambdas = [1, 4, 10];
        var run = Optimize.Run(new Quadratic(lambdas), new Momentum(0.05, 0.1), [1.0, 1.0, 1.0], new RunOptions { MaxSteps = 600 });
        double theory = QuadraticTheory.HeavyBallFactor(0.05, 0.1, lambdas);
        Assert.Equal((1.05 + Math.Sqrt(0.7025)) / 2, theory, 14);
        Assert.Equal(theory, ConvergenceRate.Measure(run.Trajectory, [0, 0, 0]), 8);
    }

    [Fact]
    public void MeasuredHeavyBallFactorMatchesTheoryWithComplexRoots()
    {
        // All roots complex: every direction contracts by √α, oscillating.
        double[] lambdas = [1, 4, 10];
        var run = Optimize.Run(new Quadratic(lambdas), new Momentum(0.1, 0.5), [1.0, 1.0, 1.0], new RunOptions { MaxSteps = 1500 });
        Assert.Equal(Math.Sqrt(0.5), QuadraticTheory.HeavyBallFactor(0.1, 0.5, lambdas), 14);
        Assert.Equal(Math.Sqrt(0.5), ConvergenceRate.Measure(run.Trajectory, [0, 0, 0]), 3); // the oscillation limits a fit over a few hundred steps
        // Tight, per direction: w(k+1) = (1 + α − γλ)w(k) − α w(k−1); with complex roots its invariant decays by exactly |root|² = α.
        var short400 = Optimize.Run(new Quadratic(lambdas), new Momentum(0.1, 0.5), [1.0, 1.0, 1.0], new RunOptions { MaxSteps = 400 });
        for (int i = 0; i < lambdas.Length; i++)
            Assert.Equal(Math.Sqrt(0.5), ModulusFromInvariant(short400.Trajectory, i, 1 + 0.5 - 0.1 * lambdas[i], 0.5), 10);
    }

    /// <summary>
    /// The root modulus r of a coordinate that follows x(k+1) = b·x(k) − c·x(k−1) with complex roots
    /// r·e^(±iθ): Q(k) = x(k)² − b·x(k)x(k−1) + c·x(k−1)² equals r^(2k) times a constant (x(k)/rᵏ rotates),
    /// so r = (Q(K)/Q(1))^(1/(2(K−1))), free of the oscillation that limits a fit of ‖w(k)‖.
    /// </summary>
    private static double ModulusFromInvariant(Trajectory trajectory, int coordinate, double b, double c)
    {
        double Q(int k)
        {
            double x = trajectory.Parameters(k)[coordinate], previous = trajectory.Parameters(k - 1)[coordinate];
            return x * x - b * x * previous + c * previous * previous;
        }
        int last = trajectory.Count - 1;
        return Math.Pow(Q(last) / Q(1), 1.0 / (2 * (last - 1)));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(10.0)]
    [InlineData(100.0)]
    [InlineData(1000.0)]
    public void OptimalStepsCannotBeBeatenOnAGrid(double kappa)
    {
        var gd = QuadraticTheory.OptimalGradientDescent(1, kappa);
        Assert.Equal((kappa - 1) / (kappa + 1), QuadraticTheory.GradientDescentFactor(gd.LearningRate, [1, kappa]), 12);
        var hb = QuadraticTheory.OptimalHeavyBall(1, kappa);
        double spectral = QuadraticTheory.HeavyBallFactor(hb.LearningRate, hb.Momentum, [1, kappa]);
        Assert.Equal(hb.Factor, spectral, 6); // a double root at both ends: √ of a rounding-size discriminant
        for (int i = 1; i <= 200; i++)
        {
            double gamma = 2.0 / kappa * i / 200;
            Assert.True(QuadraticTheory.GradientDescentFactor(gamma, [1, kappa]) >= gd.Factor - 1e-12);
            for (int j = 0; j < 50; j++)
            {
                double alpha = j / 50.0;
                Assert.True(QuadraticTheory.HeavyBallFactor(gamma * 2, alpha, [1, kappa]) >= hb.Factor - 1e-6);
            }
        }
    }

    [Fact]
    public void ConditionSweepMeasuresSqrtKappaVersusKappa()
    {
        var points = MomentumExperiments.ConditionSweep([1, 10, 100, 1000, 10000], steps: 3000);
        foreach (var p in points)
        {
            Assert.Equal(p.GradientDescentTheory, p.GradientDescentMeasured, 9);
            // Polyak's parameters put a double root at both ends of the spectrum: ‖w(k)‖ ~ k rᵏ,
            // which ConvergenceRate's ln k term absorbs.
            Assert.True(Math.Abs(p.HeavyBallMeasured - p.HeavyBallTheory) < 1e-5, $"κ={p.ConditionNumber}: {p.HeavyBallMeasured} vs {p.HeavyBallTheory}");
        }
        Assert.Equal(99.0 / 101.0, points[^1].HeavyBallTheory, 14);
        Assert.Equal(9999.0 / 10001.0, points[^1].GradientDescentTheory, 14);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void ConstantSlopeSpeedUpTendsToOneOverOneMinusAlpha(double alpha)
    {
        var few = MomentumExperiments.SpeedUpOnSlope(alpha, 5);
        Assert.Equal(1 + alpha + alpha * alpha + alpha * alpha * alpha + alpha * alpha * alpha * alpha, few.Measured, 10);
        Assert.Equal(few.AfterSteps, few.Measured, 10);
        var many = MomentumExperiments.SpeedUpOnSlope(alpha, 5000);
        Assert.Equal(1 / (1 - alpha), many.Measured, 6);
        Assert.Equal(1 / (1 - alpha), many.Limit, 12);
    }

    [Fact]
    public void SpeedUpAtPointNineIsTenNotOnePointNine()
    {
        Assert.Equal(10, QuadraticTheory.ConstantSlopeSpeedUp(0.9), 12);
        Assert.Equal(10, MomentumExperiments.SpeedUpOnSlope(0.9, 1000).Measured, 9);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void AlternatingGradientsCancel(double alpha)
    {
        Assert.Equal(1 / (1 + alpha), MomentumExperiments.AlternatingGradientGain(alpha, 2000), 9);
        Assert.Equal(1 / (1 + alpha), QuadraticTheory.AlternatingGradientGain(alpha), 14);
    }

    [Fact]
    public void TheoryRefusesBadInput()
    {
        Assert.Equal("momentum", Assert.ThrowsAny<ArgumentException>(() => QuadraticTheory.HeavyBallFactor(0.1, 1.0, 1.0)).ParamName);
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => QuadraticTheory.GradientDescentFactor(-1, 1.0)).ParamName);
        Assert.Equal("largestEigenvalue", Assert.ThrowsAny<ArgumentException>(() => QuadraticTheory.OptimalHeavyBall(2, 1)).ParamName);
    }

    [Fact]
    public void OnTheRavineFloorMomentumIsAboutOneThirdFasterThanGradientDescentWithTheEquivalentStep()
    {
        // Notebook 04: γ = 0.02, α = 0.9, λ₁ = 0.1. The larger root of z² − 1.898z + 0.9 by hand is
        // (1.898 + √0.002404)/2 = 0.97352; gradient descent with γ/(1 − α) = 0.2 keeps 1 − 0.02 = 0.98.
        // The 1/(1 − α) equivalence needs γλ ≪ (1 − α)², and 0.002 against 0.01 is not.
        double momentum = QuadraticTheory.HeavyBallFactor(0.02, 0.9, 0.1);
        double equivalent = QuadraticTheory.GradientDescentFactor(0.02 / (1 - 0.9), 0.1);
        Assert.Equal((1.898 + Math.Sqrt(1.898 * 1.898 - 3.6)) / 2, momentum, 12);
        Assert.Equal(0.97352, momentum, 5);
        Assert.Equal(0.98, equivalent, 12);
        Assert.Equal(1.33, Math.Log(momentum) / Math.Log(equivalent), 2);
    }
}
