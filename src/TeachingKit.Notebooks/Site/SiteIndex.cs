using TeachingKit.Notebooks.IO;
using TeachingKit.Notebooks.Runner;

namespace TeachingKit.Notebooks.Site;

/// <summary>
/// The index of one run, rewritten whenever it changes: first every notebook "not run yet", then each result as its
/// notebook ends, and at last marked complete. A run that dies leaves an index that says it did not finish, never
/// the results of an earlier run.
/// </summary>
public sealed class SiteIndex
{
    private readonly object _lock = new();
    private readonly SiteFolder _site;
    private readonly IReadOnlyList<string> _files;
    private readonly NotebookResult?[] _ended;

    /// <summary>Writes the index of a run of <paramref name="files"/> that has just begun.</summary>
    public SiteIndex(SiteFolder site, IReadOnlyList<string> files)
    {
        _site = site;
        _files = files;
        _ended = new NotebookResult?[files.Count];
        Write(complete: false);
    }

    /// <summary>Records that the notebook at position <paramref name="index"/> ended.</summary>
    public void Ended(int index, NotebookResult result)
    {
        lock (_lock)
        {
            _ended[index] = result;
            Write(complete: false);
        }
    }

    /// <summary>Marks the run complete.</summary>
    public void Complete()
    {
        lock (_lock) Write(complete: true);
    }

    private void Write(bool complete) => _site.Write(SiteLayout.IndexFileName, PageRenderer.IndexPage(_files, _ended, complete));
}
