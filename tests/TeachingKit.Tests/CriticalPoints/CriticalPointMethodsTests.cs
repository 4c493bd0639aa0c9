using TeachingKit.CriticalPoints;
using TeachingKit.Landscapes;
using TeachingKit.Optimization;
using static TeachingKit.Differentiation.Var;

namespace TeachingKit.Tests.CriticalPoints;

public class CriticalPointMethodsTests
{
    [Fact]
    public void NewtonFindsTheCriticalPointOfAQuadraticInOneStep()
    {
        // f = ½xᵀAx − bᵀx + xy coupling: the critical point solves A x = b.
        var run = CriticalPointMethods.Newton(w => Square(w[0]) + 3 * Square(w[1]) + w[0] * w[1] - 2 * w[0] + w[1], [5.0, -7.0]);
        Assert.Equal(StopReason.Converged, run.StopReason);
        Assert.Equal(1, run.Steps);
        // 2x + y = 2, x + 6y = −1  →  x = 13/11, y = −4/11.
        Assert.Equal(13.0 / 11, run.Final[0], 1e-14);
        Assert.Equal(-4.0 / 11, run.Final[1], 1e-14);
    }

    [Fact]
    public void NewtonJumpsToASaddleAndSaddleFreeNewtonEscapes()
    {
        var saddle = LandscapeCatalogue.Saddle.Function;   // −x² + 3y²
        var newton = CriticalPointMethods.Newton(saddle, [0.5, 0.5]);
        Assert.Equal(1, newton.Steps);
        Assert.Equal(0, newton.Final[0], 1e-15);
        var escape = CriticalPointMethods.SaddleFreeNewton(saddle, [0.5, 0.5], maxSteps: 10);
        Assert.Equal(StopReason.MaxSteps, escape.StopReason);
        Assert.True(escape.FinalValue < -100, $"saddle-free Newton should go down the negative-curvature direction, f = {escape.FinalValue}");
        // |H| = diag(2, 6): the x step doubles x (x ← x + x·2/(2+damping)), the y step removes y in one go.
        Assert.Equal(0.5 * (1 + 2 / 2.001), escape.Points[1][0], 1e-14);
        Assert.Equal(0.5 * (1 - 6 / 6.001), escape.Points[1][1], 1e-14);
    }

    [Fact]
    public void GradientDescentFollowsTheGradientAndCrawlsNearASaddle()
    {
        var run = CriticalPointMethods.GradientDescent(LandscapeCatalogue.Saddle.Function, [1e-6, 0.5], learningRate: 0.1, maxSteps: 20);
        Assert.Equal(1e-6 * 1.2, run.Points[1][0], 1e-18);   // x ← x − η(−2x) = 1.2x
        Assert.Equal(0.5 * 0.4, run.Points[1][1], 1e-15);    // y ← y − η(6y) = 0.4y
        Assert.True(Math.Abs(run.Final[0]) < 1e-4, "after 20 steps gradient descent is still next to the saddle");
    }

    [Fact]
    public void NewtonReportsASingularHessian()
    {
        var run = CriticalPointMethods.Newton(LandscapeCatalogue.QuarticBowl.Function, [1.0, 0.0]);
        Assert.Equal(StopReason.SingularHessian, run.StopReason);
    }

    [Fact]
    public void DivergenceIsReportedNotPropagated()
    {
        var run = CriticalPointMethods.GradientDescent(w => Exp(Square(w[0])), [2.0], learningRate: 10, maxSteps: 50);
        Assert.Equal(StopReason.Diverged, run.StopReason);
        Assert.All(run.Values, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void BadInputNamesTheProblem()
    {
        var f = LandscapeCatalogue.Bowl.Function;
        Assert.Contains("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => CriticalPointMethods.GradientDescent(f, [1.0, 1.0], learningRate: -1)).Message);
        Assert.Contains("start[1]", Assert.Throws<ArgumentException>(() => CriticalPointMethods.Newton(f, [1.0, double.PositiveInfinity])).Message);
        Assert.Contains("wrong dimension", Assert.Throws<ArgumentException>(() => CriticalPointMethods.Newton(f, [1.0])).Message);
    }

    [Fact]
    public void ABadStartIsReportedUnderItsOwnName()
    {
        var f = LandscapeCatalogue.Bowl.Function;
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => CriticalPointMethods.Newton(f, [double.NaN, 0.0])).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => CriticalPointMethods.SaddleFreeNewton(f, [])).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentNullException>(() => CriticalPointMethods.GradientDescent(f, null!, learningRate: 0.1)).ParamName);
        var tooShort = Assert.Throws<ArgumentException>(() => CriticalPointMethods.Newton(f, [1.0]));
        Assert.Equal("start", tooShort.ParamName);
        Assert.Contains("start has the wrong dimension", tooShort.Message);
    }

    [Fact]
    public void ANonFiniteHessianAtTheStartNamesTheStart()
    {
        // The cone √(x² + y²) has no derivatives at its tip; saddle-free Newton needs H there.
        var e = Assert.Throws<ArgumentException>(() => CriticalPointMethods.SaddleFreeNewton(w => Sqrt(Square(w[0]) + Square(w[1])), [0.0, 0.0]));
        Assert.Equal("start", e.ParamName);
        Assert.Contains("of f at start = (0, 0) is not finite", e.Message);
    }

    [Fact]
    public void ATooLongStartIsRejectedByTheLandscapeApi()
    {
        // Bowl reads only w[0] and w[1]: the function alone cannot tell that a third coordinate is spurious.
        var bowl = LandscapeCatalogue.Bowl;
        foreach (var call in new Action[]
                 {
                     () => CriticalPointMethods.Newton(bowl, [0.0, 0.0, 0.0]),
                     () => CriticalPointMethods.SaddleFreeNewton(bowl, [0.0, 0.0, 0.0]),
                     () => CriticalPointMethods.GradientDescent(bowl, [0.0, 0.0, 0.0], learningRate: 0.1),
                 })
        {
            var e = Assert.Throws<ArgumentException>(call);
            Assert.Equal("start", e.ParamName);
            Assert.Contains("start has length 3, but Bowl's dimension has length 2", e.Message);
        }
        var analyze = Assert.Throws<ArgumentException>(() => bowl.Analyze([0.0, 0.0, 0.0]));
        Assert.Equal("w", analyze.ParamName);
        // The right length goes through: Newton solves the quadratic in one step.
        Assert.Equal(1, CriticalPointMethods.Newton(bowl, [1.0, 2.0]).Steps);
    }
}
