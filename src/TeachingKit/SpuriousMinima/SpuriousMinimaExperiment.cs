using TeachingKit.CriticalPoints;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>How one run of the experiment ended.</summary>
/// <param name="Value">F at the end.</param>
/// <param name="SmallestEigenvalue">λ_min of the exact Hessian at the end if it is positive definite, otherwise null; not computed (null) for runs that end below the threshold.</param>
/// <param name="Steps">Gradient steps.</param>
/// <param name="End">Why gradient descent stopped.</param>
public sealed record SpuriousRunOutcome(double Value, double? SmallestEigenvalue, int Steps, DescentEnd End)
{
    /// <summary>Stuck in a spurious local minimum: F above the threshold and a positive-definite Hessian.</summary>
    public bool IsSpuriousMinimum => Value > SpuriousMinimaExperiment.StuckValue && SmallestEigenvalue is > 0;
}

/// <summary>
/// Safran &amp; Shamir's experiment: how often plain gradient descent from a Xavier start ends in a spurious
/// local minimum of <see cref="ReluPopulationObjective"/>, for k teachers and n students.
/// </summary>
/// <remarks>
/// Safran &amp; Shamir (2018), Tables 1 and 2. A run counts as stuck when it ends with F &gt;
/// <see cref="StuckValue"/> and a positive-definite Hessian; the smallest spurious value they report is 0.016,
/// sixteen times the threshold, and a run to the global minimum ends near 10⁻²⁴. Runs are independent: each
/// draws its start from its own seed <see cref="RunSeed"/>, so the result does not depend on how
/// Parallel.For schedules them.
/// </remarks>
public static class SpuriousMinimaExperiment
{
    /// <summary>The F above which a run's end point is "clearly above 0" (the global minimum is 0).</summary>
    public const double StuckValue = 1e-3;

    /// <summary>One run: Xavier start from <paramref name="seed"/>, gradient descent with step 5/k, then the Hessian test.</summary>
    public static SpuriousRunOutcome Run(int teachers, int students, int seed, int stepLimit = ReluDescent.DefaultStepLimit)
    {
        var objective = new ReluPopulationObjective(teachers, students);
        var end = ReluDescent.Run(objective, ReluDescent.XavierWeights(objective, seed), ReluDescent.StepSize(teachers),
            stepLimit: stepLimit, stopAtOrBelow: StuckValue);
        double? smallest = end.Value > StuckValue ? SmallestEigenvalue.IfPositiveDefinite(objective.Hessian(end.Weights)) : null;
        return new SpuriousRunOutcome(end.Value, smallest, end.Steps, end.End);
    }

    /// <summary>
    /// The seed of run <paramref name="run"/> of row (k, n): a SplitMix64 mix of the four numbers, the same on
    /// every machine and in every schedule (HashCode is randomised per process, so it is not used).
    /// </summary>
    public static int RunSeed(int baseSeed, int teachers, int students, int run)
    {
        ulong z = unchecked((ulong)baseSeed * 0x9E3779B97F4A7C15UL + (ulong)teachers * 0xBF58476D1CE4E5B9UL
            + (ulong)students * 0x94D049BB133111EBUL + (ulong)run);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    /// <summary>All runs of one row (k, n) on every core, summarised.</summary>
    public static SpuriousMinimaRow Row(int teachers, int students, int runs, int baseSeed = 1,
        int stepLimit = ReluDescent.DefaultStepLimit, int? maxDegreeOfParallelism = null)
    {
        Require.AtLeast(runs, 1, nameof(runs));
        var outcomes = new SpuriousRunOutcome[runs];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(0, runs, options, run => outcomes[run] = Run(teachers, students, RunSeed(baseSeed, teachers, students, run), stepLimit));
        return SpuriousMinimaRow.From(teachers, students, outcomes, watch.Elapsed);
    }

    /// <summary>
    /// The share of stuck runs against the student's width for a fixed teacher: rows (k, n) for n = k, k + 1, …, k + <paramref name="extraStudents"/>.
    /// </summary>
    /// <remarks>The teacher–student committee machine in the population limit (Safran &amp; Shamir's F): the lecture's
    /// "the number of k and n matters", and Table 2's drop from n = k to n = k + 1 and k + 2.</remarks>
    public static IReadOnlyList<SpuriousMinimaRow> StudentWidths(int teachers, int extraStudents, int runs, int baseSeed = 1,
        int stepLimit = ReluDescent.DefaultStepLimit)
    {
        Require.AtLeast(teachers, 1, nameof(teachers));
        Require.AtLeast(extraStudents, 0, nameof(extraStudents));
        return Enumerable.Range(teachers, extraStudents + 1).Select(n => Row(teachers, n, runs, baseSeed, stepLimit)).ToArray();
    }
}
