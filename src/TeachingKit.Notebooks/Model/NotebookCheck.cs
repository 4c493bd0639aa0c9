using TeachingKit.Notebooks.IO;

namespace TeachingKit.Notebooks.Model;

/// <summary>What <c>validate</c> says of one file: the exit code it earns and the lines to print.</summary>
/// <param name="ExitCode">0 conforms to nbformat 4.5; 1 runs but does not conform; 2 the runner refuses it.</param>
/// <param name="Problems">Empty when it conforms.</param>
public sealed record NotebookVerdict(int ExitCode, IReadOnlyList<string> Problems);

/// <summary>
/// The <c>validate</c> command's check of one file. A file the runner would refuse gets exactly the runner's
/// message (read with the same <see cref="NotebookReader"/>), so <c>run</c> and <c>validate</c> never disagree on
/// whether a file is a notebook; a notebook the runner accepts is then checked against the stricter nbformat 4.5 rules
/// (a 4.4 notebook runs, and its executed copy conforms, but the file itself does not).
/// </summary>
public static class NotebookCheck
{
    /// <summary>Checks the file at <paramref name="path"/>; never throws for a bad file.</summary>
    public static NotebookVerdict Check(string path)
    {
        byte[] bytes;
        try
        {
            bytes = NotebookFile.ReadAllBytes(path);
            NotebookReader.Parse(path, bytes);
        }
        catch (NotebookFormatException e)
        {
            return new NotebookVerdict(2, [$"not a valid notebook: {e.Problem}"]);
        }
        var problems = NbformatValidator.Validate(bytes);
        return new NotebookVerdict(problems.Count > 0 ? 1 : 0, problems);
    }
}
