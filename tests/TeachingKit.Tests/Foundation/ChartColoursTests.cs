using System.Text.RegularExpressions;
using Plotly.NET;
using TeachingKit.Plots;

namespace TeachingKit.Tests.Foundation;

public class ChartColoursTests
{
    [Fact]
    public void TheSequenceIsPlotlyJsOwnDefaultColorway()
    {
        // The oracle: the plotly.js that Plotly.NET embeds, and the site ships, lists its default trace colours.
        var assembly = typeof(GenericChart).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js")!;
        string script = new StreamReader(stream).ReadToEnd();
        var colorway = Regex.Match(script, "\\[(\"#1f77b4\"(?:,\"#[0-9a-f]{6}\")*)\\]");

        Assert.True(colorway.Success, "plotly.js no longer lists its default colours starting with #1f77b4");
        Assert.Equal(colorway.Groups[1].Value.Replace("\"", "").Split(','), ChartColours.Sequence);
    }

    [Fact]
    public void TheTranslucentSequenceKeepsTheColoursAtOpacityPointFortyFive()
    {
        Assert.Equal("rgba(31,119,180,0.45)", ChartColours.TranslucentSequence[0]);
        Assert.Equal("rgba(23,190,207,0.45)", ChartColours.TranslucentSequence[9]);
        Assert.Equal(ChartColours.Sequence.Count, ChartColours.TranslucentSequence.Count);
    }

    [Fact]
    public void CycleStartsAgainAfterTheLastColour()
    {
        Assert.Equal(ChartColours.Blue, ChartColours.Cycle(0));
        Assert.Equal(ChartColours.Cyan, ChartColours.Cycle(9));
        Assert.Equal(ChartColours.Blue, ChartColours.Cycle(10));
        Assert.Equal(ChartColours.Red, ChartColours.Cycle([ChartColours.Blue, ChartColours.Red], 3));
        Assert.Equal("i", Assert.Throws<ArgumentOutOfRangeException>(() => ChartColours.Cycle(-1)).ParamName);
    }

    [Theory]
    [InlineData("1f77b4")]
    [InlineData("#1f77b")]
    [InlineData("#1f77bz")]
    [InlineData("blue")]
    public void TranslucentNamesAColourItCannotRead(string colour)
    {
        var error = Assert.Throws<ArgumentException>(() => ChartColours.Translucent(colour, 0.5));
        Assert.Contains($"\"{colour}\"", error.Message);
    }

    [Fact]
    public void TheSequenceCannotBeChangedByAStudent()
    {
        var asList = Assert.IsAssignableFrom<IList<string>>(ChartColours.Sequence);
        Assert.Throws<NotSupportedException>(() => asList[0] = "#000000");
    }
}
