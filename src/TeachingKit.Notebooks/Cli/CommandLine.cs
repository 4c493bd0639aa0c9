using System.Globalization;
using TeachingKit.Notebooks.Runner;

namespace TeachingKit.Notebooks.Cli;

/// <summary>The parsed command line of the runner.</summary>
public abstract record Command;

/// <summary><c>run [NOTEBOOK|FOLDER ...] [--out DIR] [--cell-timeout SECONDS] [--parallel N] [--force]</c></summary>
public sealed record RunCommand(NotebookRunOptions Options) : Command;

/// <summary><c>validate FILE.ipynb ...</c>: check files against nbformat 4.5.</summary>
public sealed record ValidateCommand(IReadOnlyList<string> Files) : Command;

/// <summary>Parses the runner's arguments; a mistake is an <see cref="ArgumentException"/> with a clear message.</summary>
public static class CommandLine
{
    public const string DefaultInput = "notebooks";
    public static readonly string DefaultOutput = Path.Combine("artifacts", "site");

    /// <summary>The largest --cell-timeout: one day (a timer's limit is about 24.8 days; no lecture cell needs more).</summary>
    public const int MaxCellTimeoutSeconds = 86400;

    /// <summary>The most notebooks run at once.</summary>
    public const int MaxParallel = 64;

    public const string Usage = """
        Usage:
          TeachingKit.Notebooks run [NOTEBOOK.ipynb | FOLDER ...] [--out DIR] [--cell-timeout SECONDS] [--parallel N] [--force]
                                    [--edition instructor|student]
              Executes the notebooks (default: the folder notebooks/), each in its own kernel process,
              N at a time (default: the number of cores), and writes the executed .ipynb files and an
              HTML site to DIR (default: artifacts/site); --edition student runs the student edition
              (no solutions: exercises show as not answered). SECONDS is the time limit per
              cell (default 120, at most 86400). DIR must be new, empty or written by the kit before;
              --force writes into another folder anyway. Exit code 0 when every notebook ran, 1 when a cell failed or a
              kernel died, 2 when a file is not a valid notebook or cannot be read, the arguments are
              wrong, or DIR cannot be written or is in use by another runner.
          TeachingKit.Notebooks validate FILE.ipynb ...
              Checks files against the nbformat 4.5 rules. Exit code 0 when all conform, 1 when a
              file runs but does not conform, 2 when the runner would refuse a file (missing,
              unreadable, not JSON, not an nbformat 4 notebook).
        """ + "\n" + CourseCommands.Usage + "\n" + ExperimentCommand.Usage;   // a raw literal ends without its last line break

    public static Command Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0) throw new ArgumentException("No command given.");
        return args[0] switch
        {
            "run" => ParseRun(args.Skip(1).ToList()),
            "validate" when args.Count > 1 => new ValidateCommand(args.Skip(1).ToList()),
            "validate" => throw new ArgumentException("validate needs at least one .ipynb file."),
            "student" => CourseCommands.ParseStudent(args.Skip(1).ToList()),
            "grade" => CourseCommands.ParseGrade(args.Skip(1).ToList()),
            "spurious-minima" => ExperimentCommand.ParseSpuriousMinima(args.Skip(1).ToList()),
            "simple-tasks" => ExperimentCommand.ParseSimpleTasks(args.Skip(1).ToList()),
            _ => throw new ArgumentException($"Unknown command \"{args[0]}\"."),
        };
    }

    private static RunCommand ParseRun(List<string> args)
    {
        var inputs = new List<string>();
        string output = DefaultOutput;
        TimeSpan limit = NotebookRunOptions.DefaultCellTimeLimit;
        int parallel = Environment.ProcessorCount;
        bool student = false;
        bool force = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out":
                    output = Value(args, ref i);
                    break;
                case "--cell-timeout":
                    limit = ParseCellTimeout(Value(args, ref i));
                    break;
                case "--edition":
                    string edition = Value(args, ref i);
                    student = edition switch
                    {
                        "student" => true,
                        "instructor" => false,
                        _ => throw new ArgumentException($"--edition must be instructor or student, but was \"{edition}\"."),
                    };
                    break;
                case "--parallel":
                    string count = Value(args, ref i);
                    if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out parallel) || parallel is < 1 or > MaxParallel)
                        throw new ArgumentException($"--parallel must be a whole number from 1 to {MaxParallel}, but was \"{count}\".");
                    break;
                case "--force":
                    force = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new ArgumentException($"Unknown option \"{option}\".");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }
        if (inputs.Count == 0) inputs.Add(DefaultInput);
        return new RunCommand(new NotebookRunOptions(inputs, output, limit, parallel, force, student));
    }

    /// <summary>A --cell-timeout value: a positive number of seconds, at most <see cref="MaxCellTimeoutSeconds"/>.</summary>
    public static TimeSpan ParseCellTimeout(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || !(seconds > 0) || double.IsInfinity(seconds))
            throw new ArgumentException($"--cell-timeout must be a positive number of seconds, but was \"{text}\".");
        if (seconds > MaxCellTimeoutSeconds)
            throw new ArgumentException($"--cell-timeout must be at most {MaxCellTimeoutSeconds} seconds (one day), but was \"{text}\".");
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>The value after option args[i]; an option without one is an error.</summary>
    internal static string Value(List<string> args, ref int i)
    {
        if (i + 1 >= args.Count) throw new ArgumentException($"{args[i]} needs a value.");
        return args[++i];
    }
}
