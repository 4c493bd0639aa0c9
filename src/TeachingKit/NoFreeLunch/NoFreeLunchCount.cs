using System.Numerics;
using TeachingKit.Execution;
using TeachingKit.Validation;

namespace TeachingKit.NoFreeLunch;

/// <summary>Counts a learner's off-training-set accuracy on every Boolean target exactly, by enumeration.</summary>
/// <remarks>
/// The learner sees only the training labels, so for a training set S it is trained once per labelling y of S (2^k runs),
/// and its prediction h then serves every target that agrees with y on S: the 2^m completions f = y ∪ c, c ⊆ complement
/// of S. Each completion's correct count |{x ∉ S : h(x) = f(x)}| is counted, none assumed: C(2ⁿ, k)·2^k trainings and
/// C(2ⁿ, k)·2^k·2^m counts in all (12,870·256·256 ≈ 8.4·10⁸ for n = 4, k = 8). A thread-safe learner's training sets are
/// shared out over the cores.
/// </remarks>
public static class NoFreeLunchCount
{
    /// <summary>The tally over every training set of <paramref name="trainingSetSize"/> points.</summary>
    public static OffTrainingSetTally AllTrainingSets(BooleanCube cube, IBooleanLearner learner, int trainingSetSize)
    {
        ArgumentNullException.ThrowIfNull(cube);
        return Count(cube, learner, cube.TrainingSets(trainingSetSize).ToArray());
    }

    /// <summary>The tally over the given training sets, which must all have the same number of points (e.g. a seeded sample).</summary>
    public static OffTrainingSetTally Count(BooleanCube cube, IBooleanLearner learner, IReadOnlyList<int> trainingSets)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(learner);
        Require.NotEmpty(trainingSets, nameof(trainingSets));
        int size = BooleanCube.Size(trainingSets[0]);
        for (int i = 0; i < trainingSets.Count; i++)
            if ((trainingSets[i] & ~cube.AllPoints) != 0 || BooleanCube.Size(trainingSets[i]) != size)
                throw new ArgumentException($"trainingSets[{i}] must be a set of {size} of the cube's {cube.PointCount} points, like trainingSets[0], but was the mask {trainingSets[i]}.", nameof(trainingSets));
        var correct = new long[cube.TargetCount];
        var interruption = Interruption.Current;
        if (!learner.IsThreadSafe || trainingSets.Count < 64)
        {
            foreach (int trainingSet in trainingSets)
            {
                interruption.ThrowIfCancellationRequested();
                AddTrainingSet(cube, learner, trainingSet, correct);
            }
        }
        else
        {
            // Integer counts add up in any order, so sharing the training sets out over the cores (one contiguous
            // part and one tally per core) changes no number.
            int parts = Math.Min(Environment.ProcessorCount, trainingSets.Count);
            Parallel.For(0, parts, new ParallelOptions { CancellationToken = interruption }, part =>
            {
                var local = new long[cube.TargetCount];
                for (int i = part * trainingSets.Count / parts; i < (part + 1) * trainingSets.Count / parts; i++)
                {
                    interruption.ThrowIfCancellationRequested();
                    AddTrainingSet(cube, learner, trainingSets[i], local);
                }
                lock (correct) for (int f = 0; f < local.Length; f++) correct[f] += local[f];
            });
        }
        return new OffTrainingSetTally(cube, learner.Name, size, trainingSets.Count, correct);
    }

    // Every labelling of S, one training each, and every completion of each labelling off S.
    private static void AddTrainingSet(BooleanCube cube, IBooleanLearner learner, int trainingSet, long[] correct)
    {
        int off = cube.AllPoints & ~trainingSet;
        foreach (int labels in BooleanCube.Subsets(trainingSet))
        {
            int prediction = learner.Predict(cube, trainingSet, labels);
            int completion = 0;
            do
            {
                int target = labels | completion;
                correct[target] += BitOperations.PopCount((uint)(~(prediction ^ target) & off));
                completion = (completion - off) & off;
            }
            while (completion != 0);
        }
    }
}
