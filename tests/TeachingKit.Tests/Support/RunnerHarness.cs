using System.Text.Json.Nodes;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;

namespace TeachingKit.Tests.Support;

/// <summary>Runs notebooks with the real runner (each in its own kernel process) and reads back what it wrote.</summary>
public static class RunnerHarness
{
    /// <summary>Runs the notebooks of <paramref name="inputs"/> into <paramref name="outputFolder"/>.</summary>
    public static async Task<(RunSummary Summary, string Progress)> RunAsync(
        string outputFolder, IReadOnlyList<string> inputs, double cellTimeLimitSeconds = 60, int parallel = 1, TextWriter? warnings = null,
        bool force = false, bool studentEdition = false)
    {
        var progress = new StringWriter();
        var runner = new NotebookRunner(progress, warnings ?? TextWriter.Null);
        var summary = await runner.RunAsync(new NotebookRunOptions(inputs, outputFolder, TimeSpan.FromSeconds(cellTimeLimitSeconds), parallel, force, studentEdition));
        return (summary, progress.ToString());
    }

    /// <summary>Writes <paramref name="fileName"/> with <paramref name="codeCells"/> in <paramref name="folder"/> and runs it into folder/site.</summary>
    public static Task<(RunSummary Summary, string Progress)> RunNotebookAsync(TempFolder folder, string fileName, params string[] codeCells) =>
        RunAsync(folder.File("site"), [TestNotebook.Write(folder.Path, fileName, codeCells)]);

    /// <summary>Runs one notebook made of <paramref name="codeCells"/> in a temp folder.</summary>
    public static async Task<NotebookResult> RunCellsAsync(TempFolder folder, params string[] codeCells) =>
        (await RunNotebookAsync(folder, "test.ipynb", codeCells)).Summary.Results.Single();

    /// <summary>The code cells of a result, in order.</summary>
    public static IReadOnlyList<Cell> CodeCells(NotebookResult result) =>
        result.Notebook!.Cells.Where(c => c.Type == CellType.Code).ToList();

    /// <summary>The executed .ipynb the runner wrote for <paramref name="notebookFileName"/>, parsed.</summary>
    public static JsonObject ReadExecuted(string siteFolder, string notebookFileName) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(siteFolder, "executed", notebookFileName)))!;
}
