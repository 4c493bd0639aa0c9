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
            return ExitNow(2);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write the site: {e.Message}");
            return ExitNow(2);
        }
        int passed = summary.Results.Count(r => r.Status == NotebookStatus.Passed);
        Console.WriteLine($"\n{passed} of {summary.Results.Count} notebooks ran without error.");
        Console.WriteLine($"Open the site: {summary.SiteIndex}");
        return ExitNow(summary.ExitCode);

    case StudentCommand student:
        return CourseCommandHandlers.WriteStudentEdition(student);

    case GradeCommand grade:
        return await CourseCommandHandlers.GradeAsync(grade);

    case SpuriousMinimaCommand spuriousMinima:
        return ExperimentCommandHandlers.RunSpuriousMinima(spuriousMinima);
    case SimpleTasksCommand simpleTasks:
        return ExperimentCommandHandlers.RunSimpleTasks(simpleTasks);

    case ValidateCommand validate:
        // 0: every file conforms; 1: a file runs but does not conform; 2: the runner would refuse a file.
        int worst = 0;
        foreach (string file in validate.Files)
        {
            var (code, problems) = NotebookCheck.Check(file);
            worst = Math.Max(worst, code);
            Console.WriteLine(problems.Count == 0 ? $"✔ {file}: conforms to nbformat 4.5" : $"✘ {file}:\n  " + string.Join("\n  ", problems));
        }
        return worst;

    default:
        return 2;
}

static int ExitNow(int code)
{
    Console.Out.Flush();
    Console.Error.Flush();
    return code;
}
