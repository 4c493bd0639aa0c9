using TeachingKit.Notebooks.Model;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

public class PackageReferenceTests
{
    [Fact]
    public async Task TheSetupCellLoadsThePackagesAndTheLibrariesByRelativePath()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder,
            TestNotebook.SetupCell(folder.Path),
            "using TeachingKit.Exercises; KitCheck.Integer(\"two\", 2, 2)",
            "MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(2)");

        Assert.Null(result.Failure);
        var cells = RunnerHarness.CodeCells(result);
        var verdict = Assert.IsType<DisplayOutput>(Assert.Single(cells[1].Outputs));
        Assert.Contains("kit-check-passed", verdict.Data["text/html"]);
        var matrix = Assert.IsType<DisplayOutput>(Assert.Single(cells[2].Outputs));
        Assert.Contains("<table class=\"matrix\">", matrix.Data["text/html"]);
    }

    [Theory]
    [InlineData("#r \"nuget: Newtonsoft.Jsonx, 13.0.3\"", "package Newtonsoft.Jsonx is not available")]
    [InlineData("#r \"nuget: MathNet.Numerics, 4.15.0\"", "MathNet.Numerics 4.15.0 is not available: the kit ships MathNet.Numerics 5.0.0")]
    [InlineData("#r \"nuget: Plotly.NET.Interactive, 5.0.0\"", "Plotly.NET.Interactive 5.0.0 does not match the Plotly.NET the kit renders (6.0.0)")]
    [InlineData("#r \"nuget: MathNet.Numerics\"", "must name a package and an exact version")]
    public async Task AnUnavailablePackageStopsTheNotebookWithAClearMessage(string directive, string expected)
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "var before = 1;", "// load\n" + directive);

        var failure = Assert.IsType<Notebooks.Execution.CellFailure>(result.Failure);
        Assert.Equal((3, 2), (failure.CellNumber, failure.Line));
        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public async Task APackageTheRunnerShipsForItselfIsNotOfferedToNotebooks()
    {
        // Markdig lies beside the runner (it renders the pages), at exactly this version; a
        // notebook still may not load it: only the kit's packages are offered.
        var shipped = TeachingKit.Kernel.Engine.ShippedPackages.FromDepsFile(
            Path.Combine(AppContext.BaseDirectory, "TeachingKit.Notebooks.deps.json"), AppContext.BaseDirectory);
        string markdig = shipped.VersionOf("Markdig")!;
        Assert.Null(shipped.OfferedVersionOf("Markdig"));
        Assert.Equal("5.0.0", shipped.OfferedVersionOf("MathNet.Numerics"));

        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, $"#r \"nuget: Markdig, {markdig}\"\nMarkdig.Markdown.ToHtml(\"*hi*\")");

        Assert.Equal("PackageNotAvailable", result.Failure!.Kind);
        Assert.Contains("package Markdig is not available: notebooks can load only the kit's packages (MathNet.Numerics 5.0.0, Plotly.NET 6.0.0, Plotly.NET.Interactive 6.0.0)", result.Failure.Message);
    }

    [Theory]
    [InlineData("Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree")]
    [InlineData("NetMQ.NetMQSocket")]
    [InlineData("TeachingKit.Kernel.Engine.ExecutionEngine")]
    public async Task TheKernelsOwnAssembliesAreNotVisibleToNotebooks(string kernelType)
    {
        // The precompiled kernel is self-contained: Roslyn, NetMQ and the kernel lie in the runtime's own folder.
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "typeof(System.Text.Json.JsonSerializer).Name", $"typeof({kernelType}).Name");

        Assert.Equal(("CompilationError", 3), (result.Failure!.Kind, result.Failure.CellNumber));
        Assert.Matches("CS0234|CS0246", result.Failure.Message);
    }

    [Fact]
    public void ARuntimePackListsTheRuntimesAssembliesOnlyInASelfContainedDepsFile()
    {
        using var folder = new TempFolder();
        string selfContained = folder.File("app.deps.json");
        File.WriteAllText(selfContained, """
            {
              "targets": { ".NETCoreApp,Version=v10.0/linux-x64": {
                "app/1.0.0": { "runtime": { "app.dll": {} } },
                "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/10.0.12": {
                  "runtime": { "System.Linq.dll": {}, "System.Private.CoreLib.dll": {} }, "native": { "libcoreclr.so": {} } },
                "NetMQ/4.0.4.5": { "runtime": { "lib/netstandard2.1/NetMQ.dll": {} } } } },
              "libraries": {
                "app/1.0.0": { "type": "project" },
                "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/10.0.12": { "type": "runtimepack" },
                "NetMQ/4.0.4.5": { "type": "package" } }
            }
            """);

        Assert.Equal(["System.Linq.dll", "System.Private.CoreLib.dll"],
            TeachingKit.Kernel.Engine.ShippedPackages.FromDepsFile(selfContained, folder.Path).RuntimePackAssemblies!.Order());
        Assert.Null(TeachingKit.Kernel.Engine.ShippedPackages.FromDepsFile(
            Path.Combine(AppContext.BaseDirectory, "TeachingKit.Notebooks.deps.json"), AppContext.BaseDirectory).RuntimePackAssemblies);
    }

    [Fact]
    public async Task AMissingKitLibraryNamesThePathItLookedAtAndSaysToBuild()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "#r \"lib/TeachingKit.Missing.dll\"");

        var failure = result.Failure!;
        Assert.Equal(1, failure.Line);
        Assert.Contains($"no such file ({folder.File("lib", "TeachingKit.Missing.dll")}). Build the kit first", failure.Message);
    }

    [Fact]
    public async Task AnyOtherMissingAssemblyIsTheCompilersErrorWithoutTheBuildHint()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "#r \"lib/Missing.dll\"");

        var failure = result.Failure!;
        Assert.Equal(("CompilationError", 1), (failure.Kind, failure.Line));
        Assert.Contains("CS0006", failure.Message);
        Assert.Contains("Missing.dll", failure.Message);
        Assert.DoesNotContain("Build the kit", failure.Message);
    }

    [Fact]
    public async Task MagicCommandsAreRejectedByName()
    {
        using var folder = new TempFolder();
        var result = await RunnerHarness.RunCellsAsync(folder, "#!time\nvar x = 1;");

        Assert.Equal("DirectiveError", result.Failure!.Kind);
        Assert.Contains("\"#!time\" is a Polyglot magic command, which the kit does not support", result.Failure.Message);
    }
}
