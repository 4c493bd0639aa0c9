using System.Text.Json.Nodes;
using TeachingKit.Notebooks.Model;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>
/// Runs every notebook with its exercises answered from an answer key worked out by hand, and asserts
/// that every exercise check then passes: the notebooks' answer checks accept the right answer (and
/// EveryNotebookRuns already shows that they run with the placeholders left open).
/// </summary>
/// <remarks>
/// The key replaces a placeholder line such as <c>int? numberOfMinima = null;</c> by the same line with the
/// answer. A notebook whose exercise has no key entry fails here, because its check stays "not answered".
/// </remarks>
public class AnswerKeyTests
{
    public static TheoryData<string> Notebooks() => EveryNotebookRuns.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task EveryExercisePassesWithTheHandWorkedAnswers(string notebook)
    {
        Assert.True(AnswerKey.Answers.TryGetValue(notebook, out var answers), $"{notebook} has no answer key in AnswerKey.cs");
        using var folder = new TempFolder();
        var json = (JsonObject)JsonNode.Parse(File.ReadAllText(Repository.PathTo("notebooks", notebook)))!;
        var codeCells = json["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
        // The copy runs from a temp folder, so its setup cell points at the library build from there.
        codeCells[0]!["source"] = TestNotebook.SetupCell(folder.Path);
        var unused = new HashSet<string>(answers.Keys);
        foreach (var cell in codeCells.Skip(1))
        {
            string source = SourceOf(cell!);
            foreach (var (placeholder, answered) in answers)
            {
                if (!source.Contains(placeholder, StringComparison.Ordinal)) continue;
                source = source.Replace(placeholder, answered, StringComparison.Ordinal);
                unused.Remove(placeholder);
            }
            cell!["source"] = source;
        }
        Assert.True(unused.Count == 0, $"{notebook}: the key names placeholders the notebook no longer has: {string.Join("; ", unused)}");
        string path = Path.Combine(folder.Path, notebook);
        File.WriteAllText(path, json.ToJsonString());

        var (summary, progress) = await RunnerHarness.RunAsync(folder.File("site"), [path]);
        var result = summary.Results.Single();
        Assert.True(result.Failure is null, $"{notebook} with answers failed: {result.Failure?.Describe(notebook)}\n{progress}");
        var verdicts = RunnerHarness.CodeCells(result)
            .SelectMany((cell, index) => cell.Outputs.OfType<DisplayOutput>().Select(o => (Index: index + 1, Html: o.Data.GetValueOrDefault("text/html") ?? "")))
            .Where(o => o.Html.Contains("exercise-result", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(verdicts);
        var notPassed = verdicts.Where(v => !v.Html.Contains("exercise-passed", StringComparison.Ordinal)).Select(v => $"code cell {v.Index}").ToList();
        Assert.True(notPassed.Count == 0, $"{notebook}: with the key's answers these checks did not pass: {string.Join(", ", notPassed)}");
    }

    private static string SourceOf(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        var text => text!.GetValue<string>(),
    };
}
