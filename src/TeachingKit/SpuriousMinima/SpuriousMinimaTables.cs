using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>The (k, n) rows of Safran &amp; Shamir's two tables, and the CSV the experiment writes.</summary>
public static class SpuriousMinimaTables
{
    /// <summary>Table 1: n = k for k = 6…20.</summary>
    public static IReadOnlyList<(int Teachers, int Students)> Table1 { get; } =
        Enumerable.Range(6, 15).Select(k => (k, k)).ToArray();

    /// <summary>
    /// Table 2: n = k + 1 for the published k (8 and 10…19), then n = k + 2 for k = 8…18, where the lecture
    /// says no run got stuck ("No local for n ≥ k + 2").
    /// </summary>
    /// <remarks>n = k + 2 starts at k = 8 like the published rows: for k = 6 and 7 the step 5/k is too large for
    /// n = k + 2 students and gradient descent diverges in about half the runs (the kit measured it).</remarks>
    public static IReadOnlyList<(int Teachers, int Students)> Table2 { get; } =
        new[] { 8 }.Concat(Enumerable.Range(10, 10)).Select(k => (k, k + 1))
            .Concat(Enumerable.Range(8, 11).Select(k => (k, k + 2))).ToArray();

    /// <summary>Runs every row of <paramref name="rows"/> with <paramref name="runs"/> runs each, writing each CSV line as soon as its row is done.</summary>
    /// <param name="rows">The (k, n) pairs.</param>
    /// <param name="runs">Runs per row.</param>
    /// <param name="output">Receives a <c># source:</c> line, the header and one line per row.</param>
    /// <param name="baseSeed">Seed of <see cref="SpuriousMinimaExperiment.RunSeed"/>.</param>
    /// <param name="progress">Called after each row (may be null).</param>
    public static IReadOnlyList<SpuriousMinimaRow> Write(IReadOnlyList<(int Teachers, int Students)> rows, int runs,
        TextWriter output, int baseSeed = 1, Action<SpuriousMinimaRow>? progress = null)
    {
        Require.AtLeast(runs, 1, nameof(runs));
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"# source: TeachingKit.SpuriousMinima.SpuriousMinimaExperiment, {runs} runs per row, base seed {baseSeed}, " +
            $"gradient descent step 5/k to |grad F| <= {ReluDescent.DefaultTolerance:G} (limit {ReluDescent.DefaultStepLimit} steps), " +
            $"stuck = F > {SpuriousMinimaExperiment.StuckValue:G} and positive-definite Hessian; {Environment.ProcessorCount} cores");
        output.WriteLine(SpuriousMinimaRow.CsvHeader);
        var done = new List<SpuriousMinimaRow>();
        foreach (var (k, n) in rows)
        {
            var row = SpuriousMinimaExperiment.Row(k, n, runs, baseSeed);
            output.WriteLine(row.ToCsv());
            output.Flush();
            done.Add(row);
            progress?.Invoke(row);
        }
        return done;
    }
}
