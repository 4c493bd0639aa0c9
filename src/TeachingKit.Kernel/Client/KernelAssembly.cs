using System.Reflection;
using System.Security.Cryptography;

namespace TeachingKit.Kernel.Client;

/// <summary>Which kernel assembly to start: the one compiled ahead of time for this machine when it matches this build, else this one.</summary>
/// <remarks>
/// The runner and the tests load TeachingKit.Kernel.dll from their own folders. The kernel project also publishes a
/// ReadyToRun copy (see AheadOfTime.targets, CompileKernelAheadOfTime) and records where, and from which build of
/// this assembly, it was made; a copy made from another build (an older checkout, a build that skipped it) is ignored.
/// </remarks>
public static class KernelAssembly
{
    private static readonly Lazy<string> Resolved = new(Resolve);

    /// <summary>The full path of the TeachingKit.Kernel.dll to start (its .runtimeconfig.json and .deps.json lie beside it).</summary>
    public static string Path => Resolved.Value;

    /// <summary>The ReadyToRun copy made from exactly this build, or null.</summary>
    public static string? AheadOfTime { get; } = FindAheadOfTime();

    private static string Resolve() => AheadOfTime ?? typeof(KernelAssembly).Assembly.Location;

    private static string? FindAheadOfTime()
    {
        var own = typeof(KernelAssembly).Assembly;
        string? copy = own.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "TeachingKit.AheadOfTimeKernel")?.Value;
        if (copy is null || own.Location.Length == 0) return null;
        string stamp = System.IO.Path.ChangeExtension(copy, ".source-sha256");
        try
        {
            if (!File.Exists(copy) || !File.Exists(stamp)) return null;
            string built = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(own.Location)));
            return string.Equals(File.ReadAllText(stamp).Trim(), built, StringComparison.OrdinalIgnoreCase) ? copy : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
