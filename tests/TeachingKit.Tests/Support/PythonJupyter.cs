using System.Diagnostics;

namespace TeachingKit.Tests.Support;

/// <summary>Debian's Python with jupyter_client and nbclient (python3-nbclient): an independent Jupyter client.</summary>
public static class PythonJupyter
{
    /// <summary>Debian's interpreter (another Python may come first on PATH).</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>True when <see cref="Python"/> can import nbclient.</summary>
    public static bool Available { get; } = Probe();

    private static bool Probe()
    {
        if (!File.Exists(Python)) return false;
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, ["-c", "import nbclient, jupyter_client"])
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(30_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}

/// <summary>
/// A fact that needs Debian's python3-nbclient. Skipped, with the reason, on a machine without it — except in CI
/// (CI=true), where .ci/run installs it and a missing client must fail, not skip.
/// </summary>
public sealed class NbclientFactAttribute : FactAttribute
{
    public NbclientFactAttribute()
    {
        bool inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!PythonJupyter.Available && !inCi)
            Skip = "Debian's python3-nbclient is not installed (apt-get install --no-install-recommends python3-nbclient); .ci/run installs it.";
    }
}
