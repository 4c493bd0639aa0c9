using System.Collections;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Reflection;
using System.Text;

namespace TeachingKit.Kernel.Formatting;

/// <summary>HTML tables for matrices and for sequences of records, with every cell HTML-escaped.</summary>
public static class HtmlTable
{
    /// <summary>Rows shown before a table is cut with a "… more rows" note.</summary>
    public const int MaxRows = 200;

    /// <summary>
    /// A table with a header row and rows of cells. <paramref name="totalRows"/> &gt; rows shown adds
    /// "… N more rows"; null (a sequence cut before its end, length unknown) adds "… more rows".
    /// </summary>
    public static string Build(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, int? totalRows, string cssClass)
    {
        var html = new StringBuilder($"<table class=\"{cssClass}\"><thead><tr>");
        foreach (var h in header) html.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        int shown = 0;
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
                html.Append(IsNumber(cell) ? "<td class=\"num\">" : "<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            html.Append("</tr>");
            shown++;
        }
        html.Append("</tbody></table>");
        if (totalRows is null)
            html.Append($"<p class=\"table-note\">… more rows (only the first {shown} are read)</p>");
        else if (totalRows > shown)
            html.Append($"<p class=\"table-note\">… {totalRows - shown} more rows</p>");
        return html.ToString();
    }

    // Numbers are right-aligned so that their digits line up; text stays left-aligned.
    private static bool IsNumber(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>Is <paramref name="value"/> shown as a single table cell rather than by its properties?</summary>
    public static bool IsScalar(object? value) =>
        value is null or string or char or bool or decimal or BigInteger or Enum or DateTime or TimeSpan or Guid
        || value.GetType().IsPrimitive;

    /// <summary>A cell's text: numbers in invariant culture, doubles to 10 significant digits, short lists inline, null as "—".</summary>
    public static string CellText(object? value) => value switch
    {
        null => "—",
        double d => d.ToString("G10", CultureInfo.InvariantCulture),
        float f => f.ToString("G7", CultureInfo.InvariantCulture),
        IFormattable formattable when IsScalar(value) => formattable.ToString(null, CultureInfo.InvariantCulture),
        string s => s,
        IEnumerable sequence => InlineList(sequence),
        _ => value.ToString() ?? "",
    };

    /// <summary>The public instance properties (or, for tuples, fields) that become columns.</summary>
    public static IReadOnlyList<MemberInfo> Columns(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Cast<MemberInfo>().ToList();
        if (properties.Count > 0) return properties;
        return type.GetFields(BindingFlags.Public | BindingFlags.Instance).Cast<MemberInfo>().ToList();
    }

    /// <summary>The value of a column member on an item.</summary>
    public static object? Read(MemberInfo member, object item) => member switch
    {
        PropertyInfo p => p.GetValue(item),
        FieldInfo f => f.GetValue(item),
        _ => null,
    };

    private static string InlineList(IEnumerable sequence)
    {
        var items = sequence.Cast<object?>().Take(9).Select(CellText).ToList();
        return "[" + string.Join(", ", items.Take(8)) + (items.Count > 8 ? ", …" : "") + "]";
    }
}
