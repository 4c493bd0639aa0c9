using System.Globalization;
using System.Net;
using System.Text;
using Markdig;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;

namespace TeachingKit.Notebooks.Site;

/// <summary>
/// Renders an executed notebook as one HTML page: markdown through Markdig (LaTeX left for KaTeX
/// in the browser), code with its outputs. Text outputs are always HTML-escaped; only the
/// text/html that the runner's formatter produced is inserted as HTML.
/// </summary>
public static class PageRenderer
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The file name of the page of the notebook at <paramref name="notebookPath"/>: see <see cref="SiteLayout.PageFileName"/>.</summary>
    public static string PageFileName(string notebookPath) => SiteLayout.PageFileName(notebookPath);

    /// <summary>The page of one notebook.</summary>
    public static string NotebookPage(NotebookResult result)
    {
        using var page = new StringWriter();
        WriteNotebookPage(result, page);
        return page.ToString();
    }

    /// <summary>Writes the page of one notebook to <paramref name="page"/> as it is made (a page can be as large as the notebook's markdown).</summary>
    public static void WriteNotebookPage(NotebookResult result, TextWriter page)
    {
        var notebook = result.Notebook ?? throw new ArgumentException("A malformed notebook has no page.", nameof(result));
        page.Write(LayoutHead(notebook.Title));
        page.Write($"<nav class=\"top\"><a href=\"index.html\">← All notebooks</a>");
        page.Write($"<a href=\"executed/{Href(notebook.FileName)}\">Executed notebook (.ipynb)</a></nav>\n");
        if (result.Failure is { } failure)
            page.Write($"<div class=\"banner-failed\">This notebook stopped with an error: {Encode(failure.Describe(notebook.FileName))}</div>\n");

        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            switch (cell.Type)
            {
                case CellType.Markdown:
                    page.Write("<section class=\"markdown\">");
                    WriteMarkdown(cell.Source, page);
                    page.Write("</section>\n");
                    break;
                case CellType.Code:
                    page.Write(CodeCell(cell, i + 1, result));
                    break;
                case CellType.Raw:
                    page.Write("<pre class=\"raw\">");
                    page.Write(Encode(cell.Source));
                    page.Write("</pre>\n");
                    break;
            }
        }
        page.Write(LayoutTail);
    }

    /// <summary>The index page of a finished run: every notebook with its title, status and run time.</summary>
    public static string IndexPage(IReadOnlyList<NotebookResult> results) =>
        IndexPage(results.Select(r => r.Path).ToList(), results.ToArray(), complete: true);

    /// <summary>The index page of a run of <paramref name="files"/>, where <paramref name="ended"/> holds the results so far (null: not ended).</summary>
    public static string IndexPage(IReadOnlyList<string> files, IReadOnlyList<NotebookResult?> ended, bool complete)
    {
        var body = new StringBuilder("<h1>Loss landscapes and optimization — notebooks</h1>\n");
        int done = ended.Count(r => r is not null);
        body.Append(complete
            ? $"<p class=\"run-complete\">This run is complete: {done} of {files.Count} notebooks.</p>\n"
            : $"<p class=\"run-incomplete\">This run has not finished: {done} of {files.Count} notebooks have ended. If no runner is " +
              "writing this folder any more, the run was stopped and the others never ran.</p>\n");
        body.Append("<table class=\"index\"><thead><tr><th>Notebook</th><th>File</th><th>Status</th><th>Run time</th></tr></thead><tbody>\n");
        for (int i = 0; i < files.Count; i++)
        {
            string name = Path.GetFileName(files[i]);
            var r = ended[i];
            string title = r?.Notebook is { } nb ? $"<a href=\"{Href(PageFileName(nb.Path))}\">{Encode(nb.Title)}</a>" : Encode(name);
            string status = r?.Status switch
            {
                null => "<span class=\"status-pending\">… not run yet</span>",
                NotebookStatus.Passed => "<span class=\"status-passed\">✔ ran</span>",
                NotebookStatus.Failed => $"<span class=\"status-failed\">✘ failed at cell {r.Failure!.CellNumber}</span>",
                _ => $"<span class=\"status-failed\">✘ not a valid notebook: {Encode(r.FormatError ?? "")}</span>",
            };
            string time = r is null || r.Status == NotebookStatus.Malformed ? "—" : $"{r.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
            body.Append($"<tr><td>{title}</td><td><code>{Encode(name)}</code></td><td>{status}</td><td>{time}</td></tr>\n");
        }
        body.Append("</tbody></table>\n");
        return Layout("Notebooks", body.ToString());
    }

    private static string CodeCell(Cell cell, int cellNumber, NotebookResult result)
    {
        var html = new StringBuilder("<div class=\"code-cell\">");
        string prompt = cell.ExecutionCount is int n ? $"In [{n}]" : "In [ ]";
        html.Append($"<div class=\"prompt\">{prompt} · cell {cellNumber}</div>");
        html.Append("<pre class=\"source\"><code class=\"language-csharp\">").Append(Encode(cell.Source)).Append("</code></pre>");
        if (cell.ExecutionCount is null && result.Failure is { } failure && cellNumber > failure.CellNumber)
            html.Append($"<p class=\"not-run\">Not run: the notebook stopped at cell {failure.CellNumber}.</p>");
        foreach (var output in cell.Outputs) html.Append("<div class=\"output\">").Append(Output(output)).Append("</div>");
        return html.Append("</div>\n").ToString();
    }

    private static string Output(CellOutput output) => output switch
    {
        StreamOutput s => LongText(s.Name == "stderr" ? "stderr" : "stdout", s.Text),
        DisplayOutput d when d.Data.TryGetValue("text/html", out var html) => html,
        DisplayOutput d => LongText("text", d.Data.GetValueOrDefault("text/plain", "")),
        ErrorOutput e => $"<pre class=\"error\">{Encode(string.Join("\n", e.Traceback))}</pre>",
        _ => "",
    };

    /// <summary>Most lines of one text output a page shows; the executed .ipynb keeps them all.</summary>
    public const int MaxOutputLines = 1000;

    /// <summary>
    /// A text output, escaped; beyond <see cref="MaxOutputLines"/> lines only the first are shown with
    /// a note, so a cell printing 100 000 lines leaves the page small and usable.
    /// </summary>
    private static string LongText(string cssClass, string text)
    {
        int end = -1, lines = 0;
        while (lines < MaxOutputLines && (end = text.IndexOf('\n', end + 1)) >= 0) lines++;
        if (lines >= MaxOutputLines && end >= 0 && end < text.Length - 1)
        {
            int hidden = text.AsSpan(end + 1).Count('\n') + (text.EndsWith('\n') ? 0 : 1);
            return Shown(cssClass, text[..(end + 1)], $"{hidden.ToString("N0", CultureInfo.InvariantCulture)} more lines");
        }
        // A few giant lines are as bad as many lines: the page shows the first characters of such an output.
        if (text.Length > MaxOutputCharacters)
            return Shown(cssClass, text[..MaxOutputCharacters], $"{(text.Length - MaxOutputCharacters).ToString("N0", CultureInfo.InvariantCulture)} more characters");
        return $"<pre class=\"{cssClass}\">{Encode(text)}</pre>";
    }

    /// <summary>Most characters of one text output a page shows (after the line limit); the executed .ipynb keeps them all.</summary>
    public const int MaxOutputCharacters = 200_000;

    private static string Shown(string cssClass, string shown, string hidden) =>
        $"<pre class=\"{cssClass}\">{Encode(shown)}</pre>" +
        $"<p class=\"output-truncated\">… {hidden} not shown here; the executed notebook (.ipynb) has the whole output.</p>";

    private static string Layout(string title, string body) => LayoutHead(title) + body + LayoutTail;

    private static string LayoutHead(string title) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Encode(title)}</title>
        <script src="assets/site.js"></script>
        <link rel="stylesheet" href="assets/site.css">
        <link rel="stylesheet" href="assets/katex/katex.min.css">
        <script src="assets/katex/katex.min.js"></script>
        <script src="assets/katex/contrib/auto-render.min.js"></script>
        <script src="{SiteAssets.PlotlyScript}"></script>
        </head>
        <body>

        """;

    private const string LayoutTail = "\n</body>\n</html>\n";

    private static void WriteMarkdown(string markdown, TextWriter writer)
    {
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Markdown.Setup(renderer);
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Mathematics.HtmlMathInlineRenderer>(new MathInlineRenderer());
        renderer.Render(Markdig.Markdown.Parse(DisplayMathLines.Join(markdown), Markdown));
        writer.Flush();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A file name as a relative link: percent-encoded, so "#", "?" or "%" in a name stay part of it.</summary>
    private static string Href(string fileName) => Encode(Uri.EscapeDataString(fileName));
}
