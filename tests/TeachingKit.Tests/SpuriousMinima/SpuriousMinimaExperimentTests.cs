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
        };
        var row = SpuriousMinimaRow.From(7, 8, outcomes, TimeSpan.FromSeconds(1.5));
        var cells = row.ToCsv().Split(',');
        var header = SpuriousMinimaRow.CsvHeader.Split(',');
        Assert.Equal(header.Length, cells.Length);
        string Cell(string name) => cells[Array.IndexOf(header, name)];
        Assert.Equal("4", Cell("runs"));
        Assert.Equal("2", Cell("stuck"));
        Assert.Equal(0.5, double.Parse(Cell("share"), CultureInfo.InvariantCulture), 12);
        Assert.Equal(0.015, double.Parse(Cell("mean_min_eigenvalue"), CultureInfo.InvariantCulture), 12);
        Assert.Equal(0.023, double.Parse(Cell("mean_objective"), CultureInfo.InvariantCulture), 12);
        Assert.Equal("1", Cell("not_converged"));
        Assert.True(double.Parse(Cell("lower95"), CultureInfo.InvariantCulture) < 0.5);
    }
}
