using Plotly.NET;
using TeachingKit.Networks;
using TeachingKit.Symmetry;
using static TeachingKit.Plots.ChartColours;

namespace TeachingKit.Plots.Symmetry;

/// <summary>Charts of the permutation-saddle path: hyperplanes, loss versus distance, spectrum, animation.</summary>
public static class SaddlePathCharts
{
    private const string ColourA = Red, ColourB = Blue, ColourOther = Grey, ColourTeacher = Green;

    /// <summary>
    /// The lines w_i·x + b_i = 0 of the student's hidden neurons in the input square, the teacher's lines
    /// (green, dashed) and the data points.
    /// </summary>
    public static GenericChart Hyperplanes(CommitteeMachine problem, IReadOnlyList<double> student, string title = "Student and teacher hyperplanes")
    {
        ArgumentNullException.ThrowIfNull(problem);
        var data = PlotlyChart.Trace("scatter", new
        {
            x = problem.Data.Inputs.Select(p => p[0]).ToArray(), y = problem.Data.Inputs.Select(p => p[1]).ToArray(),
            mode = "markers", name = "inputs", marker = new { size = 4, color = LightGrey },
        });
        var traces = new List<Trace> { data };
        traces.AddRange(TeacherTraces(problem));
        traces.AddRange(NeuronTraces(problem, student, -1, -1));
        return PlotlyChart.Create(SquareLayout(title), traces.ToArray());
    }

