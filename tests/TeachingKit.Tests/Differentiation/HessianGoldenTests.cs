using System.Globalization;
using TeachingKit.Differentiation;
using TeachingKit.Landscapes;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Differentiation;

/// <summary>
/// The Hessians of the landscape catalogue and of random compositions (N = 1…13 and 40, so that every
/// remainder of a block of tangent directions occurs) against the values the scalar one-direction-per-sweep
/// implementation produced before the sweeps were vectorised (data in HessianGolden.txt, as IEEE bit patterns).
/// </summary>
/// <remarks>Regenerate only from a known-good build: <c>TEACHINGKIT_WRITE_HESSIAN_GOLDEN=1 dotnet test --filter HessianGolden</c>.</remarks>
public class HessianGoldenTests
{
    private static readonly string GoldenPath = Repository.PathTo("tests", "TeachingKit.Tests", "Differentiation", "HessianGolden.txt");

    [Fact]
    public void HessiansAreBitForBitThoseOfTheScalarSweeps()
    {
        var lines = Cases().Select(c => Line(c.Name, AutoDiff.SecondOrder(c.F, c.Point))).ToList();
        if (Environment.GetEnvironmentVariable("TEACHINGKIT_WRITE_HESSIAN_GOLDEN") == "1")
            File.WriteAllLines(GoldenPath, lines);
        var golden = File.ReadAllLines(GoldenPath);
        Assert.Equal(golden.Length, lines.Count);
        // Exactness is the point: each direction sees the same operations in the same order as before.
        for (int i = 0; i < lines.Count; i++) Assert.Equal(golden[i], lines[i]);
    }

    private static string Line(string name, SecondOrderDerivatives d) =>
        name + " " + string.Join(" ", d.Hessian.ToColumnMajorArray().Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));

    private static IEnumerable<(string Name, Func<Var[], Var> F, double[] Point)> Cases()
    {
        var random = new Random(2024);
        foreach (var landscape in LandscapeCatalogue.All)
            for (int k = 0; k < 3; k++)
                yield return (landscape.Name.Replace(' ', '_') + "#" + k, landscape.Function, Point(random, landscape.Dimension));
        foreach (int n in Enumerable.Range(1, 13).Append(40))
            for (int k = 0; k < 3; k++)
            {
                var terms = Enumerable.Range(0, 2 * n).Select(_ => RandomExpression.Generate(random, n, depth: 4)).ToArray();
                yield return ($"random-{n}#{k}", x => terms.Aggregate((Var)0.0, (sum, t) => sum + t.Evaluate(x)), Point(random, n));
            }
    }

    private static double[] Point(Random random, int n) => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 2 - 1).ToArray();
}
