using TeachingKit.Differentiation;
using static TeachingKit.Differentiation.Var;

namespace TeachingKit.Tests.Differentiation;

public class AutoDiffTests
{
    private static void AssertClose(double expected, double actual, double relative = 1e-13) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)),
            $"expected {expected:R}, got {actual:R}");

    /// <summary>(name, f over Var, f, f′, f″) of every unary operation, at x = 0.7.</summary>
    public static TheoryData<string> UnaryNames =>
        ["square", "cube", "pow-2", "pow2.5", "exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "softplus", "abs", "relu"];

    private static (Func<Var, Var> F, double V, double D1, double D2) Unary(string name, double x)
    {
        double s = 1 / (1 + Math.Exp(-x)), t = Math.Tanh(x);
        return name switch
        {
            "square" => (v => Square(v), x * x, 2 * x, 2),
            "cube" => (v => Pow(v, 3), x * x * x, 3 * x * x, 6 * x),
            "pow-2" => (v => Pow(v, -2), 1 / (x * x), -2 / (x * x * x), 6 / (x * x * x * x)),
            "pow2.5" => (v => Pow(v, 2.5), Math.Pow(x, 2.5), 2.5 * Math.Pow(x, 1.5), 3.75 * Math.Sqrt(x)),
            "exp" => (v => Exp(v), Math.Exp(x), Math.Exp(x), Math.Exp(x)),
            "log" => (v => Log(v), Math.Log(x), 1 / x, -1 / (x * x)),
            "sqrt" => (v => Sqrt(v), Math.Sqrt(x), 0.5 / Math.Sqrt(x), -0.25 * Math.Pow(x, -1.5)),
            "sin" => (v => Sin(v), Math.Sin(x), Math.Cos(x), -Math.Sin(x)),
            "cos" => (v => Cos(v), Math.Cos(x), -Math.Sin(x), -Math.Cos(x)),
            "tanh" => (v => Tanh(v), t, 1 / Math.Pow(Math.Cosh(x), 2), -2 * Math.Sinh(x) / Math.Pow(Math.Cosh(x), 3)),
            "sigmoid" => (v => Sigmoid(v), s, Math.Exp(-x) / Math.Pow(1 + Math.Exp(-x), 2),
                Math.Exp(-x) * (Math.Exp(-x) - 1) / Math.Pow(1 + Math.Exp(-x), 3)),
            "softplus" => (v => Softplus(v), Math.Log(1 + Math.Exp(x)), s, s * (1 - s)),
            "abs" => (v => Abs(v), Math.Abs(x), Math.Sign(x), 0),
            _ => (v => Relu(v), Math.Max(x, 0), x > 0 ? 1 : 0, 0),
        };
    }

    [Theory]
    [MemberData(nameof(UnaryNames))]
    public void UnaryOperationsMatchClosedForms(string name)
    {
        foreach (double x in new[] { 0.7, 1.9, -0.4 })
        {
            if (x < 0 && name is "log" or "sqrt" or "pow2.5") continue;
            var (f, v, d1, d2) = Unary(name, x);
            var d = AutoDiff.SecondOrder(w => f(w[0]), [x]);
            AssertClose(v, d.Value, 1e-14);
            AssertClose(d1, d.Gradient[0], 1e-13);
            AssertClose(d2, d.Hessian[0, 0], 1e-12);
        }
    }

    [Fact]
    public void BinaryOperationsMatchClosedForms()
    {
        double a = 1.3, b = -0.6;
        var product = AutoDiff.SecondOrder(w => w[0] * w[1], [a, b]);
        AssertClose(b, product.Gradient[0]);
        AssertClose(1, product.Hessian[0, 1]);
        AssertClose(0, product.Hessian[0, 0]);

        var quotient = AutoDiff.SecondOrder(w => w[0] / w[1], [a, b]);
        AssertClose(a / b, quotient.Value);
        AssertClose(-a / (b * b), quotient.Gradient[1]);
        AssertClose(-1 / (b * b), quotient.Hessian[0, 1]);
        AssertClose(2 * a / (b * b * b), quotient.Hessian[1, 1]);

        var power = AutoDiff.SecondOrder(w => Pow(w[0], w[1]), [a, b]);   // a^b = exp(b ln a)
        AssertClose(Math.Pow(a, b) * Math.Log(a) * Math.Log(a), power.Hessian[1, 1]);
        AssertClose(Math.Pow(a, b - 1) * (1 + b * Math.Log(a)), power.Hessian[0, 1]);
    }

    [Fact]
    public void KinksUseTheDocumentedValues()
    {
        // Exact equality on purpose: the documented kink slopes are the exact values 0 and ½, not approximations.
        Assert.Equal(0, AutoDiff.Gradient(w => Relu(w[0]), [0.0])[0]);
        Assert.Equal(0, AutoDiff.Gradient(w => Abs(w[0]), [0.0])[0]);
        var tie = AutoDiff.Gradient(w => Max(w[0], w[1]), [2.0, 2.0]);
        AssertClose(0.5, tie[0]);
        AssertClose(0.5, tie[1]);
        AssertClose(1, AutoDiff.Gradient(w => Max(w[0], w[1]), [3.0, 2.0])[0]);
        // Max(x, 0) and Relu(x) differ only at the kink: slope ½ (symmetric tie) against 0.
        AssertClose(0.5, AutoDiff.Gradient(w => Max(w[0], 0.0), [0.0])[0]);
        AssertClose(1, AutoDiff.Gradient(w => Max(w[0], 0.0), [1e-9])[0]);
        AssertClose(1, AutoDiff.Gradient(w => Relu(w[0]), [1e-9])[0]);
    }

    [Fact]
    public void DegenerateHessiansComeOutExactlyZero()
    {
        // x² + y⁴ and the monkey saddle at the origin: H = diag(2, 0) and H = 0 with no rounding.
        // Exact equality on purpose: the classifier relies on an exactly zero eigenvalue here, not a small one.
        var quartic = AutoDiff.SecondOrder(w => Square(w[0]) + Pow(w[1], 4), [0.0, 0.0]);
        Assert.Equal([2.0, 0.0, 0.0, 0.0], quartic.Hessian.ToColumnMajorArray());
        var monkey = AutoDiff.SecondOrder(w => Pow(w[0], 3) - 3 * w[0] * Square(w[1]), [0.0, 0.0]);
        Assert.All(monkey.Hessian.ToColumnMajorArray(), h => Assert.Equal(0.0, h));
    }

    [Fact]
    public void AConstantFunctionHasZeroDerivatives()
    {
        var d = AutoDiff.SecondOrder(_ => 0.0, [1.0, 2.0]);
        // Exact equality on purpose: nothing is recorded for a constant, so every derivative must be exactly 0.
        Assert.Equal(0.0, d.Value);
        Assert.All(d.Hessian.ToColumnMajorArray(), h => Assert.Equal(0.0, h));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void RandomCompositionsAgreeWithHyperDualNumbers(int seed)
    {
        var random = new Random(seed);
        const int dimension = 3;
        for (int trial = 0; trial < 10; trial++)
        {
            var expression = RandomExpression.Generate(random, dimension, depth: 5);
            double[] x = [random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1];
            var d = AutoDiff.SecondOrder(expression.Evaluate, x);
            var reference = HyperDual.Hessian(expression.Evaluate, x);
            var gradient = HyperDual.Gradient(expression.Evaluate, x);
            for (int i = 0; i < dimension; i++)
            {
                AssertClose(gradient[i], d.Gradient[i], 1e-12);
                for (int j = 0; j < dimension; j++) AssertClose(reference[i, j], d.Hessian[i, j], 1e-11);
            }
            AssertClose(d.Value, AutoDiff.Value(expression.Evaluate, x), 1e-15);
        }
    }

    [Fact]
    public void TheRandomCompositionsUseEveryOperation()
    {
        // The generator must be able to produce each supported operation, or the theory above proves less than it says.
        var random = new Random(1);
        string trees = string.Join(" ", Enumerable.Range(0, 200).Select(_ => RandomExpression.Generate(random, 3, depth: 5).ToString()));
        foreach (string op in new[] { "Add", "Sub", "Mul", "Div", "Exp", "Log", "Sqrt", "Sin", "Cos", "Tanh", "Sigmoid", "Softplus",
                     "PowInt", "PowReal", "Abs", "Max", "Relu", "Min", "PowNegativeInt", "PowVar" })
            Assert.Contains(op + "(", trees);
    }

    [Fact]
    public void TheQuadraticModelIsExactForAQuadraticAndSecondOrderAccurateOtherwise()
    {
        Func<Var[], Var> quadratic = w => Square(w[0]) - 4 * w[0] * w[1] + 3 * Square(w[1]) + w[0] - 2;
        var d = AutoDiff.SecondOrder(quadratic, [0.5, -1.5]);
        double[] step = [0.7, 0.3];
        AssertClose(AutoDiff.Value(quadratic, [1.2, -1.2]), d.QuadraticModel(step), 1e-14);

        // For exp(x + y) the model's error shrinks like |d|³: halving d divides it by about 8.
        Func<Var[], Var> f = w => Exp(w[0] + w[1]);
        var e = AutoDiff.SecondOrder(f, [0.0, 0.0]);
        double Error(double h) => Math.Abs(AutoDiff.Value(f, [h, h]) - e.QuadraticModel([h, h]));
        Assert.InRange(Error(0.02) / Error(0.01), 7.8, 8.2);
    }

    [Fact]
    public void ValueAndGradientFillABuffer()
    {
        var gradient = new double[2];
        double value = AutoDiff.ValueAndGradient(w => Square(w[0]) + 3 * Square(w[1]), [1.0, -2.0], gradient);
        AssertClose(13, value);
        AssertClose(2, gradient[0]);
        AssertClose(-12, gradient[1]);
    }

    [Fact]
    public void BadInputNamesTheProblem()
    {
        Func<Var[], Var> f = w => Square(w[0]) + w[1];
        Assert.Contains("point[1]", Assert.Throws<ArgumentException>(() => AutoDiff.SecondOrder(f, [0.0, double.NaN])).Message);
        Assert.Contains("must not be empty", Assert.Throws<ArgumentException>(() => AutoDiff.Gradient(f, [])).Message);
        Assert.Contains("wrong dimension", Assert.Throws<ArgumentException>(() => AutoDiff.SecondOrder(f, [1.0])).Message);
        Assert.Contains("finite value", Assert.Throws<ArgumentException>(() => AutoDiff.SecondOrder(w => Log(w[0]), [-1.0])).Message);
        Assert.Contains("gradient", Assert.Throws<ArgumentException>(() => AutoDiff.ValueAndGradient(f, [1.0, 2.0], new double[3])).Message);
    }
}

public class StaleVariableTests
{
    [Fact]
    public void AVariableKeptFromAnEarlierCallIsRejected()
    {
        Var kept = default;
        AutoDiff.Gradient(w => kept = w[0] * w[0], [1.0]);
        var e = Assert.Throws<InvalidOperationException>(() => AutoDiff.Gradient(w => w[0] + kept, [2.0]));
        Assert.Contains("must not outlive", e.Message);
    }

    [Fact]
    public void AFunctionReturningOneOfItsInputsHasAUnitGradient()
    {
        var d = AutoDiff.SecondOrder(w => w[1], [3.0, 4.0, 5.0]);
        // Exact equality on purpose: ∂wᵢ/∂wⱼ is exactly 0 or 1, with no arithmetic that could round.
        Assert.Equal([0.0, 1.0, 0.0], d.Gradient.ToArray());
        Assert.All(d.Hessian.Enumerate(), h => Assert.Equal(0.0, h));
    }
}
