using TeachingKit.CriticalPoints;
using TeachingKit.Differentiation;
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
    public void Signs_of_eigenvalues_decide(double[] eigenvalues, CriticalPointKind kind, int index)
    {
        var verdict = HessianClassifier.Classify(eigenvalues);
        Assert.Equal(kind, verdict.Kind);
        Assert.Equal(index, verdict.Negative);
    }

    [Fact]
    public void Tolerances_are_relative_to_the_spectrum()
    {
        // 1e-3 next to 1e9 is a zero eigenvalue at the default tolerance… but not at a tighter one.
        Assert.Equal(CriticalPointKind.Degenerate, HessianClassifier.Classify([1e-3, 1e9]).Kind);
        Assert.Equal(CriticalPointKind.Minimum, HessianClassifier.Classify([1e-3, 1e9], new ClassifierOptions { EigenvalueTolerance = 1e-14 }).Kind);
        // Scaling f scales H: a verdict must not change with it.
        Assert.Equal(CriticalPointKind.Saddle, HessianClassifier.Classify([-1e6, 3e6]).Kind);
    }

    [Fact]
    public void A_given_hessian_matrix_is_classified()
    {
        Assert.Equal("saddle of order 1", HessianClassifier.Classify(new double[,] { { 1, 2 }, { 2, 1 } }).Description);
        Assert.Equal(CriticalPointKind.Minimum, HessianClassifier.Classify(new double[,] { { 2, -1 }, { -1, 2 } }).Kind);
        Assert.Contains("symmetric", Assert.Throws<ArgumentException>(() => HessianClassifier.Classify(new double[,] { { 1, 2 }, { 0, 1 } })).Message);
    }

    [Fact]
    public void A_point_with_a_gradient_is_not_critical()
    {
        var report = HessianClassifier.Analyze(w => Square(w[0]) + 3 * Square(w[1]), [1.0, 0.0]);
        Assert.Equal(CriticalPointKind.NotCritical, report.Kind);
        Assert.Equal(2, report.GradientNorm, 1e-14);
        Assert.StartsWith("not critical: |∇f| = 2", report.Verdict);
    }

    [Fact]
    public void Eigenpairs_satisfy_H_v_equals_lambda_v()
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
    public void The_probe_catches_Peanos_surface()
    {
        // (x − y²)(x − 3y²) rises along every line through 0, yet falls on the parabola x = 2y².
        var report = HessianClassifier.Analyze(w => (w[0] - Square(w[1])) * (w[0] - 3 * Square(w[1])), [0.0, 0.0]);
        Assert.Equal(CriticalPointKind.Degenerate, report.Kind);
        Assert.Equal(CriticalPointKind.Saddle, report.ResolvedKind);
        Assert.Contains("higher-order probe", report.Verdict);
    }

    [Fact]
    public void The_probe_runs_only_at_degenerate_points_and_can_be_switched_off()
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

    [Fact]
    public void Bad_input_names_the_problem()
    {
        Func<Var[], Var> f = w => Square(w[0]);
        Assert.Contains("point[0]", Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(f, [double.NaN])).Message);
        Assert.Contains("must not be empty", Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(f, [])).Message);
        Assert.Contains("finite value", Assert.Throws<ArgumentException>(() => HessianClassifier.Analyze(w => 1 / w[0], [0.0])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClassifierOptions { EigenvalueTolerance = -1 });
    }
}
