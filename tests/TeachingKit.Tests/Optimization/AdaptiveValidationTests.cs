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
        Assert.Equal("decay", Assert.ThrowsAny<ArgumentException>(() => new RmsProp(0.01, decay: beta)).ParamName);
        Assert.Equal("decay", Assert.ThrowsAny<ArgumentException>(() => new AdaDelta(decay: beta)).ParamName);
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
    public void OverflowingSecondMomentIsReportedNotPropagated(string method)
    {
        // 11 entries: the overflow is caught both in a full SIMD register (entry 2) and in the remainder (entry 10).
        foreach (int at in new[] { 2, 10 })
        {
            var optimizer = Methods[method]();
            var w = Enumerable.Repeat(1.0, 11).ToArray();
            var g = Enumerable.Repeat(1.0, 11).ToArray();
            g[at] = 1e200;
            var ex = Assert.Throws<OverflowException>(() => optimizer.Step(w, g));
            Assert.Contains("Reset", ex.Message);
            optimizer.Reset();
            optimizer.Step(w, Enumerable.Repeat(1.0, 11).ToArray());
            Assert.All(optimizer.Vectors.SelectMany(v => v.Values), x => Assert.True(double.IsFinite(x)));
        }
    }
}
