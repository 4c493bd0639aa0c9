using System.Diagnostics;
using TeachingKit.SpuriousMinima;

namespace TeachingKit.Notebooks.Cli;

/// <summary>Runs the experiment commands.</summary>
public static class ExperimentCommandHandlers
{
    /// <summary>Runs the chosen tables and writes the CSV; 0 on success, 2 when the file cannot be written.</summary>
    public static int RunSpuriousMinima(SpuriousMinimaCommand command)
    {
        var rows = command.Table switch
        {
            "1" => SpuriousMinimaTables.Table1,
            "2" => SpuriousMinimaTables.Table2,
            _ => SpuriousMinimaTables.Table1.Concat(SpuriousMinimaTables.Table2).ToList(),
        };
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(command.OutputFile));
            if (folder is not null) Directory.CreateDirectory(folder);
            using var writer = new StreamWriter(command.OutputFile);
            var watch = Stopwatch.StartNew();
            SpuriousMinimaTables.Write(rows, command.Runs, writer, command.Seed, row =>
                Console.WriteLine($"k = {row.Teachers,2}, n = {row.Students,2}: stuck {row.Stuck}  ({row.Elapsed.TotalSeconds:F1} s)"));
            Console.WriteLine($"{rows.Count} rows × {command.Runs} runs in {watch.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores → {command.OutputFile}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write {command.OutputFile}: {e.Message}");
            return 2;
        }
    }
}
