using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using TeachingKit.Differentiation;
using TeachingKit.SpuriousMinima;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.SpuriousMinima;

public class ReluPopulationObjectiveTests
{
    /// <summary>The closed form written again on AutoDiff's Var: an independent route to ∇F and ∇²F.</summary>
    private static Func<Var[], Var> OnTape(int k, int n) => w =>
    {
        Var Correlation(Var[] a, Var[] b)
        {
            Var ab = 0, aa = 0, bb = 0;
            for (int p = 0; p < k; p++) { ab += a[p] * b[p]; aa += a[p] * a[p]; bb += b[p] * b[p]; }
            Var normA = Var.Sqrt(aa), normB = Var.Sqrt(bb);
            Var theta = Var.Acos(ab / (normA * normB));
            return normA * normB * (Var.Sin(theta) + (Math.PI - theta) * Var.Cos(theta)) / (2 * Math.PI);
        }
        var students = Enumerable.Range(0, n).Select(i => w.Skip(i * k).Take(k).ToArray()).ToArray();
        var teachers = Enumerable.Range(0, k).Select(j => Enumerable.Range(0, k).Select(p => (Var)(p == j ? 1.0 : 0.0)).ToArray()).ToArray();
        Var total = 0;
        for (int i = 0; i < n; i++)
        {
            for (int m = 0; m < n; m++)
                total += m == i ? 0.25 * students[i].Aggregate((Var)0, (s, x) => s + x * x) : 0.5 * Correlation(students[i], students[m]);
            for (int j = 0; j < k; j++) total -= Correlation(students[i], teachers[j]);
        }
        return total + 0.25 * k + 0.5 * k * (k - 1) / (2 * Math.PI);
    };

    private static double[] RandomWeights(int count, int seed)
    {
        var normal = new Normal(0, 1, new MersenneTwister(seed));
        return Enumerable.Range(0, count).Select(_ => normal.Sample()).ToArray();
    }

    [Theory]
    [InlineData(3, 3, 1)]
    [InlineData(3, 5, 2)]
    [InlineData(4, 2, 3)]
    public void ValueGradientAndHessianMatchAutoDiff(int k, int n, int seed)
    {
        var objective = new ReluPopulationObjective(k, n);
        var w = RandomWeights(n * k, seed);
        var exact = AutoDiff.SecondOrder(OnTape(k, n), w);
        var gradient = new double[w.Length];
        double value = objective.ValueAndGradient(w, gradient, new double[objective.ScratchLength]);
        var hessian = objective.Hessian(w);
        Assert.Equal(exact.Value, value, 12);
        for (int p = 0; p < w.Length; p++)
        {
            Assert.Equal(exact.Gradient[p], gradient[p], 12);
            for (int q = 0; q < w.Length; q++) Assert.Equal(exact.Hessian[p, q], hessian[p, q], 10);
        }
    }

    [Fact]
    public void ValueAndGradientMatchMonteCarloOverGaussianInputs()
    {
        const int k = 3, n = 4, samples = 200_000;
        var objective = new ReluPopulationObjective(k, n);
        var w = RandomWeights(n * k, 7);
        var normal = new Normal(0, 1, new MersenneTwister(11));
        double sum = 0, sumSquares = 0;
        var gradientSum = new double[w.Length];
        var gradientSquares = new double[w.Length];
        var x = new double[k];
        for (int s = 0; s < samples; s++)
        {
            for (int p = 0; p < k; p++) x[p] = normal.Sample();
            double residual = 0;
            for (int i = 0; i < n; i++) residual += Math.Max(0, Enumerable.Range(0, k).Sum(p => w[i * k + p] * x[p]));
            for (int j = 0; j < k; j++) residual -= Math.Max(0, x[j]);
            double loss = 0.5 * residual * residual;
            sum += loss;
            sumSquares += loss * loss;
            for (int i = 0; i < n; i++)
            {
                if (Enumerable.Range(0, k).Sum(p => w[i * k + p] * x[p]) <= 0) continue;
                for (int p = 0; p < k; p++)
                {
                    double g = residual * x[p];   // ∂/∂(wᵢ)_p of ½r² where unit i is active
                    gradientSum[i * k + p] += g;
                    gradientSquares[i * k + p] += g * g;
                }
            }
        }
        var gradient = new double[w.Length];
        double value = objective.ValueAndGradient(w, gradient, new double[objective.ScratchLength]);
        AssertWithinFourStandardErrors(value, sum, sumSquares, samples);
        for (int p = 0; p < w.Length; p++) AssertWithinFourStandardErrors(gradient[p], gradientSum[p], gradientSquares[p], samples);
    }

    private static void AssertWithinFourStandardErrors(double exact, double sum, double sumSquares, int samples)
    {
        double mean = sum / samples, variance = sumSquares / samples - mean * mean;
        double standardError = Math.Sqrt(variance / samples);
        Assert.InRange(exact, mean - 4 * standardError, mean + 4 * standardError);
    }

    [Fact]
    public void TeacherUpToPermutationIsAGlobalMinimumWithValueZero()
    {
        var objective = new ReluPopulationObjective(4, 4);
        var gradient = new double[16];
        var scratch = new double[objective.ScratchLength];
        foreach (var permutation in new[] { new[] { 0, 1, 2, 3 }, [2, 0, 3, 1], [3, 2, 1, 0] })
        {
            var teacher = objective.TeacherWeights(permutation);
            Assert.Equal(0, objective.ValueAndGradient(teacher, gradient, scratch), 14);
            Assert.All(gradient, g => Assert.Equal(0, g, 14));
            var nudged = (double[])teacher.Clone();
            nudged[5] += 0.01;
            Assert.True(objective.Value(nudged) > 1e-6);
        }
    }

    [Fact]
    public void GradientAllocatesNothing()
    {
        var objective = new ReluPopulationObjective(10, 12);
        var w = RandomWeights(objective.ParameterCount, 4);
        var gradient = new double[w.Length];
        var scratch = new double[objective.ScratchLength];
        objective.ValueAndGradient(w, gradient, scratch);
        Assert.Equal(0, Allocations.FewestBytes(() => objective.ValueAndGradient(w, gradient, scratch)));
    }

    [Fact]
    public void BadInputNamesTheParameter()
    {
        Assert.Equal("teachers", Assert.ThrowsAny<ArgumentException>(() => new ReluPopulationObjective(0, 3)).ParamName);
        var objective = new ReluPopulationObjective(3, 3);
        Assert.Equal("parameters", Assert.ThrowsAny<ArgumentException>(() => objective.Value(new double[8])).ParamName);
    }
}
