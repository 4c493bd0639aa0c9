namespace TeachingKit.Tests.Support;

/// <summary>Counts the bytes an action allocates on the calling thread.</summary>
public static class Allocations
{
    /// <summary>
    /// The fewest bytes <paramref name="action"/> allocated in up to five rounds. A real allocation
    /// shows in every round; the JIT's one-off tiering work in a busy test run can show in one round,
    /// so the best round is what counts.
    /// </summary>
    public static long FewestBytes(Action action)
    {
        long fewest = long.MaxValue;
        for (int round = 0; round < 5 && fewest > 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }
}
