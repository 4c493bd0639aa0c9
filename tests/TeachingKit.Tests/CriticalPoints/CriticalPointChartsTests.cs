using Plotly.NET;
using TeachingKit.CriticalPoints;
using TeachingKit.Landscapes;
using TeachingKit.Plots.CriticalPoints;

namespace TeachingKit.Tests.CriticalPoints;

public class CriticalPointChartsTests
{
    private static string Json(GenericChart chart) => GenericChart.toJson(chart);

    [Fact]
    public void ContourMarksEachKindOnceInTheLegend()
    {
        var chart = LandscapeCharts.Contour(LandscapeCatalogue.Himmelblau);
        // contour + minima + maximum + saddles
        Assert.Equal(4, GenericChart.getTraces(chart).Length);
        string json = Json(chart);
        Assert.Contains("\"name\":\"minimum\"", json);
        Assert.Contains("\"name\":\"saddle\"", json);
    }

    [Fact]
    public void SurfaceLabelsProbeVerdicts()
    {
        string json = Json(LandscapeCharts.Surface(LandscapeCatalogue.MonkeySaddle));
        Assert.Contains("saddle (probe)", json);
        Assert.Contains("\"type\":\"surface\"", json);
    }

    [Fact]
    public void TrajectoriesAreDrawnOverTheContour()
    {
        var f = LandscapeCatalogue.Saddle;
        var runs = new[] { CriticalPointMethods.Newton(f.Function, [0.5, 0.5]), CriticalPointMethods.GradientDescent(f.Function, [0.5, 0.5], 0.1, 5) };
        var chart = TrajectoryCharts.OverContour("paths", f.Value, -1, 1, runs);
        Assert.Equal(1 + 2 * runs.Length, GenericChart.getTraces(chart).Length);
        Assert.Throws<ArgumentException>(() => TrajectoryCharts.OverContour("none", f.Value, -1, 1, []));
    }

    [Fact]
    public void StatisticsChartsUseALogAxisAndErrorBars()
    {
        string json = Json(SpectrumCharts.FractionOfMinima(RandomHessianMonteCarlo.FractionOfMinima(4, 500, 1)));
        Assert.Contains("\"type\":\"log\"", json);
        Assert.Contains("error_y", json);
        Assert.Contains("error_y", Json(SpectrumCharts.IndexDistribution(RandomHessianMonteCarlo.Sample(RandomHessianModel.Goe, 3, 100, 1))));
        Assert.Contains("saddle of order 1", Json(SpectrumCharts.Eigenvalues(LandscapeCatalogue.Saddle.Analyze([0.0, 0.0]))));
    }

    [Fact]
    public void TheSpectrumColoursFollowTheOptionsTheReportWasMadeWith()
    {
        // λ = 1e-3 and 1e9: zero at the default 1e-10 relative tolerance, positive at 1e-14.
        Func<TeachingKit.Differentiation.Var[], TeachingKit.Differentiation.Var> f = w => 5e-4 * w[0] * w[0] + 5e8 * w[1] * w[1];
        var tight = HessianClassifier.Analyze(f, [0.0, 0.0], new ClassifierOptions { EigenvalueTolerance = 1e-14 });
        Assert.Equal(CriticalPointKind.Minimum, tight.Kind);
        string json = Json(SpectrumCharts.Eigenvalues(tight));
        Assert.Contains("[\"#1b7f3b\",\"#1b7f3b\"]", json);   // both green
        Assert.Contains("[\"#6b7280\",\"#1b7f3b\"]", Json(SpectrumCharts.Eigenvalues(HessianClassifier.Analyze(f, [0.0, 0.0]))));   // grey, green
    }

    [Fact]
    public void AZeroEigenvalueGetsAMarkerBecauseItsBarHasNoHeight()
    {
        // x² + y⁴ at the origin: H = diag(2, 0), one zero eigenvalue (the second, ascending order puts 0 first).
        var report = LandscapeCatalogue.QuarticBowl.Analyze([0.0, 0.0]);
        var traces = GenericChart.getTraces(SpectrumCharts.Eigenvalues(report));
        Assert.Equal(2, traces.Length);
        Assert.Equal([1], traces[1].TryGetTypedPropertyValue<int[]>("x").Value);
        Assert.Single(GenericChart.getTraces(SpectrumCharts.Eigenvalues(LandscapeCatalogue.Bowl.Analyze([0.0, 0.0]))));
    }

    [Fact]
    public void SurfaceMarkersFloatAboveTheSurfaceAndTheTitleHasNoLatex()
    {
        // The bowl x² + 3y² on its plot range: the minimum f(0, 0) = 0 is drawn 3 % of the value range higher.
        var chart = LandscapeCharts.Surface(LandscapeCatalogue.Bowl);
        var traces = GenericChart.getTraces(chart);
        var surfaceZ = traces[0].TryGetTypedPropertyValue<double[][]>("z").Value;
        double range = surfaceZ.Max(r => r.Max()) - surfaceZ.Min(r => r.Min());
        double markerZ = traces[1].TryGetTypedPropertyValue<double[]>("z").Value[0];
        Assert.Equal(LandscapeCharts.MarkerLiftFraction * range, markerZ, 1e-9);
        Assert.True(markerZ > 0);
        // The eye looks down steeply enough that the bowl's near corner (2, −2), f = 16, does not hide the
        // bottom: along the line of sight (scaled by the aspect ratio z = 0.7 and the range 4 of x and y) the
        // height gained, 1.55·16/0.7 ≈ 35 per √2·0.85·4 ≈ 4.8 across (slope 7.4), beats the bowl's 16 per 2√2 (slope 5.7).
        Assert.Contains("\"eye\":{\"x\":0.85,\"y\":-0.85,\"z\":1.55}", Json(chart));
        Assert.DoesNotContain("\\equiv", Json(LandscapeCharts.Surface(LandscapeCatalogue.Flat)));
        Assert.Contains("h(x, y) ≡ 0", Json(LandscapeCharts.Surface(LandscapeCatalogue.Flat)));
    }
}

public class CriticalSetChartTests
{
    [Fact]
    public void TheThreeLayerCriticalSetLiesWhereTheGradientVanishes()
    {
        var (minima, axes) = LandscapeCatalogue.DeepLinear3CriticalSet();
        Assert.Equal(4, minima.Count);
        foreach (var (_, x, y, z) in minima)
            for (int i = 0; i < y.Length; i += 6)
                for (int j = 0; j < x.Length; j += 6)
                {
                    Assert.InRange(Math.Abs(z[i][j]), 0, 2 + 1e-12);
                    Assert.True(LandscapeCatalogue.DeepLinear3.Analyze([x[j], y[i], z[i][j]]).GradientNorm < 1e-12);
                }
        foreach (var (_, x, y, z) in axes)
            Assert.True(LandscapeCatalogue.DeepLinear3.Analyze([0.3 * x[1], 0.3 * y[1], 0.3 * z[1]]).Kind == CriticalPointKind.Saddle);
        var chart = LandscapeCharts.CriticalSet3D("critical set", minima, axes);
        Assert.Equal(7, GenericChart.getTraces(chart).Length);
    }
}
