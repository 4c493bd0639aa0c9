using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TeachingKit.Kernel.Engine;

/// <summary>Turns an XML documentation comment into the plain text a front end shows on inspection.</summary>
internal static partial class DocumentationText
{
    /// <summary>The text of the &lt;summary&gt; element, with cref and paramref references as names, or null.</summary>
    public static string? Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml)) return null;
        XElement root;
        try { root = XElement.Parse(xml); }
        catch (System.Xml.XmlException) { return null; }
        var summary = root.Descendants("summary").FirstOrDefault();
        if (summary is null) return null;
        string text = string.Concat(summary.Nodes().Select(Text));
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string Text(XNode node) => node switch
    {
        XText t => t.Value,
        XElement { Name.LocalName: "see" or "seealso" } e => ShortName(e.Attribute("cref")?.Value ?? e.Attribute("langword")?.Value ?? e.Value),
        XElement { Name.LocalName: "paramref" or "typeparamref" } e => e.Attribute("name")?.Value ?? "",
        XElement e => string.Concat(e.Nodes().Select(Text)),
        _ => "",
    };

    // "M:TeachingKit.Optimization.Optimize.Run(...)" → "Optimize.Run"
    private static string ShortName(string cref)
    {
        string name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        int paren = name.IndexOf('(');
        if (paren >= 0) name = name[..paren];
        var parts = name.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : name;
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
