using System.Globalization;
using TeachingKit.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

/// <summary>
/// Every optimizer against an independent implementation in Python
/// (data/generate_optimizer_reference.py → data/optimizer_reference.csv): 150 steps on the chained
/// Rosenbrock function in 11 dimensions, so that both the SIMD body and the tail of each loop run
/// (11 = 8 + 3 with AVX-512, 2·4 + 3 with AVX2). Configurations named *-tiny run on 10⁻⁶·E and
/// *-delta use δ = 10⁻³, where the δ placements give trajectories that differ far beyond the tolerance.
/// </summary>
public class AdaptiveReferenceTests
{
    private static readonly Lazy<Dictionary<string, List<double[]>>> Reference = new(Load);

    public static TheoryData<string> Configurations() => new(Optimizers.Keys);

    private const double Tolerance = 1e-11;

    /// <summary>The scale of the objective for the *-tiny configurations (as TINY in the generator).</summary>
    private const double Tiny = 1e-6;

    private static readonly Dictionary<string, Func<Optimizer>> Optimizers = new()
    {
        ["gd"] = () => new GradientDescent(2e-4),
        ["momentum-step"] = () => new Momentum(1e-4, 0.9, MomentumForm.Step),
        ["momentum-accumulated"] = () => new Momentum(1e-4, 0.9, MomentumForm.AccumulatedGradient),
        ["nesterov-lookahead"] = () => new NesterovMomentum(1e-4, 0.9, NesterovForm.LookAhead),
        ["nesterov-framework"] = () => new NesterovMomentum(1e-4, 0.9, NesterovForm.Framework),
        ["adagrad"] = () => new AdaGrad(0.1, 1e-7, EpsilonPlacement.AfterSquareRoot),
        ["adagrad-keras"] = () => new AdaGrad(0.1, 1e-7, EpsilonPlacement.InsideSquareRoot, initialAccumulator: 0.1),
        ["adagrad-tiny"] = () => new AdaGrad(0.1, 1e-7, EpsilonPlacement.AfterSquareRoot),
        ["adagrad-inside-tiny"] = () => new AdaGrad(0.1, 1e-7, EpsilonPlacement.InsideSquareRoot),
        ["rmsprop"] = () => new RmsProp(0.01, 0.9, 1e-6, EpsilonPlacement.InsideSquareRoot),
        ["rmsprop-tiny"] = () => new RmsProp(0.01, 0.9, 1e-6, EpsilonPlacement.InsideSquareRoot),
        ["rmsprop-after-tiny"] = () => new RmsProp(0.01, 0.9, 1e-6, EpsilonPlacement.AfterSquareRoot),
        ["rmsprop-torch"] = () => new RmsProp(0.001, 0.99, 1e-8, EpsilonPlacement.AfterSquareRoot),
        ["rmsprop-momentum-centered"] = () => new RmsProp(0.001, 0.9, 1e-6, momentum: 0.9, centered: true),
        ["rmsprop-nesterov"] = () => new RmsProp(0.001, 0.9, 1e-6, momentum: 0.9, nesterov: true),
        ["adadelta"] = () => new AdaDelta(1, 0.95, 1e-6),
        ["adam"] = () => new Adam(0.01),
        ["adam-after"] = () => new Adam(0.01, epsilonPlacement: EpsilonPlacement.AfterSquareRoot),
        ["adam-keras"] = () => new Adam(0.01, epsilon: 1e-7, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot),
        ["adam-delta"] = () => new Adam(0.01, epsilon: 1e-3),
        ["adam-after-delta"] = () => new Adam(0.01, epsilon: 1e-3, epsilonPlacement: EpsilonPlacement.AfterSquareRoot),
        ["adam-keras-delta"] = () => new Adam(0.01, epsilon: 1e-3, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot),
        ["adam-tiny"] = () => new Adam(0.01),
        ["adam-after-tiny"] = () => new Adam(0.01, epsilonPlacement: EpsilonPlacement.AfterSquareRoot),
        ["adam-keras-tiny"] = () => new Adam(0.01, epsilon: 1e-7, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot),
        ["adam-uncorrected"] = () => new Adam(0.01, biasCorrection: false),
        ["amsgrad"] = () => Adam.AmsGrad(0.01),
        ["adamw"] = () => Adam.AdamW(0.01, weightDecay: 0.1),
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void AgreesWithIndependentPythonImplementation(string configuration)
    {
        var expected = Reference.Value[configuration];
        Assert.Equal(151, expected.Count);
        var run = Optimize.Run(ObjectiveFor(configuration, expected[0].Length), Optimizers[configuration](), expected[0],
            new RunOptions { MaxSteps = expected.Count - 1 });
        Assert.Equal(expected.Count, run.Trajectory.Count);
        double worst = LargestDeviation(k => run.Trajectory.Parameters(k).ToArray(), expected);
        Assert.True(worst < Tolerance, $"{configuration}: largest relative deviation {worst:G3}");
    }

    /// <summary>
    /// Pairs that differ only in δ's placement (or, for momentum, only in the form): the fixture must
    /// tell them apart by far more than the tolerance, else agreeing with it says nothing about δ.
    /// The two heavy-ball forms are the same iterates; there the pair must agree instead.
    /// </summary>
    [Theory]
    [InlineData("adam-tiny", "adam-after-tiny", 1e-2)]
    [InlineData("adam-after-tiny", "adam-keras-tiny", 1e-4)]
    [InlineData("adam-delta", "adam-after-delta", 1e-6)]
    [InlineData("adam-after-delta", "adam-keras-delta", 1e-6)]
    [InlineData("rmsprop-tiny", "rmsprop-after-tiny", 1e-2)]
    [InlineData("adagrad-tiny", "adagrad-inside-tiny", 1e-2)]
    [InlineData("nesterov-lookahead", "nesterov-framework", 1e-2)]
    public void VariantsDifferByFarMoreThanTheTolerance(string first, string second, double atLeast)
    {
        var a = Reference.Value[first];
        double difference = LargestDeviation(k => a[k], Reference.Value[second]);
        Assert.True(difference > atLeast, $"{first} vs {second}: {difference:G3}");
        Assert.True(atLeast > 1e4 * Tolerance);
    }

    [Fact]
    public void TheTwoHeavyBallFormsAreTheSameIterates()
    {
        var a = Reference.Value["momentum-step"];
        Assert.True(LargestDeviation(k => a[k], Reference.Value["momentum-accumulated"]) < Tolerance);
    }

    private static double LargestDeviation(Func<int, double[]> actual, List<double[]> expected)
    {
        double worst = 0;
        for (int k = 0; k < expected.Count; k++)
        {
            var w = actual(k);
            for (int i = 0; i < w.Length; i++)
                worst = Math.Max(worst, Math.Abs(w[i] - expected[k][i]) / Math.Max(1, Math.Abs(expected[k][i])));
        }
        return worst;
    }

    private static Objective ObjectiveFor(string configuration, int dimension)
    {
        var rosenbrock = RaceLandscapes.ChainedRosenbrock(dimension);
        if (!configuration.EndsWith("-tiny", StringComparison.Ordinal)) return rosenbrock;
        return Objective.Create($"{Tiny:G}·{rosenbrock.Name}", dimension, (w, g) =>
        {
            double value = rosenbrock.Evaluate(w, g);
            for (int i = 0; i < g.Length; i++) g[i] *= Tiny;
            return Tiny * value;
        });
    }

    [Fact]
    public void FixtureCoversEveryConfigurationAndNamesItsSource()
    {
        var lines = File.ReadAllLines(Repository.PathTo("data", "optimizer_reference.csv"));
        Assert.StartsWith("# source: data/generate_optimizer_reference.py", lines[0]);
        Assert.Contains("Python 3", lines[0]);
        Assert.StartsWith("optimizer,step,", lines[2]);
        Assert.Equal(Optimizers.Keys.Order(), Reference.Value.Keys.Order());
        Assert.True(File.Exists(Repository.PathTo("data", "generate_optimizer_reference.py")));
        // Both code paths of the fused loops: at least one full SIMD register and a remainder.
        int length = Reference.Value["adam"][0].Length, width = System.Numerics.Vector<double>.Count;
        Assert.True(length > width && length % width != 0, $"{length} parameters must fill a register of {width} and leave a remainder");
        Assert.StartsWith("# configurations named *-tiny run on 1e-06", lines[1]);
    }

    private static Dictionary<string, List<double[]>> Load()
    {
        var table = new Dictionary<string, List<double[]>>();
        foreach (var line in File.ReadLines(Repository.PathTo("data", "optimizer_reference.csv")))
        {
            if (line.StartsWith('#') || line.StartsWith("optimizer,")) continue;
            var fields = line.Split(',');
            if (!table.TryGetValue(fields[0], out var rows)) table[fields[0]] = rows = [];
            Assert.Equal(rows.Count, int.Parse(fields[1], CultureInfo.InvariantCulture));
            rows.Add(fields.Skip(2).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray());
        }
        return table;
    }
}
