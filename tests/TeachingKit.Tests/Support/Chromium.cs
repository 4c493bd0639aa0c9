using System.Diagnostics;

namespace TeachingKit.Tests.Support;

/// <summary>Headless Chromium (Debian package chromium), as the browser tests use it.</summary>
public static class Chromium
{
    /// <summary>The browser executable (CHROMIUM_PATH if set, else the usual install paths), or null when none is installed.</summary>
    public static string? Executable { get; } =
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>
    /// Loads <paramref name="page"/> with the network blocked (every host name fails to resolve, so a
    /// page that needs a CDN shows it), lets its scripts run, and returns the DOM and the browser's
    /// log. A browser still running after <paramref name="timeoutSeconds"/> is killed.
    /// </summary>
    public static async Task<(string Dom, string Log)> DumpDomAsync(string page, double timeoutSeconds = 90)
    {
        string profile = Path.Combine(Path.GetTempPath(), "teachingkit-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("Chromium is not installed."));
        // The flags keep a sandboxed, offline, root-run headless Chromium quiet and deterministic.
        foreach (string arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--host-resolver-rules=MAP * ~NOTFOUND",
                     "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000",
                     $"--user-data-dir={profile}", "--dump-dom", new Uri(page).AbsoluteUri,
                 })
            start.ArgumentList.Add(arg);
        try
        {
            var (_, dom, log) = await BoundedProcess.RunAsync(start, timeoutSeconds, $"Chromium loading {page}");
            return (dom, log);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>How often <paramref name="part"/> occurs in <paramref name="text"/>.</summary>
    public static int Count(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

/// <summary>
/// A fact that needs Chromium. Skipped, with the reason, on a machine without it — except in CI
/// (CI=true), where .ci/run installs Chromium and a missing browser must fail, not skip.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        bool inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Chromium.Executable is null && !inCi)
            Skip = "Chromium is not installed (apt-get install chromium); .ci/run installs it.";
    }
}
