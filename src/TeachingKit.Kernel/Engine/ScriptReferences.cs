using Microsoft.CodeAnalysis;

namespace TeachingKit.Kernel.Engine;

/// <summary>
/// The metadata references every notebook starts with: the whole .NET shared framework, as a
/// Polyglot C# kernel has. Built once per process; Roslyn shares the metadata between notebooks.
/// </summary>
public static class ScriptReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(LoadFramework);
    private static readonly Dictionary<string, PortableExecutableReference> FileCache = new(StringComparer.Ordinal);

    /// <summary>References to every managed assembly of the running shared framework.</summary>
    public static IReadOnlyList<MetadataReference> FrameworkReferences => Framework.Value;

    /// <summary>
    /// The one reference per process to an assembly file: each copy of a file's metadata would cost its size in
    /// memory and new assembly symbols in every compilation that binds it.
    /// </summary>
    public static PortableExecutableReference FromFile(string path)
    {
        lock (FileCache)
        {
            if (!FileCache.TryGetValue(path, out var reference))
                FileCache[path] = reference = MetadataReference.CreateFromFile(path);
            return reference;
        }
    }

    /// <remarks>
    /// The runtime's assemblies are the trusted ones in the folder of System.Private.CoreLib. In a self-contained
    /// kernel (the ahead-of-time copy) that folder also holds the kernel's own assemblies (Roslyn, NetMQ, the kernel),
    /// which a notebook must not see, so there only those its .deps.json lists under the runtime pack count.
    /// </remarks>
    private static IReadOnlyList<MetadataReference> LoadFramework()
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        var runtimePack = ShippedPackages.CurrentOrNull?.RuntimePackAssemblies;
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Where(p => runtimePack is null || runtimePack.Contains(Path.GetFileName(p)))
            .Where(IsManagedAssembly)
            .Select(p => (MetadataReference)FromFile(p))
            .ToList();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
