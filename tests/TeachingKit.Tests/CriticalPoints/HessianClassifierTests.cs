using TeachingKit.CriticalPoints;
using TeachingKit.Differentiation;
using TeachingKit.Landscapes;
using static TeachingKit.Differentiation.Var;

namespace TeachingKit.Tests.CriticalPoints;

public class HessianClassifierTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 }, CriticalPointKind.Minimum, 0)]
    [InlineData(new[] { -1.0, -2.0 }, CriticalPointKind.Maximum, 2)]
    [InlineData(new[] { -1.0, 2.0, -3.0, 4.0 }, CriticalPointKind.Saddle, 2)]
    [InlineData(new[] { 0.0, 2.0 }, CriticalPointKind.Degenerate, 0)]
    [InlineData(new[] { -2.0, 0.0, 2.0 }, CriticalPointKind.Saddle, 1)]
    [InlineData(new[] { 1e-12, 5.0 }, CriticalPointKind.Degenerate, 0)]
    public void SignsOfEigenvaluesDecide(double[] eigenvalues, CriticalPointKind kind, int index)
    {
        var verdict = HessianClassifier.Classify(eigenvalues);
        Assert.Equal(kind, verdict.Kind);
        Assert.Equal(index, verdict.Negative);
    }

    [Fact]
    public void TolerancesAreRelativeToTheSpectrum()
    {
        // 1e-3 next to 1e9 is a zero eigenvalue at the default tolerance… but not at a tighter one.
        Assert.Equal(CriticalPointKind.Degenerate, HessianClassifier.Classify([1e-3, 1e9]).Kind);
        Assert.Equal(CriticalPointKind.Minimum, HessianClassifier.Classify([1e-3, 1e9], new ClassifierOptions { EigenvalueTolerance = 1e-14 }).Kind);
        // Scaling f scales H: a verdict must not change with it.
        Assert.Equal(CriticalPointKind.Saddle, HessianClassifier.Classify([-1e6, 3e6]).Kind);
    }

    [Fact]
    public void AGivenHessianMatrixIsClassified()
    {
        Assert.Equal("saddle of order 1", HessianClassifier.Classify(new double[,] { { 1, 2 }, { 2, 1 } }).Description);
        Assert.Equal(CriticalPointKind.Minimum, HessianClassifier.Classify(new double[,] { { 2, -1 }, { -1, 2 } }).Kind);
        Assert.Contains("symmetric", Assert.Throws<ArgumentException>(() => HessianClassifier.Classify(new double[,] { { 1, 2 }, { 0, 1 } })).Message);
        // Symmetry is judged relative to the largest entry, so a tiny Hessian is held to the same standard.
        Assert.Contains("symmetric", Assert.Throws<ArgumentException>(() => HessianClassifier.Classify(new double[,] { { 1e-12, 2e-12 }, { 0, 1e-12 } })).Message);
        var nan = Assert.Throws<ArgumentException>(() => HessianClassifier.Classify(new double[,] { { 1, double.NaN }, { double.NaN, 1 } }));
        Assert.Equal("hessian", nan.ParamName);
        Assert.Contains("hessian[0,1]", nan.Message);
    }

    [Fact]
    public void APointWithAGradientIsNotCritical()
    {
        var report = HessianClassifier.Analyze(w => Square(w[0]) + 3 * Square(w[1]), [1.0, 0.0]);
        Assert.Equal(CriticalPointKind.NotCritical, report.Kind);
        Assert.Equal(2, report.GradientNorm, 1e-14);
        Assert.StartsWith("not critical: |∇f| = 2", report.Verdict);
    }

    [Fact]
    public void EigenpairsSatisfyHVEqualsLambdaV()
    {
        var report = HessianClassifier.Analyze(w => Square(w[0] + 2 * w[1]) - Square(w[1] - w[2]) + w[0] * w[2], [0.0, 0.0, 0.0]);
        for (int k = 0; k < 3; k++)
        {
            var v = report.Eigenvectors.Column(k);
            Assert.True((report.Hessian * v - report.Eigenvalues[k] * v).L2Norm() < 1e-12);
        }
        Assert.True(report.Eigenvalues[0] <= report.Eigenvalues[1] && report.Eigenvalues[1] <= report.Eigenvalues[2]);
    }

    [Fact]
    public void TheProbeCatchesPeanosSurface()
    {
        // (x − y²)(x − 3y²) rises along every line through 0, yet falls on the parabola x = 2y².
        var report = HessianClassifier.Analyze(w => (w[0] - Square(w[1])) * (w[0] - 3 * Square(w[1])), [0.0, 0.0]);
        Assert.Equal(CriticalPointKind.Degenerate, report.Kind);
        Assert.Equal(CriticalPointKind.Saddle, report.ResolvedKind);
        Assert.Contains("higher-order probe", report.Verdict);
    }

    [Fact]
    public void TheProbeRunsOnlyAtDegeneratePointsAndCanBeSwitchedOff()
    {
        Func<Var[], Var> quarticBowl = w => Square(w[0]) + Pow(w[1], 4);
        Assert.Null(HessianClassifier.Analyze(quarticBowl, [0.0, 0.0], new ClassifierOptions { ProbeDegenerate = false }).Probe);
        Assert.Null(HessianClassifier.Analyze(w => Square(w[0]) + Square(w[1]), [0.0, 0.0]).Probe);
        var probe = HessianClassifier.Analyze(quarticBowl, [0.0, 0.0]).Probe!;
        Assert.Equal(CriticalPointKind.Minimum, probe.Kind);
        // The smallest rise is y⁴ at half the radius: (0.01 / 2)⁴; the largest x² at the radius, 0.01².
        Assert.Equal(6.25e-10, probe.LowestChange, 1e-22);
        Assert.Equal(1e-4, probe.HighestChange, 1e-12);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(-1.0, -1.0)]
    [InlineData(2.0, 0.5)]
    public void TheProbeFollowsACurvedValleyOfMinimaAndCallsThePointNonStrict(double w1, double w2)
    {
        // (1 − w₁w₂)² is 0 on the whole hyperbola w₁w₂ = 1: straight samples along the null direction rise
        // (by r⁴/4 at (1, 1)), but following it along the level set comes back to 0.
        var probe = LandscapeCatalogue.DeepLinear2.Analyze([w1, w2]).Probe!;
        Assert.Equal(CriticalPointKind.Minimum, probe.Kind);
        Assert.True(probe.ValleyOfMinima);
        Assert.True(probe.NotStrict);
        Assert.StartsWith("non-strict minimum (a valley of minima)", probe.Description);
        var three = LandscapeCatalogue.DeepLinear3.Analyze([1.0, 1.0, 1.0]).Probe!;
        Assert.StartsWith("non-strict minimum (a valley of minima)", three.Description);
    }

    [Fact]
    public void AStrictDegenerateMinimumIsNotTakenForAValley()
    {
        // x² + y⁴ at 0: the null direction y rises at fourth order and no correction in x brings f back.
        var probe = HessianClassifier.Analyze(w => Square(w[0]) + Pow(w[1], 4), [0.0, 0.0]).Probe!;
        Assert.Equal(CriticalPointKind.Minimum, probe.Kind);
        Assert.False(probe.ValleyOfMinima);
        Assert.StartsWith("minimum, strictness untested", probe.Description);
    }

    [Fact]
    public void AStraightValleyIsReportedNotStrict()
    {
        // f = x² does not change along y: a sample on the y axis has Δf = 0 exactly.
        var probe = HessianClassifier.Analyze(w => Square(w[0]) + 0 * w[1], [0.0, 0.0]).Probe!;
        Assert.Equal(CriticalPointKind.Minimum, probe.Kind);
        Assert.True(probe.NotStrict);
        Assert.StartsWith("non-strict minimum (a valley of minima)", probe.Description);   // the y axis is one
    }

    [Fact]
    public void WithZeroEigenvaluesTheSaddleOrderIsALowerBound()
    {
        // x² − y² − z⁴ at 0: λ = (−2, 0, 2), one negative eigenvalue, but f falls along y and along z.
        var report = HessianClassifier.Analyze(w => Square(w[0]) - Square(w[1]) - Pow(w[2], 4), [0.0, 0.0, 0.0]);
        Assert.Equal(CriticalPointKind.Saddle, report.Kind);
        Assert.Equal(1, report.Index);
        Assert.StartsWith("saddle of order ≥ 1 (1 zero eigenvalue", report.Verdict);
        Assert.Equal("saddle of order 1", HessianClassifier.Classify([-2.0, 2.0, 3.0]).Description);
    }

    [Fact]
    public void ANonFiniteHessianNamesThePoint()
    {
        // The cone √(x² + y²) is not differentiable at its tip.
        var e = Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(w => Sqrt(Square(w[0]) + Square(w[1])), [0.0, 0.0]));
        Assert.Equal("point", e.ParamName);
        Assert.Contains("not finite", e.Message);
        // x^1.5 at 0 has a finite gradient, 0, and an infinite second derivative.
        var h = Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(w => Pow(w[0], 1.5), [0.0]));
        Assert.Equal("point", h.ParamName);
        Assert.Contains("Hessian of f at point = (0) is not finite", h.Message);
    }

    [Fact]
    public void BadInputNamesTheProblem()
    {
        Func<Var[], Var> f = w => Square(w[0]);
        Assert.Contains("point[0]", Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(f, [double.NaN])).Message);
        Assert.Contains("must not be empty", Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(f, [])).Message);
        Assert.Contains("finite value", Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(w => 1 / w[0], [0.0])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClassifierOptions { EigenvalueTolerance = -1 });
    }
}
