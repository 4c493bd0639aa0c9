using System.Reflection;
using Plotly.NET;
using TeachingKit.Notebooks.IO;

namespace TeachingKit.Notebooks.Site;

/// <summary>
/// The files every page needs, written beside the pages so the site works with no network:
/// the page script and style, KaTeX for LaTeX, and plotly.js (taken from the Plotly.NET
/// assembly, which embeds the exact plotly.js version it targets).
/// </summary>
public static class SiteAssets
{
    private const string ResourcePrefix = "Site/";

    /// <summary>The page-relative path of plotly.js.</summary>
    public static string PlotlyScript => $"assets/plotly-{Globals.PLOTLYJS_VERSION}.min.js";

    /// <summary>Writes every asset under the site's assets/ folder.</summary>
    public static void Write(SiteFolder site)
    {
        var own = typeof(SiteAssets).Assembly;
        foreach (string name in own.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
            site.Write(Path.Combine("assets", name[ResourcePrefix.Length..]), Read(own, name));

        var plotly = typeof(GenericChart).Assembly;
        string plotlyResource = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
        site.Write(PlotlyScript, Read(plotly, plotlyResource));
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
