namespace TeachingKit.Kernel.Server;

/// <summary>Stops the kernel when the process that started it dies (Jupyter sets JPY_PARENT_PID), so no kernel is orphaned.</summary>
internal static class ParentWatch
{
    public static void Start(KernelServer kernel, TextWriter log)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out int parent) || parent <= 1) return;
        var thread = new Thread(() =>
        {
            while (!kernel.Stopping.WaitHandle.WaitOne(TimeSpan.FromSeconds(1)))
            {
                if (Alive(parent)) continue;
                log.WriteLine($"[teachingkit-kernel] the parent process {parent} has ended; shutting down.");
                kernel.Stop();
                return;
            }
        }) { IsBackground = true, Name = "teachingkit-parent-watch" };
        thread.Start();
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
