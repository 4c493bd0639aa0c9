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
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TeachingKit.Notebooks.dll"));
        foreach (string a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the runner did not exit within {timeoutSeconds} s (args: {string.Join(' ', args)})");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
