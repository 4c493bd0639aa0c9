using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Kernel;

/// <summary>
/// The kit kernel driven by an independent client, Debian's jupyter_client and nbclient, through a kernelspec
/// installed into a temporary prefix: every notebook runs clean and gives the runner's text outputs.
/// </summary>
public partial class IndependentClientTests
{
    [NbclientFact]
    public async Task NbclientRunsEveryNotebookCleanWithTheRunnersTextOutputs()
    {
        using var folder = new TempFolder();
        var notebooks = Directory.GetFiles(Repository.PathTo("notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        var (code, output) = await RunPythonAsync(folder, "execute_notebooks.py", [folder.File("nbclient"), .. notebooks], Directory.CreateDirectory(folder.File("nbclient")));
        Assert.True(code == 0, output);

        var (summary, _) = await RunnerHarness.RunAsync(folder.File("site"), notebooks, parallel: 2);
        Assert.Equal(0, summary.ExitCode);
        foreach (string notebook in notebooks.Select(Path.GetFileName)!)
        {
            var nbclient = (JsonObject)JsonNode.Parse(File.ReadAllText(folder.File("nbclient", notebook!)))!;
            var runner = RunnerHarness.ReadExecuted(folder.File("site"), notebook!);
            Assert.DoesNotContain("\"output_type\": \"error\"", nbclient.ToJsonString().Replace("\"output_type\":\"error\"", "\"output_type\": \"error\""));
            Assert.DoesNotContain("exercise-failed", nbclient.ToJsonString());
            Assert.Equal(TextOutputs(runner), TextOutputs(nbclient));
        }
    }

    [NbclientFact]
    public async Task JupyterClientCompletesInspectsInterruptsAndShutsDown()
    {
        using var folder = new TempFolder();
        var (code, output) = await RunPythonAsync(folder, "drive_kernel.py", [Repository.PathTo("notebooks")]);
        Assert.True(code == 0, output);
        Assert.Contains("ok: shutdown: the kernel process has ended", output);
    }

    /// <summary>Per code cell: its stdout and text/plain outputs, with timing figures and what is computed from them (which differ run to run) masked.</summary>
    private static List<string> TextOutputs(JsonObject notebook) =>
        notebook["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code").Select(cell => string.Join("\n",
            cell!["outputs"]!.AsArray().Select(o => o!["output_type"]!.GetValue<string>() == "stream"
                ? Text(o["text"]) : Text(o["data"]?["text/plain"])))).Select(t => Timing().Replace(t, "<time>")).ToList();

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue v => v.GetValue<string>(),
        _ => "",
    };

    private static async Task<(int Code, string Output)> RunPythonAsync(TempFolder folder, string script, IEnumerable<string> args, DirectoryInfo? _ = null)
    {
        string prefix = folder.File("prefix");
        TeachingKit.Kernel.KernelSpec.Install(prefix);
        var start = new ProcessStartInfo(PythonJupyter.Python) { WorkingDirectory = folder.Path };
        start.ArgumentList.Add(Repository.PathTo("tests", "kernel", script));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["JUPYTER_PATH"] = Path.Combine(prefix, "share", "jupyter");
        start.Environment["JUPYTER_DATA_DIR"] = folder.File("jupyter-data");
        start.Environment["JUPYTER_RUNTIME_DIR"] = folder.File("jupyter-runtime");
        var (code, stdout, stderr) = await BoundedProcess.RunAsync(start, 900, script);
        return (code, stdout + stderr);
    }

    [GeneratedRegex(@"\d+(\.\d+)?\s*(ms|µs|s)\b|(Seconds|Elapsed|AllocatedBytes|TimeExponent|DaysAtMillion|YearsAtMillion) = [\d.E+-]+")]
    private static partial Regex Timing();
}
