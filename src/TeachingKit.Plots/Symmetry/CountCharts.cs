using Plotly.NET;
using TeachingKit.Symmetry;
using TeachingKit.Validation;

namespace TeachingKit.Plots.Symmetry;

/// <summary>Charts of the permutation counts of <see cref="PermutationCounting"/>.</summary>
public static class CountCharts
{
    /// <summary>
    /// Minima n!, first- and second-order permutation points and their Brea et al. bounds for one layer of
    /// n = 2..<paramref name="maxNeurons"/> neurons, on a logarithmic axis.
    /// </summary>
    public static GenericChart CountsVersusLayerSize(int maxNeurons = 12)
    {
        Require.AtLeast(maxNeurons, 3, nameof(maxNeurons));
        if (maxNeurons > 150)
            throw new ArgumentOutOfRangeException(nameof(maxNeurons), maxNeurons, $"{nameof(maxNeurons)} must be at most 150 (n! must fit a double for plotting), but was {maxNeurons}.");
        var ns = Enumerable.Range(2, maxNeurons - 1).ToArray();
        Trace Series(string name, Func<int, bool> defined, Func<int, System.Numerics.BigInteger> value, string dash, string symbol)
        {
            var xs = ns.Where(defined).ToArray();
            return PlotlyChart.Trace("scatter", new
            {
                x = xs, y = xs.Select(n => (double)value(n)).ToArray(), name, mode = "lines+markers",
                line = new { dash }, marker = new { symbol },
            });
        }
        var traces = new[]
        {
            Series("minima n!", _ => true, n => PermutationCounting.EquivalentMinima(n), "solid", "circle"),
            Series("1st-order points", n => n > 1, n => PermutationCounting.PermutationPoints(n, 1), "solid", "square"),
            Series("2nd-order points", n => n > 2, n => PermutationCounting.PermutationPoints(n, 2), "solid", "diamond"),
            Series("bound K = 1: n!·C(n−1,1)/2", n => n > 2, n => PermutationCounting.LayerSaddleBound(n, 1), "dot", "square-open"),
            Series("bound K = 2: n!·C(n−2,2)/4", n => n > 4, n => PermutationCounting.LayerSaddleBound(n, 2), "dot", "diamond-open"),
        };
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Permutation minima and saddles of one layer (log scale)" },
            xaxis = PlotlyChart.Axis("neurons n in the layer"),
            // Powers of ten (10⁹), not SI prefixes (1B): the axis is a count.
            yaxis = PlotlyChart.LogAxis("count"),
        });
        return PlotlyChart.Create(layout, traces);
    }
}
