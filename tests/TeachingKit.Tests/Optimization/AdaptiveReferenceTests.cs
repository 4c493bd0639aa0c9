using System.Globalization;
using TeachingKit.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

/// <summary>
/// Every adaptive method against an independent implementation in Python
/// (data/generate_optimizer_reference.py → data/optimizer_reference.csv): 150 steps on the chained
/// Rosenbrock function in 11 dimensions, so that both the SIMD body and the tail of each loop run
/// (11 = 8 + 3 with AVX-512, 2·4 + 3 with AVX2).
/// </summary>
public class AdaptiveReferenceTests
{
    private static readonly Lazy<Dictionary<string, List<double[]>>> Reference = new(Load);

    public static TheoryData<string> Configurations() => new(Optimizers.Keys);

    private static readonly Dictionary<string, Func<Optimizer>> Optimizers = new()
    {
        ["adagrad"] = () => new AdaGrad(0.1, 1e-7, EpsilonPlacement.AfterSquareRoot),
        ["adagrad-keras"] = () => new AdaGrad(0.1, 1e-7, EpsilonPlacement.InsideSquareRoot, initialAccumulator: 0.1),
        ["rmsprop"] = () => new RmsProp(0.01, 0.9, 1e-6, EpsilonPlacement.InsideSquareRoot),
        ["rmsprop-torch"] = () => new RmsProp(0.001, 0.99, 1e-8, EpsilonPlacement.AfterSquareRoot),
        ["rmsprop-momentum-centered"] = () => new RmsProp(0.001, 0.9, 1e-6, momentum: 0.9, centered: true),
        ["rmsprop-nesterov"] = () => new RmsProp(0.001, 0.9, 1e-6, momentum: 0.9, nesterov: true),
        ["adadelta"] = () => new AdaDelta(1, 0.95, 1e-6),
        ["adam"] = () => new Adam(0.01),
        ["adam-after"] = () => new Adam(0.01, epsilonPlacement: EpsilonPlacement.AfterSquareRoot),
        ["adam-keras"] = () => new Adam(0.01, epsilon: 1e-7, epsilonPlacement: EpsilonPlacement.AfterUncorrectedSquareRoot),
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
        var run = Optimize.Run(RaceLandscapes.ChainedRosenbrock(expected[0].Length), Optimizers[configuration](), expected[0],
            new RunOptions { MaxSteps = expected.Count - 1 });
        Assert.Equal(expected.Count, run.Trajectory.Count);
        double worst = 0;
        for (int k = 0; k < expected.Count; k++)
        {
            var w = run.Trajectory.Parameters(k);
            for (int i = 0; i < w.Length; i++)
                worst = Math.Max(worst, Math.Abs(w[i] - expected[k][i]) / Math.Max(1, Math.Abs(expected[k][i])));
        }
        Assert.True(worst < 1e-11, $"{configuration}: largest relative deviation {worst:G3}");
    }

    [Fact]
    public void FixtureCoversEveryConfigurationAndNamesItsSource()
    {
        var lines = File.ReadAllLines(Repository.PathTo("data", "optimizer_reference.csv"));
        Assert.StartsWith("# source: data/generate_optimizer_reference.py", lines[0]);
        Assert.Contains("Python 3", lines[0]);
        Assert.StartsWith("optimizer,step,", lines[1]);
        Assert.Equal(Optimizers.Keys.Order(), Reference.Value.Keys.Order());
        Assert.True(File.Exists(Repository.PathTo("data", "generate_optimizer_reference.py")));
        Assert.True(Reference.Value["adam"][0].Length > 2 * System.Numerics.Vector<double>.Count - 5, "the fixture must be long enough to fill a SIMD register");
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
