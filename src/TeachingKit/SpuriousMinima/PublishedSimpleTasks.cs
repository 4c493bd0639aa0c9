using System.Globalization;
using TeachingKit.Data;
using TeachingKit.Networks;

namespace TeachingKit.SpuriousMinima;

/// <summary>One published cell of the lecture's XOR / Jellyfish table.</summary>
/// <param name="Task">"XOR" or "Jellyfish".</param>
/// <param name="Optimizer">The optimizer.</param>
/// <param name="Activation">ReLU or sigmoid.</param>
/// <param name="Hidden">h.</param>
/// <param name="Share">The fraction (not percent) of runs that solved the task.</param>
public sealed record PublishedSimpleTaskRow(string Task, SimpleTaskOptimizer Optimizer, Activation Activation, int Hidden, double Share);

/// <summary>Reads <c>data/swirszcz-2016-xor-jellyfish.csv</c>, the lecture's table "Even simple task can be difficult".</summary>
public static class PublishedSimpleTasks
{
    /// <summary>The file's name in the repository's <c>data/</c> folder.</summary>
    public const string FileName = "swirszcz-2016-xor-jellyfish.csv";

    /// <summary>Reads the rows: header <c>task,optimizer,activation,h,success_percent</c>; optimizer Adam or GD, activation ReLU or Sigmoid.</summary>
    /// <exception cref="InvalidDataException">The file breaks the format; the message names the line.</exception>
    public static IReadOnlyList<PublishedSimpleTaskRow> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var rows = new List<PublishedSimpleTaskRow>();
        SourcedCsv.Read(path, 5, "task, optimizer, activation, h, success_percent", (lineNumber, f) =>
        {
            var optimizer = f[1] switch
            {
                "Adam" => SimpleTaskOptimizer.Adam,
                "GD" => SimpleTaskOptimizer.GradientDescent,
                _ => throw SourcedCsv.Malformed(path, lineNumber, $"field 2 must be Adam or GD, but was '{f[1]}'"),
            };
            var activation = f[2] switch
            {
                "ReLU" => Activation.Relu,
                "Sigmoid" => Activation.Sigmoid,
                _ => throw SourcedCsv.Malformed(path, lineNumber, $"field 3 must be ReLU or Sigmoid, but was '{f[2]}'"),
            };
            if (!int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out int hidden) || hidden < 1)
                throw SourcedCsv.Malformed(path, lineNumber, $"field 4 must be a positive whole number, but was '{f[3]}'");
            if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) || percent is < 0 or > 100)
                throw SourcedCsv.Malformed(path, lineNumber, $"field 5 must be a percentage in [0, 100], but was '{f[4]}'");
            rows.Add(new PublishedSimpleTaskRow(f[0], optimizer, activation, hidden, percent / 100));
        });
        return rows;
    }
}
