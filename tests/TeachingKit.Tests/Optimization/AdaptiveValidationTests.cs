using TeachingKit.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

/// <summary>Bad hyperparameters are refused with the parameter named; NaN/∞ gradients are reported and leave the state intact.</summary>
public class AdaptiveValidationTests
{
    public static TheoryData<string> AllMethods() => new(Methods.Keys);

    private static readonly Dictionary<string, Func<Optimizer>> Methods = new()
    {
        ["AdaGrad"] = () => new AdaGrad(0.1),
        ["RMSprop"] = () => new RmsProp(0.01),
        ["RMSprop centered momentum"] = () => new RmsProp(0.01, momentum: 0.9, centered: true),
        ["RMSprop Nesterov"] = () => new RmsProp(0.01, momentum: 0.9, nesterov: true),
        ["Adadelta"] = () => new AdaDelta(),
        ["Adam"] = () => new Adam(),
        ["AMSGrad"] = () => Adam.AmsGrad(),
        ["AdamW"] = () => Adam.AdamW(),
    };

    [Theory]
    [InlineData(-1.0)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void BetaOutsideHalfOpenUnitIntervalIsRefused(double beta)
    {
        Assert.Equal("beta1", Assert.ThrowsAny<ArgumentException>(() => new Adam(beta1: beta)).ParamName);
        Assert.Equal("beta2", Assert.ThrowsAny<ArgumentException>(() => new Adam(beta2: beta)).ParamName);
        Assert.Equal("beta1", Assert.ThrowsAny<ArgumentException>(() => Adam.AmsGrad(beta1: beta)).ParamName);
        Assert.Equal("beta2", Assert.ThrowsAny<ArgumentException>(() => new RmsProp(0.01, beta2: beta)).ParamName);
        Assert.Equal("beta2", Assert.ThrowsAny<ArgumentException>(() => new AdaDelta(beta2: beta)).ParamName);
        Assert.Equal("momentum", Assert.ThrowsAny<ArgumentException>(() => new RmsProp(0.01, momentum: beta)).ParamName);
        Assert.Contains(double.IsNaN(beta) ? "finite" : "[0, 1)", Assert.ThrowsAny<ArgumentException>(() => new Adam(beta2: beta)).Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.001)]
    [InlineData(double.PositiveInfinity)]
    public void NonPositiveLearningRateIsRefused(double learningRate)
    {
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => new Adam(learningRate)).ParamName);
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => new RmsProp(learningRate)).ParamName);
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => new AdaGrad(learningRate)).ParamName);
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => new AdaDelta(learningRate)).ParamName);
        Assert.Equal("learningRate", Assert.ThrowsAny<ArgumentException>(() => Adam.AdamW(learningRate)).ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-8)]
    [InlineData(double.NaN)]
    public void NonPositiveEpsilonIsRefused(double epsilon)
    {
        Assert.Equal("epsilon", Assert.ThrowsAny<ArgumentException>(() => new Adam(epsilon: epsilon)).ParamName);
        Assert.Equal("epsilon", Assert.ThrowsAny<ArgumentException>(() => new RmsProp(0.01, epsilon: epsilon)).ParamName);
        Assert.Equal("epsilon", Assert.ThrowsAny<ArgumentException>(() => new AdaGrad(0.1, epsilon)).ParamName);
        Assert.Equal("epsilon", Assert.ThrowsAny<ArgumentException>(() => new AdaDelta(epsilon: epsilon)).ParamName);
        Assert.Contains(double.IsNaN(epsilon) ? "finite" : "positive", Assert.ThrowsAny<ArgumentException>(() => new Adam(epsilon: epsilon)).Message);
    }

    [Fact]
    public void OtherNonsenseIsRefused()
    {
        Assert.Equal("nesterov", Assert.Throws<ArgumentException>(() => new RmsProp(0.01, nesterov: true)).ParamName);
        Assert.Equal("weightDecay", Assert.ThrowsAny<ArgumentException>(() => Adam.AdamW(weightDecay: -0.1)).ParamName);
        Assert.Equal("initialAccumulator", Assert.ThrowsAny<ArgumentException>(() => new AdaGrad(0.1, initialAccumulator: -1)).ParamName);
        Assert.Equal("epsilonPlacement", Assert.ThrowsAny<ArgumentException>(() => new Adam(epsilonPlacement: (EpsilonPlacement)7)).ParamName);
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void NonFiniteGradientIsReportedAndLeavesStateUntouched(string method)
    {
        var optimizer = Methods[method]();
        double[] w = [1, -2, 3, -4, 5, -6];
        optimizer.Step(w, [0.5, -1, 2, 0.1, -0.3, 4]);
        optimizer.Step(w, [0.4, -1, 1, 0.2, -0.3, 3]);
        var parameters = (double[])w.Clone();
        var state = optimizer.Vectors.Select(v => (double[])v.Values.Clone()).ToArray();
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var ex = Assert.Throws<ArgumentException>(() => optimizer.Step(w, [0.5, -1, 2, 0.1, bad, 4]));
            Assert.Equal("gradient", ex.ParamName);
            Assert.Contains("gradient[4]", ex.Message);
        }
        Assert.Equal(parameters, w);
        for (int i = 0; i < state.Length; i++) Assert.Equal(state[i], optimizer.Vectors[i].Values);
        Assert.Equal(2, optimizer.StepCount);
        optimizer.Step(w, [0.5, -1, 2, 0.1, -0.3, 4]);   // and it goes on
        Assert.All(w, x => Assert.True(double.IsFinite(x)));
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void StepsAllocateNothing(string method)
    {
        var optimizer = Methods[method]();
        var w = new double[1003];
        var g = new double[1003];
        Array.Fill(g, 1e-3);
        optimizer.Step(w, g);   // sizes the state
        Assert.Equal(0, Allocations.FewestBytes(() => { for (int k = 0; k < 100; k++) optimizer.Step(w, g); }));
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void GradientThatWouldOverflowIsRefusedBeforeAnyStateChanges(string method)
    {
        // 11 entries: the refusal is found both in a full SIMD register (entry 2) and in the remainder (entry 10).
        foreach (int at in new[] { 2, 10 })
        {
            var optimizer = Methods[method]();
            var w = Enumerable.Repeat(1.0, 11).ToArray();
            optimizer.Step(w, Enumerable.Repeat(0.5, 11).ToArray());
            double[] wBefore = (double[])w.Clone();
            double[][] stateBefore = optimizer.Vectors.Select(v => (double[])v.Values.Clone()).ToArray();
            var g = Enumerable.Repeat(1.0, 11).ToArray();
            g[at] = 1e200;   // g² = 10⁴⁰⁰ would be ∞
            var ex = Assert.Throws<ArgumentException>(() => optimizer.Step(w, g));
            Assert.Equal("gradient", ex.ParamName);
            Assert.Contains($"gradient[{at}]", ex.Message);
            Assert.Contains("unchanged", ex.Message);
            // Exactness is the point: nothing was written, so the values are bit for bit the old ones.
            Assert.Equal(wBefore, w);
            Assert.Equal(1, optimizer.StepCount);
            for (int v = 0; v < stateBefore.Length; v++) Assert.Equal(stateBefore[v], optimizer.Vectors[v].Values);
        }
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void DriverReportsAnOverflowingGradientAsDiverged(string method)
    {
        var r = Optimize.Run(new LinearSlope([1e200]), Methods[method](), [0.0]);
        Assert.Equal(StopReason.Diverged, r.StopReason);
        Assert.Equal(0, r.Steps);
        Assert.Contains("exceeds", r.Message);
        Assert.Equal(0.0, r.FinalParameters[0], 15);
    }

    [Fact]
    public void AdamOnAHugeSlopeFromTheIssueIsDivergedWithStateIntact()
    {
        var adam = new Adam(0.01);
        var r = Optimize.Run(new LinearSlope([1e200]), adam, [0.0]);
        Assert.True(r.Diverged);
        Assert.Contains("1e+200", r.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, adam.StepCount);
        Assert.All(adam.Vectors.SelectMany(v => v.Values), x => Assert.Equal(0.0, x, 15));
    }

    [Fact]
    public void AdaGradRefusesAGradientWhoseSquareWouldOverflowItsSum()
    {
        // r starts at 9·10³⁰⁷; the limit is √(10³⁰⁸ − 9·10³⁰⁷) ≈ 3.2·10¹⁵³: 10¹⁵³ passes, 5·10¹⁵³ does not.
        var adagrad = new AdaGrad(0.1, initialAccumulator: 9e307);
        double[] w = [1.0];
        adagrad.Step(w, [1e153]);
        Assert.Equal(9e307 + 1e306, adagrad.Vector(AdaptiveVectors.SumOfSquares)[0], 1e293);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => adagrad.Step(w, [5e153])).ParamName);
        Assert.True(double.IsFinite(adagrad.Vector(AdaptiveVectors.SumOfSquares)[0]));
    }
}
