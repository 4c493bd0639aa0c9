using System.Diagnostics;
using System.Text;
using TeachingKit.Kernel.Protocol;

namespace TeachingKit.Kernel.Client;

/// <summary>Starts the kit's kernel as a child process with a fresh connection file, and ends it.</summary>
/// <remarks>
/// One process per notebook: a cell that exits the process, overflows the stack or never returns ends only its
/// own kernel. The kernel watches this process (JPY_PARENT_PID) and exits when it dies.
/// </remarks>
public sealed class KernelProcess : IDisposable
{
    private const int LogLimit = 8192;
    private readonly Process _process;
    private readonly string _connectionFile;
    private readonly StringBuilder _log = new();

    private KernelProcess(Process process, string connectionFile, ConnectionInfo connection)
    {
        _process = process;
        _connectionFile = connectionFile;
        Connection = connection;
    }

    /// <summary>How often a start is tried with fresh ports when another process took one first.</summary>
    public const int PortAttempts = 3;

    /// <summary>
    /// True when the kernel ended because a port of its connection file was taken: free ports are chosen by the client
    /// and bound by the kernel a moment later (as in jupyter_client), and another process can take one in between.
    /// </summary>
    public static bool LostAPort(string log) => log.Contains("AddressAlreadyInUse", StringComparison.Ordinal);

    /// <summary>Where the kernel listens.</summary>
    public ConnectionInfo Connection { get; }

    /// <summary>Lines the kernel wrote on its standard error that start with "warning:".</summary>
    public event Action<string>? Warning;

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once the process has ended.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>The end of the kernel's own output (its log), for a message when it died.</summary>
    /// <remarks>Once the process has ended, waits (up to 2 s) for its last lines: the output is read asynchronously and may
    /// still be arriving when the exit is noticed — the runtime's "Stack overflow." is among the last.</remarks>
    public string LogTail
    {
        get
        {
            if (_process.HasExited) Task.Run(() => _process.WaitForExit()).Wait(TimeSpan.FromSeconds(2));
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>Starts a kernel whose working directory is <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">The notebook's folder (relative #r paths start there).</param>
    /// <param name="environment">Extra environment variables (e.g. the chart id prefix).</param>
    public static KernelProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var connection = ConnectionInfo.ForLocalKernel();
        string file = Path.Combine(Path.GetTempPath(), $"teachingkit-kernel-{Guid.NewGuid():N}.json");
        connection.Write(file);
        var start = new ProcessStartInfo(KernelSpec.DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(KernelAssembly.Path);
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add(file);
        start.Environment["JPY_PARENT_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("the kernel process could not be started");
        process.StandardInput.Close();
        var kernel = new KernelProcess(process, file, connection);
        process.OutputDataReceived += (_, e) => kernel.Append(e.Data);
        process.ErrorDataReceived += (_, e) => kernel.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return kernel;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the process to end; true when it has.</summary>
    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    /// <summary>Ends the process and its children at once.</summary>
    public void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        _process.WaitForExit(5000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        try { File.Delete(_connectionFile); } catch (IOException) { }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        if (line.StartsWith("warning:", StringComparison.Ordinal)) Warning?.Invoke(line);
        lock (_log)
        {
            _log.AppendLine(line);
            if (_log.Length > LogLimit) _log.Remove(0, _log.Length - LogLimit);
        }
    }
}
