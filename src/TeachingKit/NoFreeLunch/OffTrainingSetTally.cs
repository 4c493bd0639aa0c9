using System.Numerics;
using TeachingKit.Counting;

namespace TeachingKit.NoFreeLunch;

/// <summary>
/// A learner's off-training-set correct counts for every target, summed over a list of training sets of one size: the
/// exact data of Wolpert's No Free Lunch theorem for Boolean functions.
/// </summary>
/// <remarks>
/// Per-target accuracy of f = <see cref="CorrectCounts"/>[f] / (<see cref="TrainingSetCount"/> · m), the fraction of the
/// m = 2ⁿ − k off-training points predicted right, averaged over the training sets. Averaged over all 2^(2ⁿ) targets it is
/// 1/2 for every learner (Wolpert 1996, "The lack of a priori distinctions between learning algorithms"), and the kit
/// counts it rather than assuming it.
/// </remarks>
/// <param name="Cube">The input space.</param>
/// <param name="LearnerName">The learner's name.</param>
/// <param name="TrainingSetSize">k, the points of every training set.</param>
/// <param name="TrainingSetCount">How many training sets were summed over.</param>
/// <param name="CorrectCounts">For each target f (an index 0 … 2^(2ⁿ) − 1), the off-training points predicted right, summed over the training sets.</param>
public sealed record OffTrainingSetTally(BooleanCube Cube, string LearnerName, int TrainingSetSize, int TrainingSetCount, long[] CorrectCounts)
{
    /// <summary>m = 2ⁿ − k, the off-training points of each training set.</summary>
    public int OffTrainingPoints => Cube.PointCount - TrainingSetSize;

    /// <summary>The off-training-set accuracy on target <paramref name="target"/>, averaged over the training sets (exact).</summary>
    public Rational Accuracy(int target) => new(CorrectCounts[target], Denominator);

    /// <summary>The off-training-set accuracy averaged over every target: No Free Lunch says exactly 1/2.</summary>
    public Rational AverageOverAllTargets() => AverageOver(Enumerable.Range(0, Cube.TargetCount).ToArray());

    /// <summary>The off-training-set accuracy averaged over the targets in <paramref name="targets"/> (a structured class), exactly.</summary>
    public Rational AverageOver(IReadOnlyList<int> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0) throw new ArgumentException("targets must name at least one target.", nameof(targets));
        BigInteger sum = BigInteger.Zero;
        foreach (int f in targets) sum += CorrectCounts[f];
        return new Rational(sum, Denominator * targets.Count);
    }

    /// <summary>Every target's accuracy as a double, for histograms (the exact values come from <see cref="Accuracy"/>).</summary>
    public double[] AccuracyPerTarget()
    {
        double denominator = (double)Denominator;
        return CorrectCounts.Select(c => c / denominator).ToArray();
    }

    private BigInteger Denominator => new BigInteger(TrainingSetCount) * OffTrainingPoints;
}
