using System.Text.Json;

namespace TeachingKit.Kernel.Engine;

/// <summary>
/// The NuGet packages that the kernel itself ships, read from the running application's
/// .deps.json: a notebook's <c>#r "nuget: Name, Version"</c> is satisfied by these assemblies.
/// </summary>
/// <remarks>
/// Reading the deps file (rather than a hand-written table) keeps the kit honest: a package
/// is available exactly when the build put it beside the kernel, at exactly that version.
/// </remarks>
public sealed class ShippedPackages
{
    private readonly Dictionary<string, PackageEntry> _packages;
    private readonly string _baseDirectory;

    private sealed record PackageEntry(string Name, string Version, string[] AssemblyFiles, string[] Dependencies);

    private ShippedPackages(Dictionary<string, PackageEntry> packages, string baseDirectory)
    {
        _packages = packages;
        _baseDirectory = baseDirectory;
    }

    private static readonly Lazy<ShippedPackages?> Current = new(() =>
    {
        string? depsFile = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string)?
            .Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(File.Exists);
        return depsFile is null ? null : FromDepsFile(depsFile, AppContext.BaseDirectory);
    });

    /// <summary>The packages of the running application (its .deps.json beside the entry assembly), read once per process.</summary>
    public static ShippedPackages ForCurrentApplication() => Current.Value ?? throw new InvalidOperationException(
        "The kernel cannot find its .deps.json, so it cannot tell which NuGet packages it ships.");

    /// <summary>The running application's packages, or null when it has no .deps.json.</summary>
    internal static ShippedPackages? CurrentOrNull => Current.Value;

    /// <summary>
    /// The file names of the runtime's own assemblies when the deps file describes a self-contained application (it
    /// lists a runtime pack), else null: a framework-dependent application's runtime is elsewhere.
    /// </summary>
    public IReadOnlySet<string>? RuntimePackAssemblies { get; private init; }

    /// <summary>Reads the package list of a .deps.json file whose assemblies lie in <paramref name="baseDirectory"/>.</summary>
    public static ShippedPackages FromDepsFile(string depsFile, string baseDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(depsFile));
        var root = document.RootElement;
        var libraries = root.GetProperty("libraries");
        var packages = new Dictionary<string, PackageEntry>(StringComparer.OrdinalIgnoreCase);
        HashSet<string>? runtimePack = null;
        foreach (var target in root.GetProperty("targets").EnumerateObject())
        {
            foreach (var library in target.Value.EnumerateObject())
            {
                string? type = libraries.TryGetProperty(library.Name, out var info) ? info.GetProperty("type").GetString() : null;
                var runtimeFiles = library.Value.TryGetProperty("runtime", out var runtime)
                    ? runtime.EnumerateObject().Select(p => Path.GetFileName(p.Name)) : [];
                if (type == "runtimepack") (runtimePack ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(runtimeFiles);
                if (type != "package") continue;
                string[] parts = library.Name.Split('/');
                string[] files = runtimeFiles.Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToArray();
                string[] dependencies = library.Value.TryGetProperty("dependencies", out var deps)
                    ? deps.EnumerateObject().Select(d => d.Name).ToArray()
                    : [];
                packages[parts[0]] = new PackageEntry(parts[0], parts[1], files, dependencies);
            }
        }
        return new ShippedPackages(packages, baseDirectory) { RuntimePackAssemblies = runtimePack };
    }

    /// <summary>
    /// The packages a notebook may load with <c>#r "nuget: …"</c> (the kit's setup cell). The
    /// kernel ships more (Roslyn, NetMQ, …) for itself; those are not offered to notebooks, so a
    /// notebook that runs here also restores in a Polyglot kernel with the kit's package list.
    /// Plotly.NET.Interactive is satisfied by the kit's chart formatter (see Check).
    /// </summary>
    public static readonly IReadOnlyList<string> OfferedToNotebooks = ["MathNet.Numerics", "Plotly.NET"];

    /// <summary>Plotly.NET.Interactive only registers a chart formatter with the Polyglot kernel; the kit formats charts itself.</summary>
    public const string ChartFormatterPackage = "Plotly.NET.Interactive";

    /// <summary>True for the package that the kit's own chart formatter stands in for (no assemblies to load).</summary>
    public static bool IsSatisfiedByFormatter(string name) =>
        string.Equals(name, ChartFormatterPackage, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="package"/> cannot be loaded, or null when the kit ships it at that version.</summary>
    public string? Check(NuGetReference package)
    {
        string plotly = VersionOf("Plotly.NET") ?? "none";
        if (IsSatisfiedByFormatter(package.Name))
            return plotly == package.Version ? null
                : $"{ChartFormatterPackage} {package.Version} does not match the Plotly.NET the kit renders ({plotly}); use #r \"nuget: {ChartFormatterPackage}, {plotly}\".";
        string? shipped = OfferedVersionOf(package.Name);
        if (shipped is null)
            return $"package {package.Name} is not available: notebooks can load only the kit's packages " +
                   $"(MathNet.Numerics {VersionOf("MathNet.Numerics")}, Plotly.NET {plotly}, {ChartFormatterPackage} {plotly}).";
        return shipped == package.Version ? null
            : $"{package.Name} {package.Version} is not available: the kit ships {package.Name} {shipped}; use #r \"nuget: {package.Name}, {shipped}\".";
    }

    /// <summary>The version of <paramref name="name"/> a notebook may load, or null when it is not offered or not shipped.</summary>
    public string? OfferedVersionOf(string name) =>
        OfferedToNotebooks.Contains(name, StringComparer.OrdinalIgnoreCase) ? VersionOf(name) : null;

    /// <summary>The version of <paramref name="name"/> that the kit ships, or null.</summary>
    public string? VersionOf(string name) => _packages.TryGetValue(name, out var p) ? p.Version : null;

    /// <summary>
    /// The assembly files of <paramref name="name"/> and of every package it depends on,
    /// as full paths (the closure a NuGet restore would give a Polyglot kernel).
    /// </summary>
    public IReadOnlyList<string> AssembliesOf(string name)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([name]);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            if (!visited.Add(current) || !_packages.TryGetValue(current, out var entry)) continue;
            files.AddRange(entry.AssemblyFiles.Select(f => Path.Combine(_baseDirectory, f)).Where(File.Exists));
            foreach (var dependency in entry.Dependencies) pending.Push(dependency);
        }
        return files;
    }
}
