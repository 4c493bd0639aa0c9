using TeachingKit.Notebooks.Cli;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;

// The headless notebook runner: see CommandLine.Usage.
Command command;
try
{
    command = CommandLine.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}\n\n{CommandLine.Usage}");
    return 2;
}

switch (command)
{
    case RunCommand run:
        RunSummary summary;
        try
        {
            summary = await new NotebookRunner(Console.Out).RunAsync(run.Options);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        int passed = summary.Results.Count(r => r.Status == NotebookStatus.Passed);
        Console.WriteLine($"\n{passed} of {summary.Results.Count} notebooks ran without error.");
        Console.WriteLine($"Open the site: {summary.SiteIndex}");
        // Exit explicitly: a cell stopped by the time limit may still be running on its own thread.
        Console.Out.Flush();
        Environment.Exit(summary.ExitCode);
        return summary.ExitCode;

    case ValidateCommand validate:
        int invalid = 0;
        foreach (string file in validate.Files)
        {
            var problems = File.Exists(file) ? NbformatValidator.Validate(File.ReadAllText(file)) : [$"no such file"];
            invalid += problems.Count > 0 ? 1 : 0;
            Console.WriteLine(problems.Count == 0 ? $"✔ {file}: conforms to nbformat 4.5" : $"✘ {file}:\n  " + string.Join("\n  ", problems));
        }
        return invalid == 0 ? 0 : 1;

    default:
        return 2;
}
