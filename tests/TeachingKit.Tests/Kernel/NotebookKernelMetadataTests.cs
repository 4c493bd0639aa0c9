using System.Text.Json.Nodes;
using TeachingKit.Kernel;
using TeachingKit.Kernel.Server;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Kernel;

public class NotebookKernelMetadataTests
{
    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(Repository.PathTo("notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void EveryNotebookDeclaresTheKitKernelAndCSharp(string notebook)
    {
        var metadata = JsonNode.Parse(File.ReadAllText(Repository.PathTo("notebooks", notebook)))!["metadata"]!;
        Assert.Equal(KernelSpec.Name, metadata["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("C#", metadata["kernelspec"]!["language"]!.GetValue<string>());
        var info = KernelInfo.LanguageInfo();
        foreach (string key in new[] { "name", "mimetype", "file_extension", "pygments_lexer" })
            Assert.Equal(info[key]!.GetValue<string>(), metadata["language_info"]![key]!.GetValue<string>());
    }

    [Fact]
    public void InstallWritesTheKernelspecThatFrontEndsRead()
    {
        using var folder = new TempFolder();
        string spec = KernelSpec.Install(folder.Path);
        Assert.Equal(Path.Combine(folder.Path, "share", "jupyter", "kernels", "teachingkit-csharp"), spec);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(spec, "kernel.json")))!;
        Assert.Equal("C# (TeachingKit)", json["display_name"]!.GetValue<string>());
        Assert.Equal("message", json["interrupt_mode"]!.GetValue<string>());
        var argv = json["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.True(File.Exists(argv[1]), argv[1]);
        Assert.Equal(["-f", "{connection_file}"], argv[2..]);
        Assert.Equal(spec, KernelSpec.Uninstall(folder.Path));
        Assert.False(Directory.Exists(spec));
    }
}
