using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeachingKit.Kernel;

/// <summary>The kit kernel's kernelspec: how Jupyter front ends find and start it.</summary>
/// <remarks>
/// Front ends pick a kernel by the notebook's <c>metadata.kernelspec.name</c> (nbclient, JupyterLab, VS Code), so the
/// name is the one every kit notebook declares. <c>interrupt_mode: message</c> makes front ends send
/// interrupt_request on the control channel instead of a signal.
/// </remarks>
public static class KernelSpec
{
    /// <summary>The kernelspec name the notebooks declare.</summary>
    public const string Name = "teachingkit-csharp";

    /// <summary>The name front ends show.</summary>
    public const string DisplayName = "C# (TeachingKit)";

    /// <summary>The kernel.json content: argv runs <paramref name="kernelAssembly"/> with the dotnet host that runs it now.</summary>
    public static JsonObject Json(string kernelAssembly) => new()
    {
        ["argv"] = new JsonArray(DotnetHost(), kernelAssembly, "-f", "{connection_file}"),
        ["display_name"] = DisplayName,
        ["language"] = "C#",
        ["interrupt_mode"] = "message",
        ["env"] = new JsonObject { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    /// <summary>The kernels folder: the user's Jupyter data folder, or <paramref name="prefix"/>/share/jupyter/kernels.</summary>
    public static string KernelsFolder(string? prefix)
    {
        if (prefix is not null) return Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
        string? data = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (!string.IsNullOrEmpty(data)) return Path.Combine(data, "kernels");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", "kernels");
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter", "kernels");
        string xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x ? x : Path.Combine(home, ".local", "share");
        return Path.Combine(xdg, "jupyter", "kernels");
    }

    /// <summary>Writes kernel.json into the kernels folder and returns the kernelspec's folder.</summary>
    public static string Install(string? prefix)
    {
        string folder = Path.Combine(KernelsFolder(prefix), Name);
        Directory.CreateDirectory(folder);
        string assembly = Client.KernelAssembly.Path;
        File.WriteAllText(Path.Combine(folder, "kernel.json"), Json(assembly).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return folder;
    }

    /// <summary>Removes the kernelspec's folder; returns it, or null when there was none.</summary>
    public static string? Uninstall(string? prefix)
    {
        string folder = Path.Combine(KernelsFolder(prefix), Name);
        if (!Directory.Exists(folder)) return null;
        Directory.Delete(folder, recursive: true);
        return folder;
    }

    /// <summary>The dotnet executable of the running runtime (its root is three folders above the runtime's).</summary>
    public static string DotnetHost()
    {
        string runtime = RuntimeEnvironment.GetRuntimeDirectory();   // <root>/shared/Microsoft.NETCore.App/<version>/
        string root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        string host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}
