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

    case ValidateCommand validate:
        // 0: every file conforms; 1: a file is JSON but does not conform; 2: a file is missing or not JSON.
        int worst = 0;
        foreach (string file in validate.Files)
        {
            var (readable, problems) = ValidateFile(file);
            worst = Math.Max(worst, !readable ? 2 : problems.Count > 0 ? 1 : 0);
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

// Whether the file could be read as JSON at all, and its nbformat 4.5 problems.
static (bool Readable, IReadOnlyList<string> Problems) ValidateFile(string file)
{
    string text;
    try { text = File.ReadAllText(file); }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return (false, [$"cannot read the file: {e.Message}"]); }
    try { System.Text.Json.Nodes.JsonNode.Parse(text); }
    catch (System.Text.Json.JsonException e) { return (false, [$"not JSON: {e.Message}"]); }
    return (true, NbformatValidator.Validate(text));
}
