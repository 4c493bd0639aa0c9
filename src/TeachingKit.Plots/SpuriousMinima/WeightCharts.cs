using Plotly.NET;
using TeachingKit.Validation;

namespace TeachingKit.Plots.SpuriousMinima;

/// <summary>The student weight matrices of Safran &amp; Shamir's objective, stuck against optimal.</summary>
public static class WeightCharts
{
    /// <summary>
    /// Two heat maps side by side: the n × k matrix whose row i is student wᵢ, at a stuck point and at the optimum
    /// (the teachers, wᵢ = vᵢ = eᵢ up to permutation); one colour scale, blue positive, red negative. The stuck rows are
    /// shown sorted by the column of their largest entry (the teacher each student follows most), so that two students
    /// sharing a teacher sit next to each other; the labels keep their numbers.
    /// </summary>
    /// <param name="teachers">k, the columns.</param>
    /// <param name="stuck">The stuck weights, row-major (n·k entries).</param>
    /// <param name="optimum">The optimal weights, row-major (n·k entries).</param>
    public static GenericChart StuckAgainstOptimum(int teachers, IReadOnlyList<double> stuck, IReadOnlyList<double> optimum)
    {
        Require.AtLeast(teachers, 1, nameof(teachers));
        ArgumentNullException.ThrowIfNull(stuck);
        ArgumentNullException.ThrowIfNull(optimum);
        Require.SameLength(stuck.Count, optimum.Count, nameof(stuck), nameof(optimum));
        if (stuck.Count % teachers != 0) throw new ArgumentException($"{nameof(stuck)} must hold n·k entries for k = {teachers}, but holds {stuck.Count}.", nameof(stuck));
        double limit = Math.Max(stuck.Max(Math.Abs), optimum.Max(Math.Abs));
        int students = stuck.Count / teachers;
        double Entry(IReadOnlyList<double> w, int i, int j) => w[i * teachers + j];
        int Follows(IReadOnlyList<double> w, int i) => Enumerable.Range(0, teachers).MaxBy(j => Entry(w, i, j));
        Trace Map(IReadOnlyList<double> w, string axis, bool scale)
        {
            int[] rows = Enumerable.Range(0, students).OrderBy(i => Follows(w, i)).ThenBy(i => i).ToArray();
            return PlotlyChart.Trace("heatmap", new
            {
                z = rows.Select(i => Enumerable.Range(0, teachers).Select(j => Entry(w, i, j)).ToArray()).ToArray(),
                x = Enumerable.Range(1, teachers).Select(j => $"e{j}").ToArray(),
                y = rows.Select(i => $"w{i + 1}").ToArray(),
                xaxis = axis == "1" ? "x" : "x" + axis, yaxis = axis == "1" ? "y" : "y" + axis,
                zmin = -limit, zmax = limit, colorscale = "RdBu", reversescale = true, showscale = scale,
                hovertemplate = "%{y} · %{x} = %{z:.3f}<extra></extra>",
            });
        }
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Student weights wᵢ (rows) in the teacher basis: stuck (left) and optimal (right)" },
            xaxis = new { domain = new[] { 0.0, 0.44 }, title = new { text = "stuck point" } },
            yaxis = new { autorange = "reversed" },
            xaxis2 = new { domain = new[] { 0.54, 0.98 }, title = new { text = "optimum: wᵢ = vᵢ" } },
            yaxis2 = new { autorange = "reversed", anchor = "x2" },
            height = 420,
        });
        return PlotlyChart.Create(layout, Map(stuck, "1", false), Map(optimum, "2", true));
    }
}
