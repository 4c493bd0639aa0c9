using TeachingKit.Kernel.Client;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Kernel;

/// <summary>
/// The kernel the runner, the tests and the kernelspec start is the precompiled copy made from this build: self-contained
/// (its runtime lies in its own folder) and without tiered compilation (AheadOfTime.targets).
/// </summary>
public class PrecompiledKernelTests
{
    [PrecompiledKernelFact]
    public void TheKernelStartedIsTheSelfContainedPrecompiledCopyOfThisBuild()
    {
        string copy = Assert.IsType<string>(KernelAssembly.AheadOfTime);
        Assert.Equal(copy, KernelAssembly.Path);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(copy)!, "TeachingKit.Kernel.r2r.dll")), "the composite image is missing");

        using var kernel = new RawKernel();
        var (reply, iopub) = kernel.Execute(
            "Console.Write(typeof(object).Assembly.Location + \"|\" + AppContext.GetData(\"System.Runtime.TieredCompilation\"));");

        Assert.Equal("ok", RawKernel.Status(reply));
        string[] printed = iopub.Single(m => m.MessageType == "stream").Content["text"]!.GetValue<string>().Split('|');
        Assert.Equal(Path.GetDirectoryName(copy), Path.GetDirectoryName(printed[0]));
        Assert.Equal("false", printed[1], ignoreCase: true);
    }

    [Fact]
    public void TheKernelAssemblyDoesNotCarryTheCommitId()
    {
        // A commit id in the assembly changed it with every commit, and each change recompiles the precompiled copy.
        string version = typeof(KernelAssembly).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.DoesNotContain("+", version);
    }
}

/// <summary>
/// Runs where the build made the precompiled kernel; skips elsewhere (a build with -p:KernelAheadOfTime=false) with the
/// reason, except in CI (CI=true), whose build must make it.
/// </summary>
public sealed class PrecompiledKernelFactAttribute : FactAttribute
{
    public PrecompiledKernelFactAttribute()
    {
        bool inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (KernelAssembly.AheadOfTime is null && !inCi)
            Skip = "no precompiled kernel from this build (built with -p:KernelAheadOfTime=false, or the kernel changed since)";
    }
}
