using System.Text.Json.Nodes;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Kernel.Server;

/// <summary>The kernel_info_reply: who the kernel is and the language it runs.</summary>
/// <remarks>nbclient rewrites a notebook's language_info from this reply after a run, so it matches the kernelspec.</remarks>
public static class KernelInfo
{
    /// <summary>The notebook metadata language_info the kit's notebooks declare.</summary>
    public static JsonObject LanguageInfo() => new()
    {
        ["name"] = "C#",
        ["version"] = "13.0",
        ["mimetype"] = "text/x-csharp",
        ["file_extension"] = ".cs",
        ["pygments_lexer"] = "csharp",
    };

    /// <summary>The content of a kernel_info_reply.</summary>
    public static JsonObject Content() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = KernelSpec.Name,
        ["implementation_version"] = typeof(KernelInfo).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        ["language_info"] = LanguageInfo(),
        ["banner"] = $"{KernelSpec.DisplayName}: C# script cells on .NET {Environment.Version}, for the loss-landscape teaching kit",
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };
}
