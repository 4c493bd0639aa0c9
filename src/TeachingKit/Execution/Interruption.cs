namespace TeachingKit.Execution;

/// <summary>
/// Lets a notebook's interrupt stop the library's long loops: they call <see cref="ThrowIfRequested"/> once per
/// step, which throws <see cref="OperationCanceledException"/> after the user pressed "interrupt".
/// </summary>
/// <remarks>
/// The kit's kernel loads this library with <c>#r</c>, so it cannot hand over a token through a parameter or a
/// shared static; it publishes the running cell's token as an <see cref="AsyncLocal{T}"/> under an AppContext key
/// (the kernel's <c>CellInterruption.Key</c>). Outside the kernel the token is <c>default</c>: the check costs one
/// field read and never throws.
/// </remarks>
public static class Interruption
{
    private const string Key = "TeachingKit.CellCancellation";

    /// <summary>The token of the running notebook cell, or <see cref="CancellationToken.None"/> outside a kernel.</summary>
    public static CancellationToken Current =>
        AppContext.GetData(Key) is AsyncLocal<CancellationToken> token ? token.Value : CancellationToken.None;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell has been interrupted.</summary>
    public static void ThrowIfRequested() => Current.ThrowIfCancellationRequested();
}
