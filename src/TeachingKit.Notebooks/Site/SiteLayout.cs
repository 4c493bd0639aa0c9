using System.Text.RegularExpressions;
using TeachingKit.Notebooks.IO;

namespace TeachingKit.Notebooks.Site;

/// <summary>The names of the site's files, chosen so that no notebook's page is the site's own file, and no file of the site is an input.</summary>
public static partial class SiteLayout
{
    /// <summary>The site's index page.</summary>
    public const string IndexFileName = "index.html";

    /// <summary>
    /// The file name of the page of the notebook at <paramref name="notebookPath"/> (beside index.html): its name with
    /// .html, except that "index" and "index_…_" (any case) get one more "_", so index.ipynb's page is index_.html and
    /// no two notebooks share a page (the mapping is one-to-one).
    /// </summary>
    public static string PageFileName(string notebookPath)
    {
        string stem = Path.GetFileNameWithoutExtension(notebookPath);
        return (IndexLike().IsMatch(stem) ? stem + "_" : stem) + ".html";
    }

    /// <summary>Refuses a run in which a file of the site, once every link is resolved, is one of the input notebooks.</summary>
    /// <exception cref="ArgumentException">Names the site's file, the notebook it would overwrite and the real path they share.</exception>
    public static void RefuseOverwritingInputs(IReadOnlyList<string> files, string outputDirectory)
    {
        var inputs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string file in files) inputs.TryAdd(RealPath.Of(file), file);
        string site = Path.GetFullPath(outputDirectory);
        var written = files.SelectMany(f => new[]
        {
            ($"the executed copy of \"{f}\"", Path.Combine(site, "executed", Path.GetFileName(f))),
            ($"the page of \"{f}\"", Path.Combine(site, PageFileName(f))),
        }).Append(("the site's index", Path.Combine(site, IndexFileName)))
          .Append(("the site's marker", Path.Combine(site, SiteFolder.MarkerFileName)))
          .Append(("the site's lock", Path.Combine(site, SiteFolder.LockFileName)));
        foreach (var (what, path) in written)
        {
            string real = RealPath.Of(path);
            if (inputs.TryGetValue(real, out string? input))
                throw new ArgumentException(
                    $"{char.ToUpperInvariant(what[0])}{what[1..]} would overwrite the input notebook \"{input}\": \"{path}\" is \"{real}\" " +
                    "once links are resolved. Choose another output folder (--out).", nameof(files));
        }
    }

    [GeneratedRegex("^index_*$", RegexOptions.IgnoreCase)]
    private static partial Regex IndexLike();
}
