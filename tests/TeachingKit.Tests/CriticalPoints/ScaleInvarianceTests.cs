using TeachingKit.CriticalPoints;
using TeachingKit.Differentiation;
using TeachingKit.Landscapes;
using static TeachingKit.Differentiation.Var;

namespace TeachingKit.Tests.CriticalPoints;

/// <summary>f → c·f scales ∇f, H and every Δf by c, so no verdict may change with c (ClassifierOptions).</summary>
public class ScaleInvarianceTests
{
    public static TheoryData<double> Scales => [1e-12, 1e-6, 1, 1e12];

    private static CriticalPointReport Scaled(double c, Func<Var[], Var> f, double[] point) =>
        HessianClassifier.Analyze(w => c * f(w), point);

    [Theory]
    [MemberData(nameof(Scales))]
    public void AMinimumStaysAMinimum(double c)
    {
        var report = Scaled(c, w => Square(w[0]) + 3 * Square(w[1]), [0.0, 0.0]);
        Assert.Equal(CriticalPointKind.Minimum, report.Kind);
        Assert.Equal(2 * c, report.Eigenvalues[0], 1e-15 * c);   // H = c·diag(2, 6)
        Assert.Equal(6 * c, report.Eigenvalues[1], 1e-15 * c);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void ASaddleStaysASaddle(double c)
    {
        var report = Scaled(c, w => Square(w[0]) - 3 * Square(w[1]), [0.0, 0.0]);
        Assert.Equal(CriticalPointKind.Saddle, report.Kind);
        Assert.Equal(1, report.Index);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void APointWithASmallGradientStaysNotCritical(double c)
    {
        // c(x² − y²) at (1e-3, 0): |∇f| = 2e-3·c, far above 1e-8 · s · max(1, |x|) = 2e-8·c.
        var report = Scaled(c, w => Square(w[0]) - Square(w[1]), [1e-3, 0.0]);
        Assert.Equal(CriticalPointKind.NotCritical, report.Kind);
        Assert.Equal(2e-3 * c, report.GradientNorm, 1e-15 * c);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void TheProbeVerdictsDoNotDependOnTheScale(double c)
    {
        Assert.Equal(CriticalPointKind.Minimum, Scaled(c, w => Square(w[0]) + Pow(w[1], 4), [0.0, 0.0]).ResolvedKind);
        Assert.Equal(CriticalPointKind.Saddle, Scaled(c, w => Square(w[0]) - Pow(w[1], 4), [0.0, 0.0]).ResolvedKind);
        Assert.Equal(CriticalPointKind.Maximum, Scaled(c, w => -Pow(w[0], 4) - Pow(w[1], 4), [0.0, 0.0]).ResolvedKind);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void EveryCatalogueVerdictSurvivesRescaling(double c)
    {
        foreach (var landscape in LandscapeCatalogue.All)
            foreach (var known in landscape.KnownCriticalPoints)
            {
                var report = Scaled(c, landscape.Function, known.Point);
                string where = $"{c}·{landscape.Name} at ({string.Join(", ", known.Point)}): {report.Verdict}";
                Assert.True(known.HessianVerdict == report.Kind, where);
                Assert.True(known.Kind == report.ResolvedKind, where);
                Assert.True(known.Index == report.Index, where);
            }
    }

    [Fact]
    public void WithoutCurvatureOnlyAnExactlyZeroGradientIsCritical()
    {
        // H = 0 exactly sets no scale: a slope, however gentle, is not critical; h ≡ 0 is.
        Assert.Equal(CriticalPointKind.NotCritical, HessianClassifier.Analyze(w => 1e-20 * w[0] + w[1] * 1e-30, [0.0, 0.0]).Kind);
        Assert.Equal(CriticalPointKind.Degenerate, HessianClassifier.Analyze(_ => 0.0, [3.0, 4.0]).Kind);
    }

    [Fact]
    public void TheCriticalityBoundGrowsWithTheDistanceFromTheOrigin()
    {
        // 1e-8 · s · max(1, |x|) with s = 6 and |x| = 5.
        Assert.Equal(1e-8 * 6 * 5, HessianClassifier.CriticalGradientBound([2.0, -6.0], [3.0, 4.0]), 1e-22);
        Assert.Equal(1e-8 * 6, HessianClassifier.CriticalGradientBound([2.0, -6.0], [0.3, 0.4]), 1e-22);
    }
}
