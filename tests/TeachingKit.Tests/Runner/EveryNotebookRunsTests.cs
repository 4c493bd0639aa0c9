using System.Text.Json.Nodes;
using TeachingKit.Exercises;
using TeachingKit.Notebooks.Model;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>Executes every notebook in notebooks/ (new ones are picked up automatically).</summary>
public class EveryNotebookRuns
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Repository.PathTo("notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task NotebookRunsWithoutErrorAndEveryCodeCellIsExecuted(string notebook)
    {
        using var folder = new TempFolder();
        var (summary, progress) = await RunnerHarness.RunAsync(folder.Path, [Repository.PathTo("notebooks", notebook)]);

        var result = summary.Results.Single();
        Assert.True(result.Failure is null, $"{notebook} failed: {result.Failure?.Describe(notebook)}\n{progress}");
        var executed = RunnerHarness.ReadExecuted(folder.Path, notebook);
        var codeCells = executed["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
        Assert.NotEmpty(codeCells);
        Assert.All(codeCells, c => Assert.NotNull(c!["execution_count"]?.GetValue<int?>()));
        Assert.DoesNotContain(codeCells.SelectMany(c => c!["outputs"]!.AsArray()), o => o!["output_type"]!.GetValue<string>() == "error");
        Assert.Empty(NbformatValidator.Validate(executed.ToJsonString()));
        // A kit check that fails does not throw (students' wrong answers must not stop a notebook either), so the
        // boxes are read: the lecture's claims must all come out true, and with the solution cells' answers every
        // exercise of this instructor edition must be correct.
        var failedChecks = codeCells
            .Select((c, i) => (Index: i + 1, Html: string.Concat(c!["outputs"]!.AsArray().Select(o => o!["data"]?["text/html"]?.ToString()))))
            .Where(c => c.Html.Contains($"{KitCheckResult.HtmlClass}-failed", StringComparison.Ordinal))
            .Select(c => $"code cell {c.Index}")
            .ToList();
        Assert.True(failedChecks.Count == 0, $"{notebook}: a kit check failed in {string.Join(", ", failedChecks)}");
        var verdicts = ExerciseCells.Verdicts(result);
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, v => Assert.True(v.Status == ExerciseFormat.StatusCorrect, $"{notebook}: {v.Exercise} is {v.Status} with the solution cells' answers: {v.Text}"));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void CommittedNotebookConformsAndHasNoStaleOutputs(string notebook)
    {
        string text = File.ReadAllText(Repository.PathTo("notebooks", notebook));
        Assert.Empty(NbformatValidator.Validate(text));
        var cells = JsonNode.Parse(text)!["cells"]!.AsArray();
        var code = cells.Where(c => c!["cell_type"]!.GetValue<string>() == "code").ToList();
        Assert.All(code, c => Assert.Empty(c!["outputs"]!.AsArray()));
        string setup = string.Concat(code[0]!["source"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(SetupCell, setup.Trim());
        Assert.DoesNotContain(' ', notebook);
    }

    /// <summary>The setup cell every notebook starts with (CONTRIBUTING.md).</summary>
    private const string SetupCell = """
        #r "nuget: MathNet.Numerics, 5.0.0"
        #r "nuget: Plotly.NET, 6.0.0"
        #r "nuget: Plotly.NET.Interactive, 6.0.0"
        #r "../src/TeachingKit/bin/net8.0/TeachingKit.dll"
        #r "../src/TeachingKit.Plots/bin/net8.0/TeachingKit.Plots.dll"
        """;
}
