using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Foundation;

public partial class DevcontainerTests
{
    private static JsonObject ReadDevcontainer()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return (JsonObject)JsonNode.Parse(File.ReadAllText(Repository.PathTo(".devcontainer", "devcontainer.json")), documentOptions: options)!;
    }

    [Fact]
    public void EveryPathItNamesExists()
    {
        var devcontainer = ReadDevcontainer();
        string command = devcontainer["postCreateCommand"]!.GetValue<string>();
        var paths = PathLike().Matches(command).Select(m => m.Value).ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.True(File.Exists(Repository.PathTo(p)) || Directory.Exists(Repository.PathTo(p)), $"{p} does not exist"));
    }

    [Fact]
    public void ItInstallsBothSdksAndTheNotebookExtensions()
    {
        var devcontainer = ReadDevcontainer();
        Assert.Contains("dotnet:1-9.0", devcontainer["image"]!.GetValue<string>());
        Assert.Equal("10.0", devcontainer["features"]!["ghcr.io/devcontainers/features/dotnet:2"]!["version"]!.GetValue<string>());
        var extensions = devcontainer["customizations"]!["vscode"]!["extensions"]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.Equal(["ms-dotnettools.dotnet-interactive-vscode", "ms-toolsai.jupyter", "ms-dotnettools.csdevkit"], extensions);
    }

    [Fact]
    public void ThePostCreateBuildProducesWhatTheSetupCellLoads()
    {
        // The runner project builds the kernel, which builds both libraries into src/*/bin/net8.0 (the setup cell's paths);
        // then the kernel is installed.
        string runner = File.ReadAllText(Repository.PathTo("src", "TeachingKit.Notebooks", "TeachingKit.Notebooks.csproj"));
        Assert.Contains("TeachingKit.Kernel.csproj", runner);
        string kernel = File.ReadAllText(Repository.PathTo("src", "TeachingKit.Kernel", "TeachingKit.Kernel.csproj"));
        Assert.Contains("TeachingKit.Plots.csproj", kernel);
        Assert.Contains("TeachingKit.csproj", kernel);
        Assert.Contains("-- install", ReadDevcontainer()["postCreateCommand"]!.GetValue<string>());
        Assert.True(File.Exists(Repository.PathTo("src", "TeachingKit", "bin", "net8.0", "TeachingKit.dll")));
        Assert.True(File.Exists(Repository.PathTo("src", "TeachingKit.Plots", "bin", "net8.0", "TeachingKit.Plots.dll")));
    }

    [GeneratedRegex(@"[\w.\-]+(/[\w.\-]+)+")]
    private static partial Regex PathLike();
}
