using System.Globalization;
using System.Net;
using System.Text;
using TeachingKit.Exercises;
using TeachingKit.Notebooks.IO;

namespace TeachingKit.Notebooks.Grading;

/// <summary>grades.csv and the HTML report: one table per exercise (what a lecturer reads after a lecture) and one page per student.</summary>
public static class GradeReport
{
    private static readonly string[] Header = ["student", "notebook", "exercise", "status", "points", "max_points", "detail"];

    /// <summary>The rows as CSV (RFC 4180: fields with a comma, quote or line break are quoted).</summary>
    public static string Csv(IReadOnlyList<GradeRow> rows)
    {
        var csv = new StringBuilder(string.Join(',', Header)).Append('\n');
        foreach (var r in rows)
            csv.Append(string.Join(',', new[] { r.Student, r.Notebook, r.Exercise, r.Status, Number(r.Points), Number(r.MaxPoints), r.Detail }.Select(Field))).Append('\n');
        return csv.ToString();
    }

    /// <summary>Writes index.html (per exercise, then per student) and one page per student; returns the index's path.</summary>
    public static string Write(IReadOnlyList<GradeRow> rows, string folder)
    {
        var students = rows.Select(r => r.Student).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (string student in students)
            AtomicFile.WriteAllText(Path.Combine(folder, StudentPage(student)), Page($"Grades of {student}",
                "<p><a href=\"index.html\">All exercises</a></p>" + RowTable(rows.Where(r => r.Student == student))));
        var body = new StringBuilder("<h2>Per exercise</h2>").Append(ExerciseTable(rows)).Append("<h2>Per student</h2><table><thead><tr>")
            .Append("<th>student</th><th>points</th><th>of</th><th>problems</th></tr></thead><tbody>");
        foreach (string student in students)
        {
            var mine = rows.Where(r => r.Student == student).ToList();
            string problems = string.Join(", ", mine.Where(r => r.Exercise == "" || r.Status is "error" or "not-run" or "missing-cell")
                .Select(r => r.Status).Distinct());
            body.Append($"<tr><td><a href=\"{StudentPage(student)}\">{Html(student)}</a></td><td class=\"num\">{mine.Sum(r => r.Points)}</td>" +
                $"<td class=\"num\">{mine.Sum(r => r.MaxPoints)}</td><td>{Html(problems)}</td></tr>");
        }
        body.Append("</tbody></table>");
        string index = Path.GetFullPath(Path.Combine(folder, "index.html"));
        AtomicFile.WriteAllText(index, Page("Grades", body.ToString()));
        return index;
    }

    private static string ExerciseTable(IReadOnlyList<GradeRow> rows)
    {
        var html = new StringBuilder("<table><thead><tr><th>notebook</th><th>exercise</th><th>submissions</th><th>correct</th>" +
            "<th>wrong</th><th>not answered</th><th>revealed</th><th>other</th></tr></thead><tbody>");
        foreach (var group in rows.Where(r => r.Exercise != "").GroupBy(r => (r.Notebook, r.Exercise)).OrderBy(g => g.Key.Notebook, StringComparer.Ordinal).ThenBy(g => g.Key.Exercise, StringComparer.Ordinal))
        {
            int Count(string status) => group.Count(r => r.Status == status);
            int known = Count(ExerciseFormat.StatusCorrect) + Count(ExerciseFormat.StatusWrong) + Count(ExerciseFormat.StatusNotAnswered) + Count(ExerciseFormat.StatusRevealed);
            html.Append($"<tr><td>{Html(group.Key.Notebook)}</td><td>{Html(group.Key.Exercise)}</td><td class=\"num\">{group.Count()}</td>" +
                $"<td class=\"num\">{Count(ExerciseFormat.StatusCorrect)}</td><td class=\"num\">{Count(ExerciseFormat.StatusWrong)}</td>" +
                $"<td class=\"num\">{Count(ExerciseFormat.StatusNotAnswered)}</td><td class=\"num\">{Count(ExerciseFormat.StatusRevealed)}</td>" +
                $"<td class=\"num\">{group.Count() - known}</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string RowTable(IEnumerable<GradeRow> rows)
    {
        var html = new StringBuilder("<table><thead><tr><th>notebook</th><th>exercise</th><th>status</th><th>points</th><th>of</th><th>detail</th></tr></thead><tbody>");
        foreach (var r in rows)
            html.Append($"<tr><td>{Html(r.Notebook)}</td><td>{Html(r.Exercise)}</td><td>{Html(r.Status)}</td><td class=\"num\">{r.Points}</td>" +
                $"<td class=\"num\">{r.MaxPoints}</td><td>{Html(r.Detail)}</td></tr>");
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A student's page: a name made of safe characters, with a hash so two names never share a page.</summary>
    public static string StudentPage(string student)
    {
        string safe = new(student.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        uint hash = student.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u);   // FNV-1a: stable across runs
        return $"student-{safe}-{hash:x8}.html";
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Html(title)}</title><style>" +
        "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}" +
        "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}td.num{text-align:right}</style></head>" +
        $"<body><h1>{Html(title)}</h1>{body}</body></html>\n";

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
