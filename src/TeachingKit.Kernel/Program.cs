using System.Runtime.InteropServices;
using TeachingKit.Kernel;
using TeachingKit.Kernel.Engine;
using TeachingKit.Kernel.Protocol;
using TeachingKit.Kernel.Server;

// The kit's Jupyter kernel. Started by a front end as `TeachingKit.Kernel -f CONNECTION_FILE`; see Usage.
const string Usage = """
    Usage:
      TeachingKit.Kernel -f CONNECTION_FILE
          Runs the kernel (Jupyter front ends start it this way from its kernelspec).
      TeachingKit.Kernel install [--user | --prefix DIR]
          Writes the kernelspec "teachingkit-csharp" (display name "C# (TeachingKit)") for the current user
          (default) or under DIR/share/jupyter/kernels, pointing at this build of the kernel.
      TeachingKit.Kernel uninstall [--user | --prefix DIR]
          Removes that kernelspec.
    """;

try
{
    return args switch
    {
        [var flag, var file] when flag is "-f" or "--connection-file" => Serve(file),
        ["install", .. var rest] => Install(PrefixOf(rest)),
        ["uninstall", .. var rest] => Uninstall(PrefixOf(rest)),
        _ => throw new ArgumentException(args.Length == 0 ? "No command given." : $"Unknown arguments \"{string.Join(' ', args)}\"."),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}\n\n{Usage}");
    return 2;
}

static string? PrefixOf(string[] rest) => rest switch
{
    [] or ["--user"] => null,
    ["--prefix", var dir] => dir,
    _ => throw new ArgumentException($"Unknown options \"{string.Join(' ', rest)}\": use --user or --prefix DIR."),
};

static int Install(string? prefix)
{
    string folder = KernelSpec.Install(prefix);
    Console.WriteLine($"Installed the kernelspec \"{KernelSpec.Name}\" ({KernelSpec.DisplayName}) in {folder}");
    return 0;
}

static int Uninstall(string? prefix)
{
    string? folder = KernelSpec.Uninstall(prefix);
    Console.WriteLine(folder is null ? $"No kernelspec \"{KernelSpec.Name}\" in {KernelSpec.KernelsFolder(prefix)}." : $"Removed {folder}");
    return 0;
}

static int Serve(string connectionFile)
{
    ConnectionInfo connection;
    try { connection = ConnectionInfo.Read(connectionFile); }
    catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 2;
    }
    // Chart ids must differ across restarts (ids from before a restart stay in the front end's page); the runner
    // sets a fixed prefix per notebook so that its executed copies are the same on every run.
    string chartPrefix = Environment.GetEnvironmentVariable("TEACHINGKIT_CHART_PREFIX") is { Length: > 0 } fixedPrefix
        ? fixedPrefix : "k" + Guid.NewGuid().ToString("N")[..8];
    var log = Console.Error;
    var engine = new ExecutionEngine(Directory.GetCurrentDirectory(), chartPrefix);
    using var kernel = new KernelServer(connection, engine, log);
    using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; kernel.Stop(); });
    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; kernel.Interrupt(); });
    ParentWatch.Start(kernel, log);
    new Thread(engine.WarmUp) { IsBackground = true, Name = "teachingkit-warm-up" }.Start();
    int code = kernel.Run();
    kernel.Dispose();
    // A cell that ignored an interrupt may still run on a background thread: end the process regardless.
    Console.Out.Flush();
    Environment.Exit(code);
    return code;
}
