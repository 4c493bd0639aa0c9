namespace TeachingKit.Kernel.Engine;

/// <summary>
/// Publishes the running cell's cancellation token where the kit's library can read it without referencing the
/// kernel: <c>TeachingKit.Execution.Interruption.Current</c> reads the same AppContext entry.
/// </summary>
/// <remarks>
/// A notebook loads the library with <c>#r</c>, so the kernel cannot share a static with it; an
/// <see cref="AsyncLocal{T}"/> of a framework type can be shared through AppContext. Each cell (and the tasks it
/// starts) sees its own token, so a cell abandoned after an interrupt keeps seeing its cancelled token.
/// </remarks>
internal static class CellInterruption
{
    /// <summary>The AppContext key; the library's <c>Interruption</c> class reads the same string.</summary>
    public const string Key = "TeachingKit.CellCancellation";

    private static readonly AsyncLocal<CancellationToken> Token = Install();

    private static AsyncLocal<CancellationToken> Install()
    {
        var token = new AsyncLocal<CancellationToken>();
        AppContext.SetData(Key, token);
        return token;
    }

    /// <summary>Sets the token that code running in the current async flow observes.</summary>
    public static void Enter(CancellationToken token) => Token.Value = token;
}
