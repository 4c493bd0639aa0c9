using System.Diagnostics;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>.ci/run, driven with a stand-in "dotnet" so that the real test suite does not run twice.</summary>
public class CiScriptTests
{
    [Theory]
    [InlineData(1, "Failed!  - Failed:     2, Passed:    40, Skipped:     1, Total:    43", "40 passed, 2 failed, 1 skipped")]
    [InlineData(0, "Passed!  - Failed:     0, Passed:    43, Skipped:     0, Total:    43", "43 passed, 0 failed, 0 skipped")]
    public async Task ItPrintsTheSummaryLineAndReturnsTheTestCommandsExitCode(int testExitCode, string testOutput, string summary)
    {
        if (OperatingSystem.IsWindows()) return; // .ci/run is bash; CI runs it on Linux
        using var folder = new TempFolder();
        string fakeDotnet = folder.File("dotnet");
        File.WriteAllText(fakeDotnet, $"#!/usr/bin/env bash\necho \"args: $*\"\necho '{testOutput}'\nexit {testExitCode}\n");
        File.SetUnixFileMode(fakeDotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Repository.PathTo(".ci", "run"));
        start.Environment["PATH"] = folder.Path + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["CHROMIUM_PATH"] = "/nonexistent/chromium";   // set: the script must not try to install Chromium
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        string output = await stdout + await stderr;

        Assert.Equal(testExitCode, process.ExitCode);
        Assert.Contains("args: test TeachingKit.sln", output);      // the README's test command
        Assert.EndsWith(summary, output.TrimEnd());
        Assert.DoesNotContain("Installing Chromium", output);
    }
}
