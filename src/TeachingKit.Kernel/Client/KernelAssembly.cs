namespace TeachingKit.Kernel.Client;

/// <summary>Where the kernel's assembly is: this assembly, which the runner and the tests load from their own folders.</summary>
public static class KernelAssembly
{
    /// <summary>The full path of TeachingKit.Kernel.dll (its .runtimeconfig.json and .deps.json lie beside it).</summary>
    public static string Path => typeof(KernelAssembly).Assembly.Location;
}
