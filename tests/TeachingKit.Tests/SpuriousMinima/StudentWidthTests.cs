using TeachingKit.Networks;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Tests.SpuriousMinima;

public class StudentWidthTests
{
    [Fact]
    public void WidthSweepIsDeterministicPerSeedAndCoversKToKPlusTwo()
    {
        var first = SpuriousMinimaExperiment.StudentWidths(8, extraStudents: 2, runs: 12, baseSeed: 7, stepLimit: 20_000);
        var again = SpuriousMinimaExperiment.StudentWidths(8, extraStudents: 2, runs: 12, baseSeed: 7, stepLimit: 20_000);
        Assert.Equal([8, 9, 10], first.Select(r => r.Students));
        Assert.All(first, r => Assert.Equal(8, r.Teachers));
        Assert.Equal(first.Select(r => r.Stuck), again.Select(r => r.Stuck));
        Assert.Equal(first.Select(r => r.MeanSteps), again.Select(r => r.MeanSteps));
        // Each row is the experiment's own row for (8, n): the sweep adds nothing of its own.
        Assert.Equal(SpuriousMinimaExperiment.Row(8, 9, 12, 7, 20_000).Stuck, first[1].Stuck);
    }

    [Fact]
    public void CandidatePointTellsTheGlobalMinimumTheStuckPointAndANonCriticalPointApart()
    {
        var objective = new ReluPopulationObjective(7, 7);
        var teacher = CandidatePoint.Of(objective, objective.TeacherWeights([0, 1, 2, 3, 4, 5, 6]));
        Assert.True(teacher.IsCritical);
        Assert.False(teacher.IsSpuriousMinimum);   // F = 0: global
        Assert.InRange(teacher.Value, -1e-12, 1e-12);
        var descent = ReluDescent.Run(objective, ReluDescent.XavierWeights(objective, 2), ReluDescent.StepSize(7), tolerance: 1e-6);
        var stuck = CandidatePoint.Of(objective, NewtonRefinement.Refine(objective, descent.Weights).Weights);
        Assert.True(stuck.IsSpuriousMinimum);
        Assert.Equal(49, stuck.Spectrum.PositiveCount);
        var early = CandidatePoint.Of(objective, ReluDescent.Run(objective, ReluDescent.XavierWeights(objective, 2), ReluDescent.StepSize(7), stepLimit: 50).Weights);
        Assert.False(early.IsCritical);
        Assert.False(early.IsSpuriousMinimum);
    }

    [Fact]
    public void ZeroStudentsKeepTheTeacherAGlobalMinimumOfTheWiderStudent()
    {
        var teacher = new ReluPopulationObjective(5, 5).TeacherWeights([0, 1, 2, 3, 4]);
        double padded = new ReluPopulationObjective(5, 7).Value([.. teacher, .. new double[10]]);
        Assert.InRange(padded, -1e-12, 1e-12);
    }

    [Fact]
    public void UnitLinesAreTheCommitteeMachinesHyperplanes()
    {
        var problem = CommitteeMachine.Create(hiddenNeurons: 3, samples: 10, seed: 4);
        var lines = UnitLine.Of(problem.Network, problem.TeacherParameters);
        Assert.Equal(problem.Hyperplanes(problem.TeacherParameters), lines.Select(l => (l.W1, l.W2, l.B)));
        Assert.Equal(problem.Network.Predict(problem.TeacherParameters, [0.0, 0.0])[0],
            lines.Sum(l => Math.Tanh(l.B)), 12);   // tanh teacher, output weights 1, output bias 0: the output at x = 0
    }
}
