using System.Diagnostics;
using System.Runtime.InteropServices;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Runner;

/// <summary>
/// Issue 19, item 7: a notebook the runner may not read (its permissions) fails alone with a read error — not "cannot
/// write the site" — and the notebooks before and after it run.
/// </summary>
/// <remarks>
/// Root reads every file whatever its mode, so as root (CI) the runner is started as the unprivileged user "nobody"
/// with util-linux's setpriv; as any other user it is started as that user.
/// </remarks>
public sealed class UnreadableNotebookTests
{
    [UnprivilegedRunnerFact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task AnUnreadableNotebookIsAReadErrorOfItsOwnAndTheOthersRun()
    {
        using var folder = new TempFolder();
        string input = folder.File("in"), output = folder.File("out");
        Directory.CreateDirectory(input);
        Directory.CreateDirectory(output);
        foreach (string name in new[] { "a-good.ipynb", "b-secret.ipynb", "c-good.ipynb" })
            TestNotebook.Write(input, name, "Console.WriteLine(6 * 7);");
        File.SetUnixFileMode(Path.Combine(input, "b-secret.ipynb"), UnixFileMode.None);
        File.SetUnixFileMode(output, (UnixFileMode)0b111_111_111);   // the unprivileged runner writes the site here

        var (code, text) = await RunUnprivilegedAsync(["run", input, "--out", output, "--parallel", "1"]);

        Assert.Equal(2, code);   // exit code 2: a file could not be read
        Assert.Contains($"✘ b-secret.ipynb: not a valid notebook: cannot read the file: Access to the path '{Path.Combine(input, "b-secret.ipynb")}' is denied", text);
        Assert.DoesNotContain("cannot write the site", text);
        Assert.Contains("✔ a-good.ipynb: 1 code cells", text);
        Assert.Contains("✔ c-good.ipynb: 1 code cells", text);
        Assert.Contains("42", File.ReadAllText(Path.Combine(output, "executed", "c-good.ipynb")));
        Assert.False(File.Exists(Path.Combine(output, "executed", "b-secret.ipynb")));
        Assert.Contains("This run is complete: 3 of 3 notebooks.", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    private static async Task<(int ExitCode, string Output)> RunUnprivilegedAsync(string[] args)
    {
        if (!UnprivilegedRunnerFactAttribute.IsRoot) return await RunnerProcess.RunAsync(args, timeoutSeconds: 300);
        var start = new ProcessStartInfo(UnprivilegedRunnerFactAttribute.Setpriv!);
        foreach (string a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Path.Combine(AppContext.BaseDirectory, "TeachingKit.Notebooks.dll") })
            start.ArgumentList.Add(a);
        foreach (string a in args) start.ArgumentList.Add(a);
        string home = args[^3];   // --out: the one folder "nobody" may write
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        var (exitCode, stdout, stderr) = await BoundedProcess.RunAsync(start, 300, "the runner as nobody");
        return (exitCode, stdout + stderr);
    }
}

/// <summary>
/// A fact that needs a user who cannot read a mode-000 file: any user but root, or root with setpriv to become
/// "nobody". Skipped, with the reason, only off Linux or as root without setpriv.
/// </summary>
public sealed class UnprivilegedRunnerFactAttribute : FactAttribute
{
    public UnprivilegedRunnerFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "file modes are tested on Linux";
        else if (IsRoot && Setpriv is null) Skip = "as root every file is readable, and setpriv (util-linux) is missing to run the runner as nobody";
    }

    /// <summary>True when the tests run as root.</summary>
    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>setpriv, or null.</summary>
    public static string? Setpriv => new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);

#pragma warning disable SYSLIB1054 // one blittable call: DllImport needs no unsafe code in the test project
    [DllImport("libc")]
    private static extern uint geteuid();
#pragma warning restore SYSLIB1054
}
