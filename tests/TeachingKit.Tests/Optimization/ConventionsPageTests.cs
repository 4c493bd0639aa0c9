using System.Text.RegularExpressions;
using TeachingKit.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

/// <summary>docs/conventions.md keeps up with the library: every section a remark points to exists, every placement is listed.</summary>
public class ConventionsPageTests
{
    private static readonly string Page = File.ReadAllText(Repository.PathTo("docs", "conventions.md"));

    [Fact]
    public void EverySectionTheLibraryPointsToExists()
    {
        var pointers = Directory.EnumerateFiles(Repository.PathTo("src", "TeachingKit"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "docs/conventions\\.md, \"([^\"]+)\"")
                .Select(m => (File: Path.GetFileName(file), Section: m.Groups[1].Value)))
            .ToList();

        Assert.True(pointers.Count >= 5, $"expected the optimizers' remarks to point to the page, found {pointers.Count} pointers");
        foreach (var (file, section) in pointers)
            Assert.True(Page.Contains($"\n## {section}\n"), $"{file} points to the section \"{section}\", which docs/conventions.md does not have");
    }

    [Fact]
    public void EveryEpsilonPlacementIsListed()
    {
        foreach (var placement in Enum.GetNames<EpsilonPlacement>())
            Assert.Contains($"`{placement}`", Page);
    }

    [Theory]
    [InlineData(typeof(Momentum))]
    [InlineData(typeof(NesterovMomentum))]
    [InlineData(typeof(AdaGrad))]
    [InlineData(typeof(RmsProp))]
    [InlineData(typeof(AdaDelta))]
    [InlineData(typeof(Adam))]
    public void EachOptimizerHasItsSection(Type optimizer) =>
        Assert.Contains($"The kit's type: `{optimizer.Name}`.", Page);
}
