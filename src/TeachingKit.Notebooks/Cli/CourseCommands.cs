using System.Globalization;
using TeachingKit.Notebooks.Grading;

namespace TeachingKit.Notebooks.Cli;

/// <summary><c>student [NOTEBOOK|FOLDER ...] [--out DIR]</c>: write the student edition.</summary>
public sealed record StudentCommand(IReadOnlyList<string> Inputs, string OutputDirectory) : Command;

/// <summary><c>grade SUBMISSION|FOLDER ... [--source DIR] [--out DIR] [--cell-timeout S] [--memory-limit MB] [--parallel N]</c></summary>
public sealed record GradeCommand(GradingOptions Options) : Command;

/// <summary>Parses the lecturer's commands: the student edition and grading.</summary>
public static class CourseCommands
{
    public static readonly string DefaultStudentOutput = Path.Combine("artifacts", "student");
    public static readonly string DefaultGradesOutput = Path.Combine("artifacts", "grades");

    /// <summary>The largest --memory-limit: 64 GiB.</summary>
    public const int MaxMemoryLimitMegabytes = 65536;

    public const string Usage = """
          TeachingKit.Notebooks student [NOTEBOOK.ipynb | FOLDER ...] [--out DIR]
              Writes the student edition (default: of notebooks/, to artifacts/student): solution cells
              removed, answer cells reset to their placeholder, outputs cleared, check cells kept.
          TeachingKit.Notebooks grade SUBMISSION.ipynb | FOLDER ... [--source DIR] [--out DIR]
                                      [--cell-timeout SECONDS] [--memory-limit MB] [--parallel N]
              Grades submissions against the course notebooks in DIR (default notebooks/), each in its
              own kernel in a temporary folder (default 60 s per cell, 2048 MB), and writes grades.csv
              and an HTML report (default: artifacts/grades). A folder holds submissions (alice.ipynb)
              or one subfolder per student (alice/04-momentum.ipynb). Exit code 0 when every
              submission ran, 1 when one could not be graded in full, 2 when the arguments are wrong.
        """;

    public static Command ParseStudent(List<string> args)
    {
        var inputs = new List<string>();
        string output = DefaultStudentOutput;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out") output = CommandLine.Value(args, ref i);
            else if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unknown option \"{args[i]}\".");
            else inputs.Add(args[i]);
        }
        if (inputs.Count == 0) inputs.Add(CommandLine.DefaultInput);
        return new StudentCommand(inputs, output);
    }

    public static Command ParseGrade(List<string> args)
    {
        var inputs = new List<string>();
        string source = CommandLine.DefaultInput, output = DefaultGradesOutput;
        var limit = GradingOptions.DefaultCellTimeLimit;
        int memory = GradingOptions.DefaultMemoryLimitMegabytes, parallel = Environment.ProcessorCount;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--source": source = CommandLine.Value(args, ref i); break;
                case "--out": output = CommandLine.Value(args, ref i); break;
                case "--cell-timeout": limit = CommandLine.ParseCellTimeout(CommandLine.Value(args, ref i)); break;
                case "--memory-limit": memory = Whole(args[i], CommandLine.Value(args, ref i), 64, MaxMemoryLimitMegabytes); break;
                case "--parallel": parallel = Whole(args[i], CommandLine.Value(args, ref i), 1, CommandLine.MaxParallel); break;
                case var option when option.StartsWith("--", StringComparison.Ordinal): throw new ArgumentException($"Unknown option \"{option}\".");
                default: inputs.Add(args[i]); break;
            }
        }
        if (inputs.Count == 0) throw new ArgumentException("grade needs at least one submission or folder of submissions.");
        return new GradeCommand(new GradingOptions(inputs, source, output, limit, memory, parallel));
    }

    internal static int Whole(string option, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max ? n
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max}, but was \"{text}\".");
}
