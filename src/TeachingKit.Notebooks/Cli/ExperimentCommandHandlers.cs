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

    /// <summary>Runs both tasks' tables and writes the CSV; 0 on success, 2 when the lecture's table cannot be read or the file cannot be written.</summary>
    public static int RunSimpleTasks(SimpleTasksCommand command)
    {
        string lecture = Path.Combine("data", PublishedSimpleTasks.FileName);
        IReadOnlyList<PublishedSimpleTaskRow> published;
        try
        {
            published = PublishedSimpleTasks.Load(lecture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: cannot read the lecture's table {lecture} (run simple-tasks from the repository's root): {e.Message}");
            return 2;
        }
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(command.OutputFile));
            if (folder is not null) Directory.CreateDirectory(folder);
            using var writer = new StreamWriter(command.OutputFile);
            var watch = Stopwatch.StartNew();
            var rows = SimpleTaskTables.Write(command.Runs, published, writer, command.Seed);
            int inside = rows.Count(r => published.FirstOrDefault(p => p.Task == r.Task && p.Optimizer == r.Optimizer && p.Activation == r.Activation && p.Hidden == r.Hidden) is { } p && r.Solved.Contains(p.Share));
            Console.WriteLine($"{rows.Count} cells × {command.Runs} runs in {watch.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores, " +
                $"{inside} with the lecture's share inside the 95 % interval → {command.OutputFile}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write {command.OutputFile}: {e.Message}");
            return 2;
        }
    }
}
