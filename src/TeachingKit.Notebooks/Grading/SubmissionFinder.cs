namespace TeachingKit.Notebooks.Grading;

/// <summary>Finds the submissions named on the command line and says whose each is.</summary>
/// <remarks>
/// A file given by name belongs to the student its file name names (alice.ipynb → alice). In a folder, each
/// .ipynb directly inside is named the same way, and each subfolder is one student whose .ipynb files are theirs
/// (submissions/alice/04-momentum.ipynb → alice), as nbgrader's submitted/ folder is laid out.
/// </remarks>
public static class SubmissionFinder
{
    /// <exception cref="ArgumentException">An input is neither a file nor a folder, or holds no .ipynb file.</exception>
    public static IReadOnlyList<Submission> Find(IReadOnlyList<string> inputs)
    {
        var found = new List<Submission>();
        foreach (string input in inputs)
        {
            if (File.Exists(input)) found.Add(new Submission(Path.GetFileNameWithoutExtension(input), Path.GetFullPath(input)));
            else if (Directory.Exists(input))
            {
                int before = found.Count;
                found.AddRange(Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal)
                    .Select(f => new Submission(Path.GetFileNameWithoutExtension(f), Path.GetFullPath(f))));
                foreach (string student in Directory.GetDirectories(input).Order(StringComparer.Ordinal))
                    found.AddRange(Directory.GetFiles(student, "*.ipynb").Order(StringComparer.Ordinal)
                        .Select(f => new Submission(Path.GetFileName(student), Path.GetFullPath(f))));
                if (found.Count == before) throw new ArgumentException($"The folder \"{input}\" holds no .ipynb submission.", nameof(inputs));
            }
            else throw new ArgumentException($"No submission or folder at \"{input}\".", nameof(inputs));
        }
        return found;
    }
}
