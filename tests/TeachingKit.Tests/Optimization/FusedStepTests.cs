using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>
/// Every optimizer's fused step against <see cref="ScalarReferenceSteps"/> (the pre-fusion update, one entry
/// at a time), and the guard: a refused gradient leaves parameters, state and step count untouched wherever
/// the bad entry sits — first entry, inside a SIMD register, the last full register, the scalar remainder.
/// </summary>
public class FusedStepTests
{
    private static readonly Dictionary<string, Func<Optimizer>> Methods = new()
    {
        ["gd"] = () => new GradientDescent(0.05),
        ["momentum-step"] = () => new Momentum(0.05, 0.9),
        ["momentum-accumulated"] = () => new Momentum(0.05, 0.9, MomentumForm.AccumulatedGradient),
        ["nesterov-lookahead"] = () => new NesterovMomentum(0.05, 0.8),
        ["nesterov-framework"] = () => new NesterovMomentum(0.05, 0.8, NesterovForm.Framework),
        ["adagrad"] = () => new AdaGrad(0.1),
        ["adagrad-keras"] = () => new AdaGrad(0.1, 1e-7, EpsilonPlacement.InsideSquareRoot, initialAccumulator: 0.1),
        ["rmsprop"] = () => new RmsProp(0.01),
        ["rmsprop-after"] = () => new RmsProp(0.01, 0.99, 1e-8, EpsilonPlacement.AfterSquareRoot),
        ["rmsprop-centered"] = () => new RmsProp(0.01, centered: true),
        ["rmsprop-momentum"] = () => new RmsProp(0.01, momentum: 0.9),
        ["rmsprop-momentum-centered"] = () => new RmsProp(0.01, momentum: 0.9, centered: true),
        ["rmsprop-nesterov"] = () => new RmsProp(0.01, momentum: 0.9, nesterov: true),
        ["adadelta"] = () => new AdaDelta(),
        ["adam"] = () => new Adam(0.01),
        ["adam-no-diagnostics"] = () => new Adam(0.01, diagnostics: false),
        ["adam-after"] = () => new Adam(0.01, epsilonPlacement: EpsilonPlacement.AfterSquareRoot),
        ["adam-keras"] = () => new Adam(0.01, epsilon: 1e-7, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot),
        ["adam-keras-no-diagnostics"] = () => new Adam(0.01, epsilon: 1e-7, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot, diagnostics: false),
        ["adam-uncorrected"] = () => new Adam(0.01, biasCorrection: false),
        ["amsgrad"] = () => Adam.AmsGrad(0.01),
        ["amsgrad-no-diagnostics"] = () => new Adam(0.01, amsGrad: true, diagnostics: false),
        ["adamw"] = () => Adam.AdamW(0.01, weightDecay: 0.1),
        ["adamw-no-diagnostics"] = () => new Adam(0.01, weightDecay: 0.1, diagnostics: false),
    };

    public static TheoryData<string> AllMethods() => new(Methods.Keys);

    // Lengths below, at and around multiples of 2, 4 and 8 lanes, and one long enough for many registers.
    private static readonly int[] Lengths = [1, 3, 4, 5, 8, 11, 16, 37, 1001];

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void FusedStepEqualsTheScalarReferenceBitForBit(string method)
    {
        var random = new Random(method.GetHashCode(StringComparison.Ordinal) & 0xffff);
        foreach (int n in Lengths)
        {
            var optimizer = Methods[method]();
            double[] w = Random(random, n, 2), reference = (double[])w.Clone();
            var state = new Dictionary<string, double[]>();
            for (int step = 1; step <= 6; step++)
            {
                // Gradients from tiny to large, so that δ, the maximum and the clamp all matter somewhere.
                double[] g = Random(random, n, Math.Pow(10, random.Next(-8, 4)));
                if (step == 4) g[n / 2] = 0;
                optimizer.Step(w, g);
                ScalarReferenceSteps.Step(optimizer, reference, g, state, step);
                // Exactness is the point: the same IEEE operations in the same order, lane by lane.
                Assert.Equal(reference, w);
                foreach (var v in optimizer.Vectors) Assert.Equal(state[v.Name], v.Values);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllMethods))]
    public void RefusedGradientLeavesEverythingUntouchedWhereverTheBadEntryIs(string method)
    {
        var random = new Random(7);
        foreach (int n in new[] { 11, 16, 1001 })
            foreach (int at in new[] { 0, 5, n - 1 - n % 8, n - 1 })
                foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1e200 })
                {
                    var optimizer = Methods[method]();
                    double[] w = Random(random, n, 1);
                    optimizer.Step(w, Random(random, n, 1));
                    double[] wBefore = (double[])w.Clone();
                    double[][] stateBefore = optimizer.Vectors.Select(v => (double[])v.Values.Clone()).ToArray();
                    double[] g = Random(random, n, 1);
                    g[at] = bad;
                    if (bad == -1e200 && optimizer is GradientDescent or MomentumMethod) continue;   // finite: only the adaptive methods square it
                    var ex = Assert.Throws<ArgumentException>(() => optimizer.Step(w, g));
                    Assert.Contains($"gradient[{at}]", ex.Message);
                    // Exactness is the point: nothing may have been written.
                    Assert.Equal(wBefore, w);
                    Assert.Equal(1, optimizer.StepCount);
                    for (int v = 0; v < stateBefore.Length; v++) Assert.Equal(stateBefore[v], optimizer.Vectors[v].Values);
                }
    }

    [Fact]
    public void TheFirstBadEntryIsTheOneReported()
    {
        var optimizer = new Adam();
        var g = Enumerable.Repeat(0.5, 1001).ToArray();
        g[999] = double.NaN;
        g[300] = double.PositiveInfinity;
        g[1000] = 1e300;
        Assert.Contains("gradient[300]", optimizer.Inadmissible(Reset(optimizer, g)));
    }

    private static double[] Reset(Optimizer optimizer, double[] g)
    {
        optimizer.Reset(g.Length);
        return g;
    }

    private static double[] Random(Random random, int n, double scale) =>
        Enumerable.Range(0, n).Select(_ => scale * (2 * random.NextDouble() - 1)).ToArray();
}
