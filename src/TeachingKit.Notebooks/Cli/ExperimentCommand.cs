namespace TeachingKit.Notebooks.Cli;

/// <summary><c>spurious-minima [--table 1|2|all] [--runs N] [--seed S] [--out FILE]</c>: Safran &amp; Shamir's tables.</summary>
public sealed record SpuriousMinimaCommand(string Table, int Runs, int Seed, string OutputFile) : Command;

/// <summary><c>simple-tasks [--runs N] [--seed S] [--out FILE]</c>: the lecture's XOR / Jellyfish table (Swirszcz et al. 2016).</summary>
public sealed record SimpleTasksCommand(int Runs, int Seed, string OutputFile) : Command;

/// <summary>Parses the experiment commands: long computations behind a notebook's small defaults.</summary>
public static class ExperimentCommand
{
    public static readonly string DefaultOutput = Path.Combine("artifacts", "spurious-minima.csv");

    /// <summary>Where <c>simple-tasks</c> writes by default.</summary>
    public static readonly string DefaultSimpleTasksOutput = Path.Combine("artifacts", "simple-tasks.csv");

    /// <summary>The most runs per row: 10⁶ (the paper used 1,000).</summary>
    public const int MaxRuns = 1_000_000;

    public const string Usage = """
          TeachingKit.Notebooks spurious-minima [--table 1|2|all] [--runs N] [--seed S] [--out FILE]
              Runs Safran & Shamir's experiment (notebook 07) on every core: N gradient-descent runs
              (default 1000) per row of Table 1 (n = k = 6..20), Table 2 (n = k + 1, k + 2) or both
              (default 1), and writes one CSV line per row as it finishes to FILE (default
              artifacts/spurious-minima.csv). Build with -c Release for the published timings.
          TeachingKit.Notebooks simple-tasks [--runs N] [--seed S] [--out FILE]
              Runs the lecture's XOR / Jellyfish table (notebook 07): N training runs (default 100) for
              each task, h = 2..7, ReLU and sigmoid, Adam and gradient descent, and writes one CSV line
              per cell with the lecture's share from data/swirszcz-2016-xor-jellyfish.csv (run it from the
              repository's root) to FILE (default artifacts/simple-tasks.csv).
        """;

    public static Command ParseSpuriousMinima(List<string> args)
    {
        string table = "1", output = DefaultOutput;
        int runs = 1000, seed = 1;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--table":
                    table = CommandLine.Value(args, ref i);
                    if (table is not ("1" or "2" or "all")) throw new ArgumentException($"--table must be 1, 2 or all, but was \"{table}\".");
                    break;
                case "--runs": runs = CourseCommands.Whole(args[i], CommandLine.Value(args, ref i), 1, MaxRuns); break;
                case "--seed": seed = CourseCommands.Whole(args[i], CommandLine.Value(args, ref i), 0, int.MaxValue); break;
                case "--out": output = CommandLine.Value(args, ref i); break;
                default: throw new ArgumentException($"Unknown option \"{args[i]}\".");
            }
        }
        return new SpuriousMinimaCommand(table, runs, seed, output);
    }

    public static Command ParseSimpleTasks(List<string> args)
    {
        string output = DefaultSimpleTasksOutput;
        int runs = 100, seed = 1;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = CourseCommands.Whole(args[i], CommandLine.Value(args, ref i), 1, MaxRuns); break;
                case "--seed": seed = CourseCommands.Whole(args[i], CommandLine.Value(args, ref i), 0, int.MaxValue); break;
                case "--out": output = CommandLine.Value(args, ref i); break;
                default: throw new ArgumentException($"Unknown option \"{args[i]}\".");
            }
        }
        return new SimpleTasksCommand(runs, seed, output);
    }
}
