using Plotly.NET;
using TeachingKit.Plots;

namespace TeachingKit.Tests.Foundation;

public class PlotlyChartTests
{
    [Fact]
    public void AttributesBecomePlotlyJsAttributes()
    {
        var chart = PlotlyChart.Create(
            PlotlyChart.Layout(new { title = new { text = "T" }, yaxis = PlotlyChart.Axis("loss", logarithmic: true) }),
            PlotlyChart.Trace("scatter", new { x = new[] { 1.0 }, y = new[] { 2.0 }, mode = "markers", name = (string?)null }));

        string json = GenericChart.toFigureJson(chart);
        Assert.Contains("\"type\":\"scatter\",\"x\":[1.0],\"y\":[2.0],\"mode\":\"markers\"", json);
        Assert.DoesNotContain("\"name\"", json);
        Assert.Contains("\"yaxis\":{\"title\":{\"text\":\"loss\"},\"type\":\"log\"}", json);
        string logJson = GenericChart.toFigureJson(PlotlyChart.Create(
            PlotlyChart.Layout(new { xaxis = PlotlyChart.LogAxis("n"), yaxis = PlotlyChart.LogAxis("E", tickEveryDecade: true) }),
            PlotlyChart.Trace("scatter", new { x = new[] { 1.0 }, y = new[] { 2.0 } })));
        Assert.Contains("\"xaxis\":{\"title\":{\"text\":\"n\"},\"type\":\"log\",\"exponentformat\":\"power\"}", logJson);
        Assert.Contains("\"yaxis\":{\"title\":{\"text\":\"E\"},\"type\":\"log\",\"dtick\":1,\"exponentformat\":\"power\"}", logJson);
    }

    [Fact]
    public void AnAnimationHasOneFramePerStepAndAPlayButton()
    {
        var chart = FunctionCharts.Lines("a", "x", "y", [0.0, 1.0], ("c", [0.0, 1.0]));
        var frames = Enumerable.Range(0, 3)
            .Select(i => ($"step {i}", new[] { PlotlyChart.Trace("scatter", new { x = new[] { 0.0, 1.0 }, y = new[] { i, 1.0 } }) }))
            .ToList();

        var figure = PlotlyChart.Animated(chart, frames);
        string json = Newtonsoft.Json.JsonConvert.SerializeObject(figure);

        Assert.Equal(3, figure.Frames.Length);
        Assert.Contains("\"label\":\"▶ Play\",\"method\":\"animate\"", json);
        Assert.Contains("\"steps\":[{\"label\":\"step 0\"", json);
        // The buttons and then the slider sit below the x-axis title, pixel offsets below the plot area.
        Assert.Contains("\"sliders\":[{\"x\":0.0,\"len\":1.0,\"y\":0.0,\"xanchor\":\"left\",\"yanchor\":\"top\",\"pad\":{\"t\":100", json);
        Assert.Contains("\"direction\":\"left\",\"showactive\":false,\"x\":0.0,\"y\":0.0,\"xanchor\":\"left\",\"yanchor\":\"top\",\"pad\":{\"t\":60", json);
        Assert.Contains("\"margin\":{\"b\":200}", json);
    }

    [Fact]
    public void BadChartsAreRefusedWithTheReason()
    {
        Assert.Equal("traces", Assert.Throws<ArgumentException>(() => PlotlyChart.Create(PlotlyChart.Layout(new { }))).ParamName);
        Assert.Contains("curve 'b' has length 1, but xs has length 2",
            Assert.Throws<ArgumentException>(() => FunctionCharts.Lines("t", "x", "y", [0.0, 1.0], ("a", [0.0, 1.0]), ("b", [0.0]))).Message);
        var chart = FunctionCharts.Lines("t", "x", "y", [0.0], ("a", [0.0]));
        Assert.Equal("frames", Assert.Throws<ArgumentException>(() => PlotlyChart.Animated(chart, [])).ParamName);
    }
}
