using System.Globalization;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Tests.SpuriousMinima;

public class SpuriousMinimaExperimentTests
{
    [Fact]
    public void RunSeedsAreFixedAndDistinctAcrossRowsAndRuns()
    {
        var seeds = new HashSet<int>();
        for (int k = 6; k <= 20; k++)
            for (int run = 0; run < 200; run++)
                Assert.True(seeds.Add(SpuriousMinimaExperiment.RunSeed(1, k, k, run)));
        Assert.Equal(SpuriousMinimaExperiment.RunSeed(1, 9, 10, 17), SpuriousMinimaExperiment.RunSeed(1, 9, 10, 17));
        Assert.NotEqual(SpuriousMinimaExperiment.RunSeed(1, 9, 10, 17), SpuriousMinimaExperiment.RunSeed(2, 9, 10, 17));
    }

    [Fact]
    public void RowDoesNotDependOnHowManyCoresRunIt()
    {
        var serial = SpuriousMinimaExperiment.Row(7, 7, 24, baseSeed: 3, maxDegreeOfParallelism: 1);
        var parallel = SpuriousMinimaExperiment.Row(7, 7, 24, baseSeed: 3, maxDegreeOfParallelism: 4);
        Assert.Equal(serial.Stuck, parallel.Stuck);
        Assert.Equal(serial.MeanValue, parallel.MeanValue);
        Assert.Equal(serial.MeanSteps, parallel.MeanSteps);
    }

    [Fact]
    public void CsvLineHasTheHeadersColumnsAndTheRowsNumbers()
    {
        var outcomes = new[]
        {
            new SpuriousRunOutcome(0.025, 0.01, 100, DescentEnd.GradientTolerance),
            new SpuriousRunOutcome(0.021, 0.02, 300, DescentEnd.GradientTolerance),
            new SpuriousRunOutcome(1e-4, null, 50, DescentEnd.BelowValue),
            new SpuriousRunOutcome(0.03, null, 900, DescentEnd.StepLimit),
            new SpuriousRunOutcome(double.NaN, null, 20, DescentEnd.Diverged),
        };
        var row = SpuriousMinimaRow.From(7, 8, outcomes, TimeSpan.FromSeconds(1.5));
        var cells = row.ToCsv().Split(',');
        var header = SpuriousMinimaRow.CsvHeader.Split(',');
        Assert.Equal(header.Length, cells.Length);
        string Cell(string name) => cells[Array.IndexOf(header, name)];
        Assert.Equal("5", Cell("runs"));
        Assert.Equal("2", Cell("stuck"));
        Assert.Equal(0.4, double.Parse(Cell("share"), CultureInfo.InvariantCulture), 12);
        Assert.Equal("1", Cell("diverged"));
        Assert.Equal(0.015, double.Parse(Cell("mean_min_eigenvalue"), CultureInfo.InvariantCulture), 12);
        Assert.Equal(0.023, double.Parse(Cell("mean_objective"), CultureInfo.InvariantCulture), 12);
        Assert.Equal("1", Cell("not_converged"));
        Assert.True(double.Parse(Cell("lower95"), CultureInfo.InvariantCulture) < 0.4);
    }

    [Fact]
    public void CsvIntervalOfNoStuckRunStartsAtExactlyZero()
    {
        var row = SpuriousMinimaRow.From(6, 6, [new SpuriousRunOutcome(0, null, 10, DescentEnd.BelowValue)], TimeSpan.Zero);
        var header = SpuriousMinimaRow.CsvHeader.Split(',');
        Assert.Equal("0", row.ToCsv().Split(',')[Array.IndexOf(header, "lower95")]);
    }

    [Fact]
    public void StoppingEarlyBelowTheThresholdNeverHidesAStuckRun()
    {
        // The early stop against the paper's protocol (descend until ‖∇F‖ ≤ 10⁻¹²), run by run.
        var objective = new ReluPopulationObjective(9, 9);
        int early = 0;
        for (int seed = 0; seed < 24; seed++)
        {
            var start = ReluDescent.XavierWeights(objective, seed);
            var quick = ReluDescent.Run(objective, start, ReluDescent.StepSize(9), stopAtOrBelow: SpuriousMinimaExperiment.StuckValue);
            var full = ReluDescent.Run(objective, start, ReluDescent.StepSize(9));
            Assert.True(full.Converged);
            if (quick.End == DescentEnd.BelowValue)
            {
                early++;
                Assert.True(full.Value <= SpuriousMinimaExperiment.StuckValue, $"seed {seed}: F = {full.Value}");
            }
            else Assert.Equal(full.Weights, quick.Weights);
        }
        Assert.InRange(early, 5, 23);   // both kinds of run occur at k = 9 (about a fifth get stuck)
    }

    [Fact]
    public void TooLargeAStepEndsAsDivergedNotAsStuck()
    {
        var objective = new ReluPopulationObjective(3, 3);
        var end = ReluDescent.Run(objective, ReluDescent.XavierWeights(objective, 1), stepSize: 50);
        Assert.Equal(DescentEnd.Diverged, end.End);
    }
}
