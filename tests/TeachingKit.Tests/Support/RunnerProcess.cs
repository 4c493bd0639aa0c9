using System.Diagnostics;

namespace TeachingKit.Tests.Support;

/// <summary>Runs the real runner executable (TeachingKit.Notebooks.dll beside the tests) as a separate process.</summary>
public static class RunnerProcess
{
    /// <summary>
    /// Runs the runner with <paramref name="args"/> and returns its exit code and its stdout + stderr.
    /// A process still running after <paramref name="timeoutSeconds"/> is killed and the test fails.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] args, double timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TeachingKit.Notebooks.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        var (exitCode, stdout, stderr) = await BoundedProcess.RunAsync(start, timeoutSeconds, $"the runner (args: {string.Join(' ', args)})");
        return (exitCode, stdout + stderr);
    }
}
