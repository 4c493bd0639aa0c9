using System.Text.RegularExpressions;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>README.md keeps up with the repository: every notebook listed and linked, exactly two set-up commands.</summary>
public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repository.PathTo("README.md"));

    [Fact]
    public void TheNotebookTableLinksEveryNotebookAndEveryLinkExists()
    {
        var linked = NotebookLink().Matches(Readme).Select(m => m.Groups[1].Value).ToList();
        var notebooks = Directory.GetFiles(Repository.PathTo("notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(notebooks, linked.Order(StringComparer.Ordinal).ToList());
        Assert.All(linked, n => Assert.True(File.Exists(Repository.PathTo("notebooks", n)), $"README links notebooks/{n}, which does not exist"));
    }

    [Fact]
    public void TheSetUpSectionHasExactlyTwoCommandsAndTheCiScriptRunsTheTestCommand()
    {
        int start = Readme.IndexOf("## Two commands", StringComparison.Ordinal);
        int end = Readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var commands = BashBlock().Matches(Readme[start..end]).Select(m => m.Groups[1].Value.Trim()).ToList();

        Assert.Equal(["dotnet run --project src/TeachingKit.Notebooks -- run", "dotnet test TeachingKit.sln"], commands);
        Assert.Contains("dotnet test TeachingKit.sln", File.ReadAllText(Repository.PathTo(".ci", "run")));
    }

    [Fact]
    public void TheLimitsTheReadmeStatesAreTheRunnersAndSoIsItsOutputFolder()
    {
        Assert.Contains($"longer\nthan {TeachingKit.Notebooks.Site.PageRenderer.MaxOutputLines} lines shows its first {TeachingKit.Notebooks.Site.PageRenderer.MaxOutputLines} on the page", Readme);
        Assert.Contains($"at most {TeachingKit.Notebooks.Cli.CommandLine.MaxCellTimeoutSeconds})", Readme);
        Assert.Contains($"`{TeachingKit.Notebooks.Cli.CommandLine.DefaultOutput.Replace('\\', '/')}/`", Readme);
        double defaultSeconds = TeachingKit.Notebooks.Runner.NotebookRunOptions.DefaultCellTimeLimit.TotalSeconds;
        Assert.Contains($"`--cell-timeout`: default\n{defaultSeconds} s per cell", Readme);
        Assert.Contains($"cell (default {defaultSeconds}, at most {TeachingKit.Notebooks.Cli.CommandLine.MaxCellTimeoutSeconds})", TeachingKit.Notebooks.Cli.CommandLine.Usage);
    }

    [GeneratedRegex(@"\]\(notebooks/([\w.\-]+\.ipynb)\)")]
    private static partial Regex NotebookLink();

    [GeneratedRegex("```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
