using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Kernel.Formatting;
using TeachingKit.Plots;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class FormattingTests
{
    private record Point(double X, string Label);

    private readonly ValueFormatter _formatter = new("test");

    [Fact]
    public void AStringIsPlainTextOnly()
    {
        var data = _formatter.Format("<b>not bold</b>");
        Assert.Equal(["text/plain"], data.Keys);
        Assert.Equal("<b>not bold</b>", data["text/plain"]);
    }

    [Fact]
    public void AChartIsAnInteractivePlotlyChartWithADeterministicId()
    {
        var chart = FunctionCharts.Lines("t", "x", "y", [0.0, 1.0], ("line", [0.0, 1.0]));
        var first = _formatter.Format(chart);
        var second = _formatter.Format(chart);

        Assert.Contains("<div id=\"chart-test-1\"", first["text/html"]);
        Assert.Contains("Plotly.newPlot('chart-test-1', figure)", first["text/html"]);
        Assert.Contains("\"type\":\"scatter\"", first["text/html"]);
        Assert.Contains("<div id=\"chart-test-2\"", second["text/html"]);
        Assert.Equal("Plotly chart: 1 trace(s), \"t\"", first["text/plain"]);
    }

    [Fact]
    public void TextInsideAChartCannotCloseItsScript()
    {
        var chart = FunctionCharts.Lines("</script><script>alert(1)</script>", "x", "y", [0.0], ("c", [1.0]));
        string html = _formatter.Format(chart)["text/html"];
        int figureStart = html.IndexOf("var figure", StringComparison.Ordinal);
        int scriptEnd = html.IndexOf("</script>", StringComparison.Ordinal);
        Assert.True(figureStart > 0 && scriptEnd > figureStart);
        Assert.DoesNotContain("<", html[figureStart..scriptEnd]);   // the title is inside, escaped
        Assert.Contains("alert(1)", html[figureStart..scriptEnd]);
    }

    [Fact]
    public void AnAnimatedFigureKeepsItsFrames()
    {
        var chart = FunctionCharts.Lines("anim", "x", "y", [0.0, 1.0], ("c", [0.0, 1.0]));
        var frame = PlotlyChart.Trace("scatter", new { x = new[] { 0.0, 1.0 }, y = new[] { 1.0, 0.0 } });
        var figure = PlotlyChart.Animated(chart, [("f1", [frame]), ("f2", [frame])]);

        var data = _formatter.Format(figure);
        Assert.Contains("\"frames\":[{", data["text/html"]);
        Assert.Contains("2 frame(s)", data["text/plain"]);
    }

    [Fact]
    public void AMatrixIsATableWithRowAndColumnIndices()
    {
        var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.5 }, { -2.0, 1e-12 } });
        var data = _formatter.Format(m);
        Assert.Equal(
            "<table class=\"matrix\"><thead><tr><th></th><th>0</th><th>1</th></tr></thead><tbody>" +
            "<tr><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">0.5</td></tr>" +
            "<tr><td class=\"num\">1</td><td class=\"num\">-2</td><td class=\"num\">1E-12</td></tr></tbody></table>",
            data["text/html"]);
        Assert.Equal(m.ToString(), data["text/plain"]);
    }

    [Fact]
    public void AVectorIsAnIndexValueTable()
    {
        var data = _formatter.Format(Vector<double>.Build.DenseOfArray([3.0, 4.0]));
        Assert.Contains("<tr><td class=\"num\">1</td><td class=\"num\">4</td></tr>", data["text/html"]);
    }

    [Fact]
    public void RecordsBecomeATableOfTheirPropertiesWithEscapedCells()
    {
        var data = _formatter.Format(new[] { new Point(1.5, "<i>a</i>"), new Point(-2, "b") });
        Assert.Equal(
            "<table class=\"records\"><thead><tr><th>X</th><th>Label</th></tr></thead><tbody>" +
            "<tr><td class=\"num\">1.5</td><td>&lt;i&gt;a&lt;/i&gt;</td></tr><tr><td class=\"num\">-2</td><td>b</td></tr></tbody></table>",
            data["text/html"]);
    }

    [Fact]
    public void AMissingValueInATableIsADash()
    {
        var data = _formatter.Format(new[] { new { N = 4, Bound = (double?)null } });
        Assert.Contains("<tr><td class=\"num\">4</td><td>—</td></tr>", data["text/html"]);
    }

    [Fact]
    public void TuplesBecomeATableOfTheirFields()
    {
        var data = _formatter.Format(new List<(int N, long Count)> { (2, 4), (3, 8) });
        Assert.Contains("<th>Item1</th><th>Item2</th>", data["text/html"]);
        Assert.Contains("<tr><td class=\"num\">3</td><td class=\"num\">8</td></tr>", data["text/html"]);
    }

    [Fact]
    public void LongSequencesAreCutWithANote()
    {
        var data = _formatter.Format(Enumerable.Range(0, HtmlTable.MaxRows + 5).ToArray());
        Assert.Contains("… 5 more rows", data["text/html"]);
    }

    [Fact]
    public void ObjectsWithToHtmlRenderThemselvesAndKeepAPlainText()
    {
        var verdict = TeachingKit.Exercises.KitCheck.Integer("count", 3, 4);
        var data = _formatter.Format(verdict);
        Assert.Equal(verdict.ToHtml(), data["text/html"]);
        Assert.Equal(verdict.ToString(), data["text/plain"]);
    }

    [Fact]
    public void AnythingElseIsShownByToString()
    {
        var data = _formatter.Format(new Uri("https://example.org/a"));
        Assert.Equal(["text/plain"], data.Keys);
        Assert.Equal("https://example.org/a", data["text/plain"]);
        Assert.Equal("2.5", _formatter.Format(2.5)["text/plain"]);
    }

    [Fact]
    public async Task TextOutputsAreEscapedOnThePage()
    {
        using var folder = new TempFolder();
        await RunnerHarness.RunNotebookAsync(folder, "xss.ipynb",
            "Console.WriteLine(\"<script>alert(1)</script>\");",
            "display(\"<img src=x onerror=alert(2)>\");",
            "\"<script>alert(3)</script>\"",
            "record Shown(string Text);\nnew[] { new Shown(\"<script>alert(4)</script>\") }",
            "throw new Exception(\"<b>error</b>\");");

        string page = File.ReadAllText(folder.File("site", "xss.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;script&gt;alert(3)&lt;/script&gt;", page);      // the value of a last expression
        Assert.DoesNotContain("<script>alert(3)", page);
        Assert.Contains("<td>&lt;script&gt;alert(4)&lt;/script&gt;</td>", page);  // a record's property in a table
        Assert.DoesNotContain("<script>alert(4)", page);
        Assert.Contains("&lt;b&gt;error&lt;/b&gt;", page);
        Assert.DoesNotContain("<b>error</b>", page);
    }
}
