using TeachingKit.CriticalPoints;
using TeachingKit.Landscapes;

namespace TeachingKit.Tests.CriticalPoints;

public class CriticalPointSearchTests
{
    [Fact]
    public void HimmelblauHasFourMinimaOneMaximumAndFourSaddles()
    {
        var himmelblau = LandscapeCatalogue.Himmelblau;
        var result = CriticalPointSearch.FindAll(himmelblau.Function, -5, 5, -5, 5);
        Assert.Equal(9, result.Points.Count);
        Assert.Equal(4, result.Count(CriticalPointKind.Minimum));
        Assert.Equal(1, result.Count(CriticalPointKind.Maximum));
        Assert.Equal(4, result.Count(CriticalPointKind.Saddle));
        // Each found point is one of the catalogue's, computed independently with mpmath.
        foreach (var known in himmelblau.KnownCriticalPoints)
        {
            var match = result.Points.Single(p => Math.Abs(p.Point[0] - known.Point[0]) + Math.Abs(p.Point[1] - known.Point[1]) < 1e-9);
            Assert.Equal(known.Kind, match.ResolvedKind);
        }
    }

    [Fact]
    public void BealeHasOneMinimumAndTwoSaddlesInItsBox()
    {
        var beale = LandscapeCatalogue.Beale;
        var result = CriticalPointSearch.FindAll(beale.Function, -4.5, 4.5, -4.5, 4.5);
        Assert.Equal(3, result.Points.Count);
        Assert.Equal(1, result.Count(CriticalPointKind.Minimum));
        Assert.Equal(2, result.Count(CriticalPointKind.Saddle));
        // Each found point is one of the catalogue's: (3, ½), (0, 1) and the saddle refined with mpmath.
        foreach (var known in beale.KnownCriticalPoints)
        {
            var match = result.Points.Single(p => Math.Abs(p.Point[0] - known.Point[0]) + Math.Abs(p.Point[1] - known.Point[1]) < 1e-9);
            Assert.Equal(known.Kind, match.ResolvedKind);
            Assert.Equal(known.Index, match.Index);
        }
    }

    [Fact]
    public void TheMonkeySaddleIsFoundAtTheOriginAndResolvedByTheProbe()
    {
        var result = CriticalPointSearch.FindAll(LandscapeCatalogue.MonkeySaddle.Function, -2, 2, -2, 2);
        var origin = Assert.Single(result.Points);
        Assert.True(Math.Abs(origin.Point[0]) + Math.Abs(origin.Point[1]) < 1e-6);
        Assert.Equal(CriticalPointKind.Degenerate, origin.Kind);
        Assert.Equal(CriticalPointKind.Saddle, origin.ResolvedKind);
    }

    [Fact]
    public void RosenbrockHasOneCriticalPoint()
    {
        var result = CriticalPointSearch.FindAll(LandscapeCatalogue.Rosenbrock.Function, -2, 2, -1, 3);
        var only = Assert.Single(result.Points);
        Assert.Equal(CriticalPointKind.Minimum, only.Kind);
        Assert.Equal(1, only.Point[0], 1e-12);
        Assert.Equal(1, only.Point[1], 1e-12);
    }

    [Fact]
    public void AnEmptyBoxIsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => CriticalPointSearch.FindAll(LandscapeCatalogue.Bowl.Function, 1, 1, 0, 1));
        Assert.Contains("xMax must exceed xMin", e.Message);
    }
}
