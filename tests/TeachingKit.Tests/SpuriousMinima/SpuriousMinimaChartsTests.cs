using Plotly.NET;
using TeachingKit.CriticalPoints;
using TeachingKit.Networks;
using TeachingKit.Plots.SpuriousMinima;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Tests.SpuriousMinima;

public class SpuriousMinimaChartsTests
{
    private static SpuriousMinimaRow Row(int k, int n, int stuck) =>
        new(k, n, Proportion.Of(stuck, 10), 0.01, 0.02, 0, 0, 100, TimeSpan.Zero);

    [Fact]
    public void ShareChartsDrawTheKitWithIntervalsAndThePublishedRowsThatExist()
    {
        PublishedSpuriousMinimaRow[] published = [new(1, 6, 6, 0.003, 0.0047, 0.025), new(1, 7, 7, 0.055, 0.014, 0.023), new(2, 6, 7, 0.1, 0.01, 0.02)];
        var byK = ShareCharts.StuckAgainstTeachers([Row(6, 6, 0), Row(7, 7, 1)], published);
        Assert.Equal(2, GenericChart.getTraces(byK).Length);
        string html = GenericChart.toChartHTML(byK);
        Assert.Contains("arrayminus", html);
        var byN = ShareCharts.StuckAgainstStudents([Row(6, 6, 3), Row(6, 7, 1), Row(6, 8, 0)], published);
        Assert.Equal(2, GenericChart.getTraces(byN).Length);
        Assert.Contains("8 = k + 2", GenericChart.toChartHTML(byN));
        Assert.Single(GenericChart.getTraces(ShareCharts.StuckAgainstStudents([Row(9, 9, 3)], published)));   // no published row for k = 9
    }

    [Fact]
    public void SolvedChartHasAKitAndALectureCurvePerOptimizerAndActivation()
    {
        var rows = (from o in new[] { SimpleTaskOptimizer.Adam, SimpleTaskOptimizer.GradientDescent }
                    from a in new[] { Activation.Relu, Activation.Sigmoid }
                    from h in new[] { 2, 3 }
                    select new SimpleTaskRow("XOR", h, a, o, Proportion.Of(h, 4), 10, 100)).ToArray();
        var published = rows.Select(r => new PublishedSimpleTaskRow("XOR", r.Optimizer, r.Activation, r.Hidden, 0.5)).ToArray();
        Assert.Equal(8, GenericChart.getTraces(ShareCharts.SolvedAgainstHidden(rows, published)).Length);
    }

    [Fact]
    public void UnitLineChartMarksDeadUnitsAndDrawsTheReference()
    {
        var chart = UnitLineCharts.DataWithLines(SimpleTasks.Jellyfish(), [new(1, 0, 0), new(0, 1, -5)], [false, true], SimpleTasks.JellyfishSeparator);
        // Two classes, two reference lines, two units.
        Assert.Equal(6, GenericChart.getTraces(chart).Length);
        Assert.Contains("unit 1 (dead)", GenericChart.toChartHTML(chart));
        Assert.Throws<ArgumentException>(() => UnitLineCharts.DataWithLines(SimpleTasks.Xor(), [new(1, 0, 0)], [true, false]));
    }

    [Fact]
    public void WeightChartShowsTwoMapsWithRowsSortedByTheTeacherFollowed()
    {
        double[] stuck = [0, 1, 1, 0];   // w₁ follows e₂, w₂ follows e₁
        var chart = WeightCharts.StuckAgainstOptimum(2, stuck, [1, 0, 0, 1]);
        Assert.Equal(2, GenericChart.getTraces(chart).Length);
        string html = GenericChart.toChartHTML(chart);
        Assert.Contains("[\"w2\",\"w1\"]", html);
        Assert.Throws<ArgumentException>(() => WeightCharts.StuckAgainstOptimum(3, stuck, [1, 0, 0, 1]));
    }
}
