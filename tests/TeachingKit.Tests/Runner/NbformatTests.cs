using System.Text.Json.Nodes;
using TeachingKit.Notebooks.Model;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class NbformatTests
{
    [Fact]
    public async Task AnExecutedNotebookWithEveryOutputKindConformsToNbformat45()
    {
        using var folder = new TempFolder();
        await RunnerHarness.RunNotebookAsync(folder, "all-outputs.ipynb",
            "Console.WriteLine(\"out\"); Console.Error.WriteLine(\"err\");",
            "display(new[] { 1, 2 });",
            "\"value\"",
            "throw new Exception(\"stop\");",
            "var notRun = 1;");
        string executed = File.ReadAllText(folder.File("site", "executed", "all-outputs.ipynb"));

        Assert.Empty(NbformatValidator.Validate(executed));
        var json = JsonNode.Parse(executed)!;
        var kinds = json["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? [])
            .Select(o => o!["output_type"]!.GetValue<string>()).ToList();
        Assert.Equal(["stream", "stream", "display_data", "execute_result", "error"], kinds);
        Assert.Equal(5, json["nbformat_minor"]!.GetValue<int>());
        Assert.Equal(3, json["cells"]![3]!["outputs"]![0]!["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public void NotebooksWithoutCellIdsGetDeterministicIds()
    {
        string v44 = """{"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# T"]}, {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""";
        var notebook = NotebookReader.Parse("old.ipynb", v44);

        Assert.Equal(["cell-1", "cell-2"], notebook.Cells.Select(c => c.Id));
        Assert.Empty(NbformatValidator.Validate(NotebookWriter.ToJson(notebook)));
    }

    [Fact]
    public void WritingKeepsSourceMetadataAndMultilineStrings()
    {
        string input = """{"cells": [{"cell_type": "code", "execution_count": null, "id": "a", "metadata": {"tags": ["x"]}, "outputs": [], "source": ["line 1\n", "line 2"]}], "metadata": {"kernelspec": {"name": ".net-csharp", "display_name": ".NET (C#)"}}, "nbformat": 4, "nbformat_minor": 5}""";
        var json = JsonNode.Parse(NotebookWriter.ToJson(NotebookReader.Parse("a.ipynb", input)))!;

        var cell = json["cells"]![0]!;
        Assert.Equal(["line 1\n", "line 2"], cell["source"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("x", cell["metadata"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal(".net-csharp", json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
    }

    public static TheoryData<string, string> NonConforming => new()
    {
        { """{"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "source": "", "outputs": []}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "$.cells[0]: missing required \"execution_count\"" },
        { """{"cells": [{"cell_type": "markdown", "metadata": {}, "source": ""}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "$.cells[0]: missing required \"id\"" },
        { """{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "$.nbformat_minor: must be an integer >= 5" },
        { """{"cells": [{"cell_type": "code", "id": "a", "execution_count": null, "metadata": {}, "source": "", "outputs": [{"output_type": "stream", "text": "x"}]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "$.cells[0].outputs[0]: missing required \"name\"" },
        { """{"cells": [{"cell_type": "code", "id": "a", "execution_count": null, "metadata": {}, "source": "", "outputs": [{"output_type": "display_data", "data": {"text/plain": 5}, "metadata": {}}]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "$.cells[0].outputs[0].data[\"text/plain\"]: must be a string or an array of strings" },
        { """{"cells": [{"cell_type": "code", "id": "a", "execution_count": null, "metadata": {}, "source": "", "outputs": [{"output_type": "execute_result", "data": {}, "metadata": {}}]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "$.cells[0].outputs[0]: missing required \"execution_count\"" },
        { """{"cells": [{"cell_type": "raw", "id": "a", "metadata": {}, "source": ""}, {"cell_type": "raw", "id": "a", "metadata": {}, "source": ""}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""", "$.cells[1].id: \"a\" is not unique" },
        { """{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5, "extra": 1}""", "$: \"extra\" is not allowed here" },
    };

    [Theory]
    [MemberData(nameof(NonConforming))]
    public void TheValidatorNamesWhatBreaksNbformat45(string json, string expected) =>
        Assert.Contains(expected, NbformatValidator.Validate(json));
}
