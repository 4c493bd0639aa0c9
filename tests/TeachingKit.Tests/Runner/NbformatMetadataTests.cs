using System.Text.Json.Nodes;
using TeachingKit.Notebooks.Model;
using TeachingKit.Notebooks.Runner;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>The nbformat 4.5 metadata rules: the validator sees them, input that breaks them is malformed.</summary>
public class NbformatMetadataTests
{
    /// <summary>A one-code-cell notebook with the given notebook and cell metadata (JSON text).</summary>
    private static string Notebook(string notebookMetadata, string cellMetadata, string cellType = "code") =>
        cellType == "code"
            ? $$"""{"cells": [{"cell_type": "code", "execution_count": null, "id": "a", "metadata": {{cellMetadata}}, "outputs": [], "source": "1"}], "metadata": {{notebookMetadata}}, "nbformat": 4, "nbformat_minor": 5}"""
            : $$"""{"cells": [{"cell_type": "{{cellType}}", "id": "a", "metadata": {{cellMetadata}}, "source": "x"}], "metadata": {{notebookMetadata}}, "nbformat": 4, "nbformat_minor": 5}""";

    public static TheoryData<string, string> BadMetadata => new()
    {
        { Notebook("{}", """{"tags": "x"}"""), "$.cells[0].metadata.tags: must be an array of distinct strings without commas" },
        { Notebook("{}", """{"tags": ["a", "a"]}"""), "$.cells[0].metadata.tags: must be an array of distinct strings without commas" },
        { Notebook("{}", """{"tags": ["a,b"]}"""), "$.cells[0].metadata.tags: must be an array of distinct strings without commas" },
        { Notebook("{}", """{"collapsed": "no"}"""), "$.cells[0].metadata.collapsed: must be true or false" },
        { Notebook("{}", """{"scrolled": 3}"""), "$.cells[0].metadata.scrolled: must be true, false or \"auto\"" },
        { Notebook("{}", """{"name": ""}"""), "$.cells[0].metadata.name: must be a non-empty string on one line" },
        { Notebook("{}", """{"jupyter": 1}"""), "$.cells[0].metadata.jupyter: must be an object" },
        { Notebook("{}", """{"jupyter": {"source_hidden": "yes"}}"""), "$.cells[0].metadata.jupyter.source_hidden: must be true or false" },
        { Notebook("{}", """{"execution": {"iopub.execute_input": 1}}"""), "$.cells[0].metadata.execution: must be an object of strings" },
        { Notebook("{}", """{"tags": 1}""", "markdown"), "$.cells[0].metadata.tags: must be an array of distinct strings without commas" },
        { Notebook("{}", """{"format": 1}""", "raw"), "$.cells[0].metadata.format: must be a string" },
        { Notebook("""{"title": 5}""", "{}"), "$.metadata.title: must be a string" },
        { Notebook("""{"kernelspec": "cs"}""", "{}"), "$.metadata.kernelspec: must be an object with string name and display_name" },
        { Notebook("""{"kernelspec": {"name": "cs"}}""", "{}"), "$.metadata.kernelspec: must be an object with string name and display_name" },
        { Notebook("""{"language_info": {"version": "12"}}""", "{}"), "$.metadata.language_info: must be an object with a string name" },
        { Notebook("""{"authors": {"name": "me"}}""", "{}"), "$.metadata.authors: must be an array" },
        { Notebook("""{"orig_nbformat": 0}""", "{}"), "$.metadata.orig_nbformat: must be an integer >= 1" },
    };

    [Theory]
    [MemberData(nameof(BadMetadata))]
    public void TheValidatorNamesTheMetadataThatBreaksNbformat45(string json, string expected) =>
        Assert.Contains(expected, NbformatValidator.Validate(json));

    [Theory]
    [MemberData(nameof(BadMetadata))]
    public void AnInputNotebookWithSuchMetadataIsMalformed(string json, string expected)
    {
        var e = Assert.Throws<NotebookFormatException>(() => NotebookReader.Parse("bad.ipynb", json));
        Assert.Contains("does not conform to nbformat 4.5: " + expected, e.Message);
    }

    [Fact]
    public void MetadataThatFollowsTheSchemaIsAccepted()
    {
        string json = Notebook(
            """{"kernelspec": {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}, "language_info": {"name": "C#", "file_extension": ".cs"}, "title": "T", "authors": [{"name": "me"}], "orig_nbformat": 4, "polyglot_notebook": {"kernelInfo": {}}}""",
            """{"tags": ["a", "b"], "name": "n", "collapsed": true, "scrolled": "auto", "jupyter": {"source_hidden": true}, "execution": {"iopub.status.busy": "2024-01-01T00:00:00Z"}, "dotnet_interactive": {"language": "csharp"}}""");

        Assert.Empty(NbformatValidator.Validate(json));
        Assert.Equal("n", NotebookReader.Parse("good.ipynb", json).Cells[0].Metadata["name"]!.GetValue<string>());
    }

    [Fact]
    public void AnExecuteResultMustCarryItsCellsExecutionCount()
    {
        string json = """{"cells": [{"cell_type": "code", "execution_count": 2, "id": "a", "metadata": {}, "outputs": [{"output_type": "execute_result", "execution_count": 1, "data": {"text/plain": "1"}, "metadata": {}}], "source": "1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""";
        Assert.Contains("$.cells[0].outputs[0].execution_count: must equal the cell's execution_count", NbformatValidator.Validate(json));
    }

    [Fact]
    public async Task TheRunnerRefusesSuchAnInputWithExitCodeTwoAndWritesNothingForIt()
    {
        using var folder = new TempFolder();
        string path = folder.File("tagged.ipynb");
        File.WriteAllText(path, Notebook("{}", """{"tags": "x"}"""));
        string site = folder.File("site");

        var (summary, progress) = await RunnerHarness.RunAsync(site, [path]);

        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(NotebookStatus.Malformed, summary.Results.Single().Status);
        Assert.Contains("tagged.ipynb: not a valid notebook: cell 1 does not conform to nbformat 4.5: $.cells[0].metadata.tags", progress);
        Assert.False(File.Exists(Path.Combine(site, "executed", "tagged.ipynb")));
        Assert.False(File.Exists(Path.Combine(site, "tagged.html")));
    }

    [Fact]
    public void TheWriterRefusesToProduceANonConformingExecutedNotebook()
    {
        // A notebook built in code (not read from a file) skips the reader's checks; the writer still catches it.
        var notebook = new Notebook("built.ipynb", new JsonObject { ["title"] = 5 },
            [new Cell("a", CellType.Code, "1", new JsonObject())]);

        var e = Assert.Throws<NotebookFormatException>(() => NotebookWriter.ToConformingJson(notebook));
        Assert.Contains("the executed notebook would not conform to nbformat 4.5: $.metadata.title: must be a string", e.Message);
    }
}
