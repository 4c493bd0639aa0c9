using System.Collections;
using System.Globalization;
using System.Reflection;
using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;
using TeachingKit.Kernel.Engine;

namespace TeachingKit.Kernel.Formatting;

/// <summary>
/// Formats a value for a notebook output as a MIME bundle: always text/plain, and text/html for
/// charts, matrices, vectors, tables of records and objects that render themselves.
/// </summary>
/// <remarks>
/// Rules, in order: a Plotly.NET chart → text/html, and application/vnd.plotly.v1+json (data and layout)
/// unless it is animated (the plotly MIME renderers drop frames); a string → text; an object with a public
/// <c>IReadOnlyDictionary&lt;string, string&gt; ToMimeBundle()</c> (exercise verdicts) → that bundle; an
/// object with a public <c>string ToHtml()</c> → that HTML; a MathNet matrix or vector → table; a sequence
/// → table of its items' properties (or of the items when they are scalars); anything else → ToString().
/// The two self-rendering methods are an extension point: code that defines them chooses its own HTML,
/// which front ends and the site insert as it is (see the README on trust).
/// </remarks>
public sealed class ValueFormatter(string idPrefix)
{
    private const string Plain = MimeTypes.Plain;
    private const string Html = MimeTypes.Html;
    private int _charts;

    /// <summary>The mime bundle of <paramref name="value"/>.</summary>
    public IReadOnlyDictionary<string, string> Format(object? value) => value switch
    {
        null => Text("null"),
        GenericChart chart => Chart(PlotlyHtml.FigureJson(chart)),
        Figure figure => Chart(PlotlyHtml.FigureJson(figure)),
        string s => Text(s),
        _ when SelfRenderingBundle(value) is { } bundle => bundle,
        _ when SelfRenderingHtml(value) is { } html => new Dictionary<string, string> { [Html] = html, [Plain] = PlainText(value) },
        Matrix<double> matrix => Table(MatrixTable(matrix), matrix.ToString()),
        Vector<double> vector => Table(VectorTable(vector), vector.ToString()),
        IEnumerable sequence when !HtmlTable.IsScalar(value) => SequenceTable(sequence, value),
        _ => Text(PlainText(value)),
    };

    private Dictionary<string, string> Chart(System.Text.Json.Nodes.JsonObject figure)
    {
        string id = $"chart-{Slug(idPrefix)}-{Interlocked.Increment(ref _charts)}";
        var bundle = new Dictionary<string, string> { [Html] = PlotlyHtml.Fragment(figure, id), [Plain] = PlotlyHtml.PlainText(figure) };
        if (PlotlyHtml.MimeJson(figure) is { } json) bundle[MimeTypes.Plotly] = json;
        return bundle;
    }

    private static Dictionary<string, string> Text(string text) => new() { [Plain] = text };

    private static Dictionary<string, string> Table(string html, string plain) => new() { [Html] = html, [Plain] = plain };

    private static string PlainText(object value) =>
        value is IFormattable f && HtmlTable.IsScalar(value) ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? "";

    private static Dictionary<string, string>? SelfRenderingBundle(object value)
    {
        var method = value.GetType().GetMethod("ToMimeBundle", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        if (method is null || !typeof(IReadOnlyDictionary<string, string>).IsAssignableFrom(method.ReturnType)) return null;
        if (method.Invoke(value, null) is not IReadOnlyDictionary<string, string> given) return null;
        var bundle = given.ToDictionary(p => p.Key, p => p.Value);
        if (!bundle.ContainsKey(Plain)) bundle[Plain] = PlainText(value);
        return bundle;
    }

    private static string? SelfRenderingHtml(object value)
    {
        var method = value.GetType().GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return method?.ReturnType == typeof(string) ? (string?)method.Invoke(value, null) : null;
    }

    private static string MatrixTable(Matrix<double> m)
    {
        var header = new[] { "" }.Concat(Enumerable.Range(0, m.ColumnCount).Select(j => j.ToString(CultureInfo.InvariantCulture))).ToList();
        var rows = Enumerable.Range(0, Math.Min(m.RowCount, HtmlTable.MaxRows)).Select(i =>
            (IReadOnlyList<string>)new[] { i.ToString(CultureInfo.InvariantCulture) }
                .Concat(Enumerable.Range(0, m.ColumnCount).Select(j => HtmlTable.CellText(m[i, j]))).ToList());
        return HtmlTable.Build(header, rows, m.RowCount, "matrix");
    }

    private static string VectorTable(Vector<double> v)
    {
        var rows = Enumerable.Range(0, Math.Min(v.Count, HtmlTable.MaxRows))
            .Select(i => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), HtmlTable.CellText(v[i])]);
        return HtmlTable.Build(["index", "value"], rows, v.Count, "vector");
    }

    /// <summary>
    /// A table of the first <see cref="HtmlTable.MaxRows"/> items. Only MaxRows + 1 items are
    /// read, so a lazy or endless sequence (an iterator with <c>yield return</c>) cannot hang the
    /// runner; the total is named only when the sequence knows its count (a collection).
    /// </summary>
    private static Dictionary<string, string> SequenceTable(IEnumerable sequence, object value)
    {
        var items = new List<object?>();
        bool more = false;
        foreach (var item in sequence)
        {
            if (items.Count == HtmlTable.MaxRows) { more = true; break; }
            items.Add(item);
        }
        int? total = value is ICollection collection ? collection.Count : more ? null : items.Count;
        string plain = PlainSequence(items, more, total);
        if (items.Count == 0) return Text(plain);
        if (items.All(HtmlTable.IsScalar))
        {
            var scalarRows = items.Select((item, i) => (IReadOnlyList<string>)[i.ToString(CultureInfo.InvariantCulture), HtmlTable.CellText(item)]);
            return Table(HtmlTable.Build(["index", "value"], scalarRows, total, "sequence"), plain);
        }
        var type = ElementType(value) ?? items.First(i => i is not null)!.GetType();
        var columns = HtmlTable.Columns(type);
        var rows = items.Select(item => (IReadOnlyList<string>)columns
            .Select(c => item is null ? "null" : HtmlTable.CellText(HtmlTable.Read(c, item))).ToList());
        return Table(HtmlTable.Build(columns.Select(c => c.Name).ToList(), rows, total, "records"), plain);
    }

    /// <summary>The first 20 items; "… (N items)" when there are more and N is known, "…" when it is not.</summary>
    private static string PlainSequence(List<object?> items, bool more, int? total) =>
        "[" + string.Join(", ", items.Take(20).Select(i => i is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : i?.ToString() ?? "null"))
        + (total is int n ? (n > 20 ? $", … ({n} items)" : "") : more || items.Count > 20 ? ", …" : "") + "]";

    /// <summary>T of IEnumerable&lt;T&gt; when T is a concrete record/class (so columns are known even for mixed items).</summary>
    private static Type? ElementType(object value)
    {
        var enumerable = value.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        var element = enumerable?.GetGenericArguments()[0];
        return element is null || element == typeof(object) || element.IsInterface || element.IsAbstract ? null : element;
    }

    private static string Slug(string text) =>
        new string(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
