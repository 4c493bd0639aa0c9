namespace TeachingKit.Tests.Support;

/// <summary>Paths in the repository, found by walking up from the test binaries to TeachingKit.sln.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeachingKit.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TeachingKit.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);
}
