using TeachingKit.Kernel.Client;
using TeachingKit.Notebooks.Execution;

namespace TeachingKit.Notebooks.Runner;

/// <summary>
/// Starts each notebook's kernel while the notebooks before it still run, so that a kernel's start and its
/// compiler's warm-up (about 1.4 s of CPU) overlap another notebook's cells instead of adding to the run.
/// </summary>
/// <remarks>When notebook i begins, the kernel of notebook i + <c>ahead</c> is started; a kernel nobody took is ended.</remarks>
internal sealed class KernelPrestart(IReadOnlyList<string> files, int ahead, TimeSpan cellTimeLimit) : IDisposable
{
    private readonly Dictionary<int, Task<KernelClient>> _started = new();
    private readonly NotebookExecutor _starter = new(cellTimeLimit, _ => { }, _ => { });

    /// <summary>The kernel started ahead for notebook <paramref name="index"/> (null if none), and the start of the one after.</summary>
    public Task<KernelClient>? Take(int index)
    {
        lock (_started)
        {
            _started.Remove(index, out var mine);
            int next = index + ahead;
            if (next < files.Count && !_started.ContainsKey(next)) _started[next] = _starter.StartKernelAsync(files[next]);
            return mine;
        }
    }

    public void Dispose()
    {
        lock (_started)
        {
            foreach (var kernel in _started.Values) Release(kernel);
            _started.Clear();
        }
    }

    /// <summary>Ends a kernel started ahead that will not be used (once it has started).</summary>
    public static void Release(Task<KernelClient>? kernel) =>
        kernel?.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
}
