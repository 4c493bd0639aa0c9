using TeachingKit.CriticalPoints;
using TeachingKit.Landscapes;

namespace TeachingKit.Tests.Landscapes;

public class LandscapeCatalogueTests
{
    public static TheoryData<string> Names => [.. LandscapeCatalogue.All.Select(l => l.Name)];

    private static Landscape Named(string name) => LandscapeCatalogue.All.Single(l => l.Name == name);

    /// <summary>Hand-derived gradient and Hessian of each catalogue function (the independent computation).</summary>
    private static (double[] G, double[,] H) ClosedForm(string name, double[] w)
    {
        double x = w[0], y = w[1];
        switch (name)
        {
            case "Bowl": return ([2 * x, 6 * y], new double[,] { { 2, 0 }, { 0, 6 } });
            case "Saddle": return ([-2 * x, 6 * y], new double[,] { { -2, 0 }, { 0, 6 } });
            case "Quartic bowl": return ([2 * x, 4 * y * y * y], new double[,] { { 2, 0 }, { 0, 12 * y * y } });
            case "Quartic saddle": return ([2 * x, -4 * y * y * y], new double[,] { { 2, 0 }, { 0, -12 * y * y } });
            case "Quartic cap": return ([-4 * x * x * x, -4 * y * y * y], new double[,] { { -12 * x * x, 0 }, { 0, -12 * y * y } });
            case "Monkey saddle": return ([3 * x * x - 3 * y * y, -6 * x * y], new double[,] { { 6 * x, -6 * y }, { -6 * y, -6 * x } });
            case "Flat": return ([0, 0], new double[2, 2]);
            case "Deep linear, 2 layers":
            {
                double r = 1 - x * y;
                return ([-2 * r * y, -2 * r * x], new double[,] { { 2 * y * y, 2 * x * y - 2 * r }, { 2 * x * y - 2 * r, 2 * x * x } });
            }
            case "Deep linear, 3 layers":
            {
                double z = w[2], r = 1 - x * y * z;
                double[] p = [y * z, x * z, x * y];
                double[,] pp = { { 0, z, y }, { z, 0, x }, { y, x, 0 } };
                var h = new double[3, 3];
                for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) h[i, j] = 2 * p[i] * p[j] - 2 * r * pp[i, j];
                return ([-2 * r * p[0], -2 * r * p[1], -2 * r * p[2]], h);
            }
            case "Rosenbrock":
                return ([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
                    new double[,] { { 2 - 400 * (y - 3 * x * x), -400 * x }, { -400 * x, 200 } });
            case "Himmelblau":
            {
                double a = x * x + y - 11, b = x + y * y - 7;
                return ([4 * x * a + 2 * b, 2 * a + 4 * y * b],
                    new double[,] { { 12 * x * x + 4 * y - 42, 4 * x + 4 * y }, { 4 * x + 4 * y, 4 * x + 12 * y * y - 26 } });
            }
            default: // Beale: f = Σ rᵢ² with rᵢ = cᵢ − x + x·yⁱ
            {
                double[] c = [1.5, 2.25, 2.625];
                double gx = 0, gy = 0, hxx = 0, hxy = 0, hyy = 0;
                for (int i = 1; i <= 3; i++)
                {
                    double r = c[i - 1] - x + x * Math.Pow(y, i);
                    double rx = Math.Pow(y, i) - 1, ry = i * x * Math.Pow(y, i - 1);
                    double rxy = i * Math.Pow(y, i - 1), ryy = i * (i - 1) * x * Math.Pow(y, i - 2);
                    gx += 2 * r * rx; gy += 2 * r * ry;
                    hxx += 2 * rx * rx; hxy += 2 * (rx * ry + r * rxy); hyy += 2 * (ry * ry + r * ryy);
                }
                return ([gx, gy], new double[,] { { hxx, hxy }, { hxy, hyy } });
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void DerivativesMatchClosedForms(string name)
    {
        var landscape = Named(name);
        var random = new Random(7);
        for (int trial = 0; trial < 5; trial++)
        {
            double[] w = Enumerable.Range(0, landscape.Dimension).Select(_ => random.NextDouble() * 3 - 1.5).ToArray();
            var (g, h) = ClosedForm(name, w);
            var d = landscape.SecondOrder(w);
            double scale = Math.Max(1, d.Hessian.Enumerate().Max(Math.Abs));
            for (int i = 0; i < w.Length; i++)
            {
                Assert.Equal(g[i], d.Gradient[i], 1e-12 * scale);
                for (int j = 0; j < w.Length; j++) Assert.Equal(h[i, j], d.Hessian[i, j], 1e-12 * scale);
            }
            Assert.Equal(d.Value, landscape.Value(w), 1e-12);
            Assert.Equal(g, landscape.Gradient(w), new ToleranceComparer(1e-12 * scale));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryKnownCriticalPointGetsItsVerdict(string name)
    {
        foreach (var known in Named(name).KnownCriticalPoints)
        {
            var report = Named(name).Analyze(known.Point);
            Assert.Equal(known.HessianVerdict, report.Kind);
            Assert.Equal(known.Kind, report.ResolvedKind);
            Assert.Equal(known.Index, report.Index);
            Assert.Equal(known.HessianVerdict == CriticalPointKind.Degenerate, report.Probe is not null);
        }
    }

    [Fact]
    public void ThePlainApiChecksTheDimension()
    {
        var e = Assert.Throws<ArgumentException>(() => LandscapeCatalogue.Rosenbrock.Value([1.0, 2.0, 3.0]));
        Assert.Contains("w has length 3", e.Message);
        Assert.Throws<ArgumentException>(() => LandscapeCatalogue.Himmelblau.Gradient([double.NaN, 0.0]));
    }

    [Fact]
    public void AsAnObjectiveALandscapeGivesTheClosedFormValueAndGradient()
    {
        // Himmelblau (x² + y − 11)² + (x + y² − 7)², its gradient by hand, at a point off every critical point.
        double x = 1.3, y = -0.7, a = x * x + y - 11, b = x + y * y - 7;
        var objective = LandscapeCatalogue.Himmelblau.ToObjective();
        var gradient = new double[2];

        double value = objective.Evaluate([x, y], gradient);

        Assert.Equal((LandscapeCatalogue.Himmelblau.Name, 2), (objective.Name, objective.Dimension));
        Assert.Equal(a * a + b * b, value, 12);
        Assert.Equal(4 * x * a + 2 * b, gradient[0], 12);
        Assert.Equal(2 * a + 4 * y * b, gradient[1], 12);
        Assert.NotSame(objective, LandscapeCatalogue.Himmelblau.ToObjective());
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;
        public int GetHashCode(double value) => 0;
    }
}

public class VerdictTableTests
{
    [Fact]
    public void EveryRowOfTheFullCatalogueAgrees()
    {
        var rows = VerdictTable.For(LandscapeCatalogue.All);
        Assert.Equal(LandscapeCatalogue.All.Sum(l => l.KnownCriticalPoints.Count), rows.Count);
        Assert.All(rows, r => Assert.True(r.Agrees, $"{r.Function} at {r.Point}: {r.HessianVerdict}; {r.ProbeVerdict}"));
        var monkey = rows.Single(r => r.Function == "Monkey saddle");
        Assert.Equal("[0, 0]", monkey.Eigenvalues);
        Assert.StartsWith("saddle", monkey.ProbeVerdict);
    }

    [Fact]
    public void TheMinimumValleyOfTheTwoLayerNetworkHasZeroLoss()
    {
        foreach (var (_, x, y) in LandscapeCatalogue.DeepLinear2MinimumValley())
            for (int i = 0; i < x.Length; i++)
                Assert.Equal(0, LandscapeCatalogue.DeepLinear2.Value([x[i], y[i]]), 1e-28);
    }
}