    /// <summary>The relaxed loss versus the distance d, merging (solid) and separating after the label exchange (dashed).</summary>
    public static GenericChart LossVersusDistance(PermutationSaddlePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Trace Curve(IReadOnlyList<SaddlePathPoint> points, string name, string dash) => PlotlyChart.Trace("scatter", new
        {
            x = points.Select(p => p.Distance).ToArray(), y = points.Select(p => p.Loss).ToArray(),
            mode = "lines+markers", name, line = new { dash },
        });
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Loss along the permutation path (every other weight relaxed)" },
            xaxis = PlotlyChart.Axis("distance d between the two weight vectors"),
            yaxis = PlotlyChart.Axis("loss"),
        });
        return PlotlyChart.Create(layout,
            Curve(path.Merging, "merging (d ↓ 0)", "solid"),
            Curve(path.Separating, "separating, labels exchanged (d ↑)", "dash"));
    }

    /// <summary>The Hessian eigenvalues, coloured negative (red), zero within tolerance (grey) and positive (blue).</summary>
    public static GenericChart Spectrum(HessianSpectrum spectrum, string title = "Hessian spectrum at the permutation point")
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var colours = spectrum.Eigenvalues.Select(v =>
            v < -spectrum.ZeroTolerance ? ColourA : v > spectrum.ZeroTolerance ? ColourB : ColourOther).ToArray();
        // Eigenvalues span many decades and have both signs: plot sign·log10(1 + |λ|/1e-6) and show λ on hover.
        var bars = PlotlyChart.Trace("bar", new
        {
            x = Enumerable.Range(1, spectrum.Eigenvalues.Length).ToArray(),
            y = spectrum.Eigenvalues.Select(v => Math.Sign(v) * Math.Log10(1 + Math.Abs(v) / 1e-6)).ToArray(),
            text = spectrum.Eigenvalues.Select(v => v.ToString("G4")).ToArray(),
            hovertemplate = "λ = %{text}<extra></extra>",
            textposition = "none",   // labels inside thin bars would be rotated and unreadable: the value is on hover
            marker = new { color = colours }, name = "eigenvalues",
        });
        // A zero eigenvalue's bar has no height: mark it with a grey diamond on the axis.
        int[] zeros = Enumerable.Range(0, spectrum.Eigenvalues.Length).Where(i => Math.Abs(spectrum.Eigenvalues[i]) <= spectrum.ZeroTolerance).ToArray();
        var zeroMarkers = PlotlyChart.Trace("scatter", new
        {
            x = zeros.Select(i => i + 1).ToArray(), y = zeros.Select(_ => 0.0).ToArray(),
            text = zeros.Select(i => spectrum.Eigenvalues[i].ToString("G4")).ToArray(),
            hovertemplate = "λ = %{text} (zero within tolerance)<extra></extra>",
            mode = "markers", marker = new { symbol = "diamond", size = 10, color = ColourOther, line = new { color = "black", width = 1 } },
            name = "zero eigenvalues",
        });
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = $"{title}: {spectrum.NegativeCount} negative, {spectrum.ZeroCount} zero, {spectrum.PositiveCount} positive" },
            xaxis = PlotlyChart.Axis("eigenvalue number (ascending)"),
            yaxis = new { title = new { text = "sign(λ)·log₁₀(1 + |λ|/10⁻⁶)" } },
        });
        return zeros.Length == 0 ? PlotlyChart.Create(layout, bars) : PlotlyChart.Create(layout, bars, zeroMarkers);
    }

    /// <summary>
    /// An animation of the hidden neurons' lines along the path: neurons a (red) and b (blue) merge,
    /// exchange labels at d = 0 and separate, ending on each other's teacher line.
    /// </summary>
    public static Figure MergingAnimation(PermutationSaddlePath path, int frameDurationMs = 150)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (a, b) = path.Neurons;
        var points = path.Merging.Concat(path.Separating).ToArray();
        Trace[] Frame(SaddlePathPoint point) =>
            TeacherTraces(path.Problem).Concat(NeuronTraces(path.Problem, point.Parameters, a, b)).ToArray();
        var first = PlotlyChart.Create(SquareLayout("Two hidden neurons merge, exchange labels and separate"), Frame(points[0]));
        var frames = points.Select((p, i) => (FrameName(i, p), Frame(p))).ToList();
        return PlotlyChart.Animated(first, frames, frameDurationMs);
    }

    // Says in every frame whether the labels of a and b have been exchanged (at d = 0) yet.
    private static string FrameName(int index, SaddlePathPoint point) =>
        $"{index:D2} {(point.LabelsExchanged ? "labels exchanged, separating" : "merging")} d={point.Distance:F2}";

    private static IEnumerable<Trace> TeacherTraces(CommitteeMachine problem) =>
        problem.Hyperplanes(problem.TeacherParameters).Select((h, i) => Line(h, $"teacher {i}", ColourTeacher, "dash", 1.5));

    private static IEnumerable<Trace> NeuronTraces(CommitteeMachine problem, IReadOnlyList<double> parameters, int a, int b) =>
        problem.Hyperplanes(parameters).Select((h, i) =>
            i == a ? Line(h, $"neuron {i} (a)", ColourA, "solid", 4)
            : i == b ? Line(h, $"neuron {i} (b)", ColourB, "solid", 4)
            : Line(h, $"neuron {i}", a < 0 ? Cycle(Palette, i) : ColourOther, "solid", 2.5));

    // plotly.js's default colour cycle, without its green (the teacher's colour).
    private static readonly string[] Palette = [Blue, Orange, Red, Purple, Brown, Pink, Cyan, Olive];

    // The part of the line w1·x + w2·y + b = 0 inside the input square (empty when it misses the square).
    private static Trace Line((double W1, double W2, double B) h, string name, string colour, string dash, double width)
    {
        double r = CommitteeMachine.InputRange;
        var ends = new List<(double X, double Y)>();
        if (Math.Abs(h.W2) > 1e-12)
            foreach (double x in new[] { -r, r }) ends.Add((x, -(h.W1 * x + h.B) / h.W2));
        if (Math.Abs(h.W1) > 1e-12)
            foreach (double y in new[] { -r, r }) ends.Add((-(h.W2 * y + h.B) / h.W1, y));
        var inside = ends.Where(p => Math.Abs(p.X) <= r + 1e-9 && Math.Abs(p.Y) <= r + 1e-9).OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        double[] xs = inside.Count >= 2 ? [inside[0].X, inside[^1].X] : [];
        double[] ys = inside.Count >= 2 ? [inside[0].Y, inside[^1].Y] : [];
        return PlotlyChart.Trace("scatter", new { x = xs, y = ys, mode = "lines", name, line = new { color = colour, dash, width } });
    }

    private static Layout SquareLayout(string title)
    {
        double r = CommitteeMachine.InputRange;
        return PlotlyChart.Layout(new
        {
            title = new { text = title },
            xaxis = new { title = new { text = "x₁" }, range = new[] { -r, r }, constrain = "domain" },
            yaxis = new { title = new { text = "x₂" }, range = new[] { -r, r }, scaleanchor = "x", constrain = "domain" },
        });
    }

    /// <summary>A bar chart of the trained network's loss, the mean loss of its n! relabelled copies and the averaged network's loss.</summary>
    public static GenericChart AverageLosses(PermutationAverage average)
    {
        ArgumentNullException.ThrowIfNull(average);
        var bars = PlotlyChart.Trace("bar", new
        {
            x = new[] { "trained network", $"mean of its {average.PermutationCount} permuted copies", "averaged network" },
            y = new[] { average.OriginalLoss, average.MeanPermutedLoss, average.AveragedLoss },
            marker = new { color = new[] { ColourB, ColourB, ColourA } },
        });
        var layout = PlotlyChart.Layout(new
        {
            title = new { text = "Averaging all permuted copies raises the loss: the loss is not convex" },
            yaxis = PlotlyChart.Axis("loss"),
        });
        return PlotlyChart.Create(layout, bars);
    }
}
