using MathNet.Numerics.LinearAlgebra;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Tests.SpuriousMinima;

public class SevenUnitSpuriousMinimumTests
{
    /// <summary>A seed whose Xavier start gradient descent takes into a spurious minimum (found by scanning seeds 1…40; about 1 in 20 is).</summary>
    private const int StuckSeed = 2;

    [Fact]
    public void SeededRunRefinedByNewtonIsTheLecturesSpuriousMinimum()
    {
        var objective = new ReluPopulationObjective(7, 7);
        // Descend only to 10⁻⁶: Newton on the exact Hessian takes it to rounding level in a few steps.
        var descent = ReluDescent.Run(objective, ReluDescent.XavierWeights(objective, StuckSeed), ReluDescent.StepSize(7), tolerance: 1e-6);
        Assert.True(descent.Converged);
        var refined = NewtonRefinement.Refine(objective, descent.Weights);
        Assert.True(refined.Converged, $"‖∇F‖ = {refined.GradientNorm}");
        Assert.InRange(refined.Steps, 1, 6);
        double smallest = objective.Hessian(refined.Weights).Evd(Symmetricity.Symmetric).EigenValues.Real().Minimum();
        // Safran & Shamir (2018), Table 1, k = n = 7, as quoted in lecture 001: F ≈ 0.023, λ_min ≈ 0.014.
        Assert.Equal(0.023, refined.Value, 3);
        Assert.Equal(0.014, smallest, 3);
        Assert.True(smallest > 0);
        // The experiment's fast test agrees with the full eigendecomposition to its certified accuracy.
        double? certified = SmallestEigenvalue.IfPositiveDefinite(objective.Hessian(refined.Weights));
        Assert.NotNull(certified);
        Assert.InRange(smallest, (1 - SmallestEigenvalue.CertifiedAccuracy) * certified.Value, certified.Value * (1 + 1e-12));
    }

    [Fact]
    public void ExperimentRunClassifiesTheSeededRunAsStuckAndATypicalOneAsNot()
    {
        var stuck = SpuriousMinimaExperiment.Run(7, 7, StuckSeed);
        Assert.True(stuck.IsSpuriousMinimum);
        Assert.Equal(DescentEnd.GradientTolerance, stuck.End);
        Assert.Equal(0.023, stuck.Value, 3);
        var global = SpuriousMinimaExperiment.Run(7, 7, 1);
        Assert.False(global.IsSpuriousMinimum);
        Assert.Equal(DescentEnd.BelowValue, global.End);
        Assert.True(global.Value <= SpuriousMinimaExperiment.StuckValue);
    }

    [Fact]
    public void MostSeededRunsReachTheGlobalMinimumAndTheRunIsDeterministic()
    {
        var objective = new ReluPopulationObjective(7, 7);
        var first = ReluDescent.Run(objective, ReluDescent.XavierWeights(objective, 1), ReluDescent.StepSize(7));
        var again = ReluDescent.Run(objective, ReluDescent.XavierWeights(objective, 1), ReluDescent.StepSize(7));
        Assert.True(first.Converged);
        Assert.InRange(first.Value, -1e-12, 1e-12);
        Assert.Equal(first.Weights, again.Weights);
        Assert.Equal(first.Steps, again.Steps);
    }
}
