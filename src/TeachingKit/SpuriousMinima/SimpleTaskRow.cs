using TeachingKit.CriticalPoints;
using TeachingKit.Networks;

namespace TeachingKit.SpuriousMinima;

/// <summary>One cell of the XOR / Jellyfish table as the kit measured it.</summary>
/// <param name="Task">"XOR" or "Jellyfish".</param>
/// <param name="Hidden">h, the hidden units.</param>
/// <param name="Activation">The hidden activation.</param>
/// <param name="Optimizer">The optimizer.</param>
/// <param name="Solved">The share of runs that classified every point, with its 95 % Wilson interval.</param>
/// <param name="MeanStepsToSolve">The average step count of the solved runs (NaN when none), to the accuracy check that found them solved.</param>
/// <param name="StepLimit">The step budget of each run.</param>
public sealed record SimpleTaskRow(string Task, int Hidden, Activation Activation, SimpleTaskOptimizer Optimizer, Proportion Solved,
    double MeanStepsToSolve, int StepLimit);
