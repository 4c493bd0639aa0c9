using TeachingKit.Networks;
using TeachingKit.Optimization;

namespace TeachingKit.Tests.Networks;

public class MlpTests
{
    public static TheoryData<Activation> Activations() =>
        new(Enum.GetValues<Activation>());

    private static (Mlp Network, double[] Theta, Dataset Data) RandomProblem(Activation activation, int seed)
    {
        var network = new Mlp([3, 4, 3, 2], activation, Activation.Sigmoid == activation ? Activation.Linear : Activation.Tanh);
        var random = new Random(seed + 100);
        var inputs = Enumerable.Range(0, 7).Select(_ => new[] { random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1 }).ToArray();
        var targets = Enumerable.Range(0, 7).Select(_ => new[] { random.NextDouble(), random.NextDouble() - 0.5 }).ToArray();
        return (network, network.RandomParameters(seed), new Dataset(inputs, targets));
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void PermutingHiddenNeuronsLeavesOutputsIdentical(Activation activation)
    {
        var (network, theta, data) = RandomProblem(activation, 1);
        var permuted = network.PermuteHidden(network.PermuteHidden(theta, 1, [2, 0, 3, 1]), 2, [1, 2, 0]);
        Assert.NotEqual(theta, permuted);
        foreach (var x in data.Inputs)
        {
            var expected = network.Predict(theta, x);
            var actual = network.Predict(permuted, x);
            for (int o = 0; o < expected.Length; o++) Assert.Equal(expected[o], actual[o], 13);
        }
        Assert.Equal(network.Loss(theta, data), network.Loss(permuted, data), 13);
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void BackpropGradientMatchesCentralDifferences(Activation activation)
    {
        for (int seed = 1; seed <= 3; seed++)
        {
            var (network, theta, data) = RandomProblem(activation, seed);
            var gradient = network.Gradient(theta, data);
            for (int p = 0; p < theta.Length; p++)
            {
                double fd = CentralDifference(t => [network.Loss(t, data)], theta, p, 1e-6)[0];
                Assert.True(Math.Abs(fd - gradient[p]) <= 1e-7 * Math.Max(1, Math.Abs(fd)), $"parameter {p}: backprop {gradient[p]}, finite difference {fd}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Activations))]
    public void HessianMatchesCentralDifferencesOfTheGradient(Activation activation)
    {
        for (int seed = 1; seed <= 2; seed++)
        {
            var (network, theta, data) = RandomProblem(activation, seed);
            var hessian = network.Hessian(theta, data);
            for (int p = 0; p < theta.Length; p++)
            {
                var column = CentralDifference(t => network.Gradient(t, data), theta, p, 1e-5);
                for (int q = 0; q < theta.Length; q++)
                {
                    double fd = column[q];
                    Assert.True(Math.Abs(fd - hessian[q, p]) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"H[{q},{p}]: exact {hessian[q, p]}, finite difference {fd}");
                }
            }
        }
    }

    // (f(θ + h·e_p) − f(θ − h·e_p)) / 2h, entry by entry.
    private static double[] CentralDifference(Func<double[], double[]> f, double[] theta, int p, double h)
    {
        var plus = (double[])theta.Clone(); plus[p] += h;
        var minus = (double[])theta.Clone(); minus[p] -= h;
        return f(plus).Zip(f(minus), (a, b) => (a - b) / (2 * h)).ToArray();
    }

    [Fact]
    public void LossIsTheMeanSquaredError()
    {
        var network = new Mlp([1, 1], Activation.Linear);
        double[] theta = [2.0, 1.0]; // ŷ = 2x + 1
        var data = new Dataset([[0.0], [1.0]], [[0.0], [1.0]]);
        Assert.Equal((1.0 + 4.0) / 2, network.Loss(theta, data), 14);
    }

    [Fact]
    public void BfgsFindsTheRosenbrockMinimum()
    {
        var result = Bfgs.Minimize((x, g) =>
        {
            g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]);
            g[1] = 200 * (x[1] - x[0] * x[0]);
            return (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]);
        }, [-1.2, 1.0]);
        Assert.True(result.Converged);
        Assert.Equal(1.0, result.Point[0], 6);
        Assert.Equal(1.0, result.Point[1], 6);
    }

    [Fact]
    public void BfgsSaysWhyItStopped()
    {
        static double Rosenbrock(double[] x, double[] g)
        {
            g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]);
            g[1] = 200 * (x[1] - x[0] * x[0]);
            return (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]);
        }
        Assert.Equal(StopReason.Converged, Bfgs.Minimize(Rosenbrock, [-1.2, 1.0]).StopReason);
        var budget = Bfgs.Minimize(Rosenbrock, [-1.2, 1.0], maxIterations: 3);
        Assert.Equal((StopReason.MaxSteps, 3, false), (budget.StopReason, budget.Iterations, budget.Converged));
        // A gradient of the wrong sign: every step it proposes goes uphill, so no line search succeeds.
        var stalled = Bfgs.Minimize((x, g) => { g[0] = -2 * x[0]; return x[0] * x[0]; }, [1.0]);
        Assert.Equal((StopReason.Stalled, 0), (stalled.StopReason, stalled.Iterations));
    }

    [Fact]
    public void BfgsReportsANonFiniteObjectiveInsteadOfPropagatingIt()
    {
        var e = Assert.Throws<ArithmeticException>(() => Bfgs.Minimize((x, g) => { g[0] = 1; return x[0] < 0.5 ? double.NaN : x[0]; }, [1.0]));
        Assert.Contains("not finite", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Bfgs.Minimize((x, g) => 0, [1.0], maxStep: 0));
    }

    [Fact]
    public void TeacherIsAGlobalMinimumOfItsOwnData()
    {
        var problem = CommitteeMachine.Create(4, 50, seed: 3);
        Assert.Equal(0.0, problem.Network.Loss(problem.TeacherParameters, problem.Data), 14);
        Assert.All(problem.Network.Gradient(problem.TeacherParameters, problem.Data), g => Assert.Equal(0.0, g, 14));
        Assert.Equal(4, problem.Hyperplanes(problem.TeacherParameters).Count);
    }

    [Fact]
    public void BadInputNamesTheRule()
    {
        var e = Assert.Throws<ArgumentException>(() => new Dataset([[1.0, 2.0], [1.0]], [[0.0], [0.0]]));
        Assert.Contains("must match", e.Message);
        Assert.Throws<ArgumentException>(() => new Dataset([[1.0]], [[0.0], [1.0]]));
        var network = new Mlp([2, 3, 1], Activation.Tanh);
        Assert.Throws<ArgumentException>(() => network.Loss(new double[5], new Dataset([[1.0, 2.0]], [[0.0]])));
        Assert.Throws<ArgumentException>(() => network.Loss(new double[network.ParameterCount], new Dataset([[1.0]], [[0.0]])));
        Assert.Throws<ArgumentException>(() => network.PermuteHidden(new double[network.ParameterCount], 1, [0, 0, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => network.PermuteHidden(new double[network.ParameterCount], 2, [0]));
        Assert.Throws<ArgumentException>(() => new Mlp([2], Activation.Tanh));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Mlp([2, 0, 1], Activation.Tanh));
        var nan = new double[network.ParameterCount]; nan[0] = double.NaN;
        Assert.Throws<ArgumentException>(() => network.Predict(nan, [0.0, 0.0]));
    }
}
