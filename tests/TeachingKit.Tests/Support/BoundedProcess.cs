using System.Diagnostics;

namespace TeachingKit.Tests.Support;

/// <summary>Runs a child process to its end within a time limit, reading stdout and stderr as it goes.</summary>
public static class BoundedProcess
{
    /// <summary>
    /// Starts <paramref name="start"/> (its output is redirected here) and waits for it. A process still
    /// running after <paramref name="timeoutSeconds"/> is killed with its children, and the wait throws a
    /// <see cref="TimeoutException"/> that names <paramref name="what"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ProcessStartInfo start, double timeoutSeconds, string what)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        // Both pipes are drained concurrently so that neither can fill up and stall the child.
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
            throw new TimeoutException($"{what} did not finish within {timeoutSeconds} s; it was killed.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
