using TeachingKit.Data;
using System.Globalization;

namespace TeachingKit.SpuriousMinima;

/// <summary>One published row of Safran &amp; Shamir's Tables 1 and 2.</summary>
/// <param name="Table">1 (n = k) or 2 (n ≠ k).</param>
/// <param name="Teachers">k.</param>
/// <param name="Students">n.</param>
/// <param name="Share">The fraction (not percent) of runs converging to a spurious local minimum.</param>
/// <param name="MeanSmallestEigenvalue">Average λ_min over those runs.</param>
/// <param name="MeanValue">Average F over those runs.</param>
public sealed record PublishedSpuriousMinimaRow(int Table, int Teachers, int Students, double Share, double MeanSmallestEigenvalue, double MeanValue);

/// <summary>Reads the published table <c>data/safran-shamir-2018-spurious-minima.csv</c>.</summary>
public static class PublishedSpuriousMinima
{
    /// <summary>The file's name in the repository's <c>data/</c> folder.</summary>
    public const string FileName = "safran-shamir-2018-spurious-minima.csv";

    /// <summary>
    /// Reads the rows: a <c># source:</c> first line, further <c>#</c> lines, the header
    /// <c>table,k,n,share_percent,mean_min_eigenvalue,mean_objective</c>, then one row per line.
    /// </summary>
    /// <exception cref="InvalidDataException">The file breaks the format; the message names the line.</exception>
    public static IReadOnlyList<PublishedSpuriousMinimaRow> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var rows = new List<PublishedSpuriousMinimaRow>();
        SourcedCsv.Read(path, 6, "table, k, n, share_percent, mean_min_eigenvalue, mean_objective", (lineNumber, f) =>
        {
            double Number(int i) => double.TryParse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v
                : throw SourcedCsv.Malformed(path, lineNumber, $"field {i + 1} must be a number, but was '{f[i]}'");
            rows.Add(new PublishedSpuriousMinimaRow((int)Number(0), (int)Number(1), (int)Number(2), Number(3) / 100, Number(4), Number(5)));
        });
        return rows;
    }
}
