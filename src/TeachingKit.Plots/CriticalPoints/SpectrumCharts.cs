using Plotly.NET;
using TeachingKit.CriticalPoints;
using TeachingKit.Validation;

namespace TeachingKit.Plots.CriticalPoints;

/// <summary>Eigenvalue spectra of Hessians and the statistics of random Hessians.</summary>
public static class SpectrumCharts
{
    /// <summary>The eigenvalues as a stem plot, negative red, zero grey, positive green, with the verdict in the title.</summary>
    /// <remarks>
    /// The colours come from the report's own sign counts, i.e. from the tolerances the report was made
    /// with: the eigenvalues are ascending, so the first <see cref="SpectrumVerdict.Negative"/> are negative,
    /// the next <see cref="SpectrumVerdict.Zero"/> count as zero, and the rest are positive.
    /// </remarks>
    public static GenericChart Eigenvalues(CriticalPointReport report, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var counts = report.Spectrum;
        string[] colours = Enumerable.Range(0, report.Eigenvalues.Length)
            .Select(i => CriticalPointStyle.CurvatureColour(i < counts.Negative ? -1 : i < counts.Negative + counts.Zero ? 0 : 1)).ToArray();
        var bars = PlotlyChart.Trace("bar", new
        {
            x = Enumerable.Range(1, report.Eigenvalues.Length).ToArray(),
            y = report.Eigenvalues,
            marker = new { color = colours },
            name = "λ",
        });
        // A zero eigenvalue's bar has no height: mark the eigenvalues counted as zero with a grey diamond on the axis.
        int[] zeros = Enumerable.Range(counts.Negative, counts.Zero).ToArray();
        var zeroMarkers = PlotlyChart.Trace("scatter", new
        {
            x = zeros.Select(i => i + 1).ToArray(), y = zeros.Select(i => report.Eigenvalues[i]).ToArray(),
            mode = "markers", marker = new { symbol = "diamond", size = 11, color = CriticalPointStyle.CurvatureColour(0), line = new { color = "black", width = 1 } },
            name = "λ ≈ 0",
        });
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = title ?? $"Hessian spectrum: {report.Verdict}" },
            xaxis = new { title = new { text = "eigenvalue number (ascending)" }, dtick = 1 },
            yaxis = PlotlyChart.Axis("eigenvalue λ"),
            height = 360,
        });
        return zeros.Length == 0 ? PlotlyChart.Create(layout, bars) : PlotlyChart.Create(layout, bars, zeroMarkers);
    }

    /// <summary>
    /// Fraction of minima versus N on a log scale: the independent-sign model 2⁻ᴺ, GOE Monte Carlo
    /// with 95 % intervals (zero counts drawn at their upper bound as a downward triangle), and the
    /// Dean–Majumdar leading order exp(−(ln 3/4)N²).
    /// </summary>
    public static GenericChart FractionOfMinima(IReadOnlyList<FractionOfMinimaRow> rows)
    {
        Require.NotEmpty(rows, nameof(rows));
        int[] n = rows.Select(r => r.Dimension).ToArray();
        var seen = rows.Where(r => r.Goe.Successes > 0).ToArray();
        var unseen = rows.Where(r => r.Goe.Successes == 0).ToArray();
        var traces = new List<Trace>
        {
            PlotlyChart.Trace("scatter", new { x = n, y = rows.Select(r => r.IndependentSigns).ToArray(), mode = "lines+markers", name = "independent signs: 2⁻ᴺ" }),
            PlotlyChart.Trace("scatter", new
            {
                x = seen.Select(r => r.Dimension).ToArray(),
                y = seen.Select(r => r.Goe.Estimate).ToArray(),
                mode = "markers",
                name = $"GOE Monte Carlo ({rows[0].Goe.Trials} samples, 95 % CI)",
                error_y = TeachingKit.Plots.SpuriousMinima.ShareCharts.WilsonErrors(seen.Select(r => r.Goe).ToArray()),
            }),
            PlotlyChart.Trace("scatter", new
            {
                x = n, y = rows.Select(r => r.GoeLeadingOrder).ToArray(), mode = "lines",
                line = new { dash = "dot" }, name = "GOE leading order exp(−N² ln3/4)",
            }),
        };
        if (unseen.Length > 0)
            traces.Add(PlotlyChart.Trace("scatter", new
            {
                x = unseen.Select(r => r.Dimension).ToArray(),
                y = unseen.Select(r => r.Goe.Upper).ToArray(),
                mode = "markers", marker = new { symbol = "triangle-down", size = 10 },
                name = "GOE: none seen (95 % upper bound)",
            }));
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Fraction of critical points that are minima" },
            xaxis = PlotlyChart.Axis("dimension N"),
            // Powers of ten (10⁻⁴), not SI prefixes (100μ): the axis is a probability.
            yaxis = PlotlyChart.LogAxis("fraction of minima"),
            height = 420,
        });
        return PlotlyChart.Create(layout, [.. traces]);
    }

    /// <summary>The index distribution of a Monte Carlo sample (bars with 95 % intervals) against Binomial(N, ½).</summary>
    public static GenericChart IndexDistribution(RandomHessianSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        int[] k = Enumerable.Range(0, sample.Dimension + 1).ToArray();
        var distribution = sample.IndexDistribution;
        var bars = PlotlyChart.Trace("bar", new
        {
            x = k,
            y = distribution.Select(p => p.Estimate).ToArray(),
            name = $"{sample.Model} Monte Carlo ({sample.Samples} samples)",
            error_y = TeachingKit.Plots.SpuriousMinima.ShareCharts.WilsonErrors(distribution),
        });
        var binomial = PlotlyChart.Trace("scatter", new
        {
            x = k, y = IndependentSignModel.IndexDistribution(sample.Dimension), mode = "lines+markers", name = "independent signs: C(N, k)/2ᴺ",
        });
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = $"Index (number of negative eigenvalues), N = {sample.Dimension}" },
            xaxis = PlotlyChart.Axis("index k"),
            yaxis = PlotlyChart.Axis("probability"),
            height = 380,
        });
        return PlotlyChart.Create(layout, bars, binomial);
    }
}
