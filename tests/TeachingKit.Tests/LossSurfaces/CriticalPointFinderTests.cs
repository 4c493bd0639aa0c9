using TeachingKit.CriticalPoints;
using TeachingKit.Landscapes;
using TeachingKit.LossSurfaces;

namespace TeachingKit.Tests.LossSurfaces;

public class CriticalPointFinderTests
{
    // Every catalogue point whose Hessian decides its kind (non-degenerate), with the landscape it belongs to.
    public static TheoryData<string, int> NonDegeneratePoints()
    {
        var data = new TheoryData<string, int>();
        foreach (var landscape in LandscapeCatalogue.All)
            for (int k = 0; k < landscape.KnownCriticalPoints.Count; k++)
                if (landscape.KnownCriticalPoints[k].HessianVerdict != CriticalPointKind.Degenerate) data.Add(landscape.Name, k);
        return data;
    }

    [Theory]
    [MemberData(nameof(NonDegeneratePoints))]
    public void NewtonAndTheGradientNormSearchFindEachKnownPointWithItsIndex(string name, int which)
    {
        var landscape = LandscapeCatalogue.All.Single(l => l.Name == name);
        var known = landscape.KnownCriticalPoints[which];
        var objective = SecondOrderObjective.FromFunction(landscape.Name, landscape.Dimension, landscape.Function);
        // A start 2 % of the point's scale away: inside Newton's basin of quadratic convergence for every catalogue point.
        double scale = Math.Max(1, known.Point.Max(Math.Abs));
        var start = known.Point.Select((v, i) => v + 0.02 * scale * (i % 2 == 0 ? 1 : -0.6)).ToArray();
        bool isolated = HessianClassifier.Eigenvalues(objective.Hessian(known.Point)).All(l => Math.Abs(l) > 1e-9);
        // On a line of critical points Newton's step (pseudo-inverse) slides along the line to the degenerate origin of the deep
        // linear net; Levenberg–Marquardt on ‖∇f‖² stays. Both must find every isolated point.
        CriticalPointMethod[] methods = isolated ? [CriticalPointMethod.Newton, CriticalPointMethod.GradientNormMinimization] : [CriticalPointMethod.GradientNormMinimization];
        foreach (var method in methods)
        {
            var run = CriticalPointFinder.Find(objective, start, method, gradientTolerance: 1e-10);
            Assert.True(run.Converged, $"{name} point {which}, {method}: stopped at ‖∇f‖ = {run.GradientNorm}");
            // Converged to ‖∇f‖ ≤ 1e-10 at an isolated point: within ~1e-10/|λ_min| of it (catalogue values are given to ≥ 8 digits).
            // A point on a line of critical points (deep linear (0, 0, k): H has a zero eigenvalue) may be reached at another k.
            if (isolated)
                for (int i = 0; i < known.Point.Length; i++) Assert.Equal(known.Point[i], run.Point[i], 1e-6 * scale);
            // The index counts eigenvalues below −1e-8·max|λ|: a flat direction's eigenvalue comes out as ±rounding.
            var eigenvalues = HessianClassifier.Eigenvalues(objective.Hessian(run.Point));
            Assert.Equal(known.Index, eigenvalues.Count(l => l < -1e-8 * eigenvalues.Max(Math.Abs)));
        }
    }

    [Fact]
    public void SaddleFreeNewtonLeavesTheSaddleNewtonConvergesTo()
    {
        var himmelblau = SecondOrderObjective.FromFunction("Himmelblau", 2, LandscapeCatalogue.Himmelblau.Function);
        var saddle = LandscapeCatalogue.Himmelblau.KnownCriticalPoints.First(p => p.Index == 1).Point;
        double[] start = [saddle[0] + 0.05, saddle[1] - 0.05];
        var newton = CriticalPointFinder.Find(himmelblau, start, CriticalPointMethod.Newton);
        var saddleFree = CriticalPointFinder.Find(himmelblau, start, CriticalPointMethod.SaddleFreeNewton, maxIterations: 200);
        Assert.Equal(1, HessianClassifier.Eigenvalues(himmelblau.Hessian(newton.Point)).Count(l => l < 0));
        Assert.True(saddleFree.Converged);
        Assert.Equal(0, HessianClassifier.Eigenvalues(himmelblau.Hessian(saddleFree.Point)).Count(l => l < 0));
        Assert.Equal(0, saddleFree.Value, 1e-12);   // Himmelblau's four minima are all at f = 0
    }
}
