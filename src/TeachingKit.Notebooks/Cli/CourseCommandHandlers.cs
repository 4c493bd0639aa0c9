using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Grading;
using TeachingKit.Notebooks.IO;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;

namespace TeachingKit.Notebooks.Cli;

/// <summary>Carries out the lecturer's commands and maps their outcome to an exit code.</summary>
public static class CourseCommandHandlers
{
    /// <summary>Writes the student edition of every notebook; 0 when all were written, 2 on bad input.</summary>
    public static int WriteStudentEdition(StudentCommand command)
    {
        try
        {
            var files = NotebookRunner.ResolveInputs(command.Inputs);
            Directory.CreateDirectory(command.OutputDirectory);
            foreach (string file in files)
            {
                string target = Path.GetFullPath(Path.Combine(command.OutputDirectory, Path.GetFileName(file)));
                if (string.Equals(target, Path.GetFullPath(file), StringComparison.Ordinal))
                    throw new ArgumentException($"The student edition of \"{file}\" would overwrite the notebook itself. Choose another --out.");
                AtomicFile.WriteAllText(target, NotebookWriter.ToConformingJson(StudentEdition.Of(NotebookReader.Read(file))));
                Console.WriteLine($"✔ {target}");
            }
            Console.WriteLine($"\nThe student edition of {files.Count} notebooks is in {Path.GetFullPath(command.OutputDirectory)}");
            return 0;
        }
        catch (NotebookFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    /// <summary>Grades the submissions; 0 when every submission ran in full, 1 when one could not be graded in full (not a notebook, not the course's, a missing check cell, cells not reached), 2 on bad input.</summary>
    public static async Task<int> GradeAsync(GradeCommand command)
    {
        GradingSummary summary;
        try { summary = await new Grader(Console.Out).GradeAsync(command.Options); }
        catch (Exception e) when (e is ArgumentException or NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        Console.WriteLine($"\n{summary.Rows.Count} rows in {summary.CsvPath}\nOpen the report: {summary.ReportPath}");
        return summary.Rows.Any(r => r.Status is "not-run" or "missing-cell" or "invalid-notebook" or "unknown-notebook") ? 1 : 0;
    }
}
