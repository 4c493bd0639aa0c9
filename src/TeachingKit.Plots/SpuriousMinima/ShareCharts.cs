using Plotly.NET;
using TeachingKit.CriticalPoints;
using TeachingKit.Networks;
using TeachingKit.SpuriousMinima;
using TeachingKit.Validation;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.SpuriousMinima;

/// <summary>Shares of runs (stuck, solved, dead units) with their 95 % Wilson intervals, beside the published shares.</summary>
public static class ShareCharts
{
    private const string KitColour = Blue, PublishedColour = Red;

    /// <summary>The share of runs stuck in a spurious minimum against k (n = k), the kit's with intervals and the published.</summary>
    public static GenericChart StuckAgainstTeachers(IReadOnlyList<SpuriousMinimaRow> rows, IReadOnlyList<PublishedSpuriousMinimaRow> published,
        string title = "Runs ending in a spurious local minimum, n = k")
    {
        Require.NotEmpty(rows, nameof(rows));
        ArgumentNullException.ThrowIfNull(published);
        var shown = published.Where(p => rows.Any(r => r.Teachers == p.Teachers && r.Students == p.Students)).ToArray();
        return PlotlyChart.Create(Layout(title, "k (teacher neurons = student neurons)", "share of runs stuck"),
            ShareTrace(rows.Select(r => (double)r.Teachers).ToArray(), rows.Select(r => r.Stuck).ToArray(), $"kit ({rows[0].Stuck.Trials} runs per k, 95 % interval)", KitColour),
            PublishedTrace(shown.Select(p => (double)p.Teachers).ToArray(), shown.Select(p => p.Share).ToArray(), "Safran & Shamir (2018), 1,000 runs"));
    }

    /// <summary>The share of stuck runs against the student's width n for one teacher k, with intervals, and the published rows that exist.</summary>
    public static GenericChart StuckAgainstStudents(IReadOnlyList<SpuriousMinimaRow> rows, IReadOnlyList<PublishedSpuriousMinimaRow> published)
    {
        Require.NotEmpty(rows, nameof(rows));
        ArgumentNullException.ThrowIfNull(published);
        int k = rows[0].Teachers;
        var shown = published.Where(p => p.Teachers == k && rows.Any(r => r.Students == p.Students)).ToArray();
        var traces = new List<Trace>
        {
            ShareTrace(rows.Select(r => (double)r.Students).ToArray(), rows.Select(r => r.Stuck).ToArray(), $"kit ({rows[0].Stuck.Trials} runs per n, 95 % interval)", KitColour),
        };
        if (shown.Length > 0) traces.Add(PublishedTrace(shown.Select(p => (double)p.Students).ToArray(), shown.Select(p => p.Share).ToArray(), "Safran & Shamir (2018)"));
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = $"Teacher k = {k}: runs stuck against the student's width n" },
            xaxis = new { title = new { text = "n (student neurons)" }, tickvals = rows.Select(r => r.Students).ToArray(), ticktext = rows.Select(r => r.Students == k ? $"{k} = k" : $"{r.Students} = k + {r.Students - k}").ToArray() },
            yaxis = new { title = new { text = "share of runs stuck" }, range = new[] { -0.02, 1.02 }, tickformat = ".0%" },
        });
        return PlotlyChart.Create(layout, traces.ToArray());
    }

    /// <summary>The lecture's XOR / Jellyfish table for one task: the share of solved runs against h, one colour per optimizer and activation, published dashed.</summary>
    public static GenericChart SolvedAgainstHidden(IReadOnlyList<SimpleTaskRow> rows, IReadOnlyList<PublishedSimpleTaskRow> published)
    {
        Require.NotEmpty(rows, nameof(rows));
        ArgumentNullException.ThrowIfNull(published);
        string task = rows[0].Task;
        string[] colours = [Blue, Orange, Green, Purple];
        var traces = new List<Trace>();
        int index = 0;
        foreach (var group in rows.GroupBy(r => (r.Optimizer, r.Activation)))
        {
            string colour = colours[index++ % colours.Length], name = $"{group.Key.Optimizer}, {group.Key.Activation}";
            var kit = group.OrderBy(r => r.Hidden).ToArray();
            traces.Add(ShareTrace(kit.Select(r => (double)r.Hidden).ToArray(), kit.Select(r => r.Solved).ToArray(), $"kit: {name}", colour, "lines+markers"));
            var paper = published.Where(p => p.Task == task && p.Optimizer == group.Key.Optimizer && p.Activation == group.Key.Activation).OrderBy(p => p.Hidden).ToArray();
            if (paper.Length > 0)
                traces.Add(PlotlyChart.Trace("scatter", new
                {
                    x = paper.Select(p => p.Hidden).ToArray(), y = paper.Select(p => p.Share).ToArray(), mode = "lines+markers", name = $"lecture: {name}",
                    line = new { color = colour, dash = "dash", width = 1.5 }, marker = new { symbol = "diamond-open", size = 9, color = colour },
                }));
        }
        return PlotlyChart.Create(Layout($"{task}: runs that classify every point (kit solid with 95 % intervals, lecture dashed)", "h (hidden units)", "share of runs solved"), traces.ToArray());
    }

    /// <summary>The share of dead hidden units after training (and at the start) against the initial hidden bias, with intervals.</summary>
    public static GenericChart DeadUnitsAgainstBias(IReadOnlyList<BlindSpotRow> rows)
    {
        Require.NotEmpty(rows, nameof(rows));
        double[] bias = rows.Select(r => r.HiddenBias).ToArray();
        return PlotlyChart.Create(Layout("Dead ReLU units: initial hidden bias β against the share of dead units", "initial hidden bias β", "share of hidden units dead"),
            ShareTrace(bias, rows.Select(r => r.DeadAtStart).ToArray(), "dead at the start", Grey, "lines+markers"),
            ShareTrace(bias, rows.Select(r => r.DeadUnits).ToArray(), "dead after training", PublishedColour, "lines+markers"));
    }

    /// <summary>A scatter of shares with asymmetric 95 % Wilson error bars.</summary>
    internal static Trace ShareTrace(double[] x, IReadOnlyList<Proportion> shares, string name, string colour, string mode = "markers") =>
        PlotlyChart.Trace("scatter", new
        {
            x, y = shares.Select(s => s.Estimate).ToArray(), mode, name, marker = new { color = colour, size = 8 }, line = new { color = colour },
            error_y = WilsonErrors(shares),
        });

    /// <summary>plotly's error_y for the 95 % Wilson intervals of <paramref name="shares"/>.</summary>
    internal static object WilsonErrors(IReadOnlyList<Proportion> shares) => new
    {
        type = "data", symmetric = false, visible = true,
        array = shares.Select(s => s.Upper - s.Estimate).ToArray(),
        arrayminus = shares.Select(s => s.Estimate - s.Lower).ToArray(),
    };

    private static Trace PublishedTrace(double[] x, double[] y, string name) => PlotlyChart.Trace("scatter", new
    {
        x, y, mode = "markers", name, marker = new { symbol = "diamond-open", size = 11, color = PublishedColour, line = new { width = 2 } },
    });

    private static Layout Layout(string title, string xTitle, string yTitle) => PlotlyChart.Layout(new
    {
        title = new { text = title },
        xaxis = new { title = new { text = xTitle }, dtick = 1 },
        yaxis = new { title = new { text = yTitle }, range = new[] { -0.02, 1.02 }, tickformat = ".0%" },
    });
}
