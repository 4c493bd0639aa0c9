namespace TeachingKit.Kernel.Engine;

/// <summary>
/// The members that notebook code sees as globals, named as in a Polyglot C# kernel.
/// </summary>
public sealed class NotebookGlobals
{
    /// <summary>Shows <paramref name="value"/> below the running cell, formatted as the kit formats values.</summary>
    // Lower-case to match the Polyglot kernel's display(), so the same cell runs in both.
#pragma warning disable IDE1006
    public void display(object? value)
#pragma warning restore IDE1006
    {
        var cell = ConsoleCapture.CurrentCell
            ?? throw new InvalidOperationException("display() was called outside a running cell.");
        cell.Display(value);
    }
}
