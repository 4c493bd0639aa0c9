namespace TeachingKit.Notebooks.Model;

/// <summary>An .ipynb file that cannot be read as an nbformat 4 notebook.</summary>
public sealed class NotebookFormatException : Exception
{
    public NotebookFormatException(string path, string problem, Exception? inner = null)
        : base($"{System.IO.Path.GetFileName(path)}: not a valid notebook: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The file that could not be read.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
