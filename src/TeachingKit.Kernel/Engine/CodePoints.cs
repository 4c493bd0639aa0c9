namespace TeachingKit.Kernel.Engine;

/// <summary>Converts cursor positions between Unicode code points (Jupyter messaging ≥ 5.2) and UTF-16 indices (C#).</summary>
public static class CodePoints
{
    /// <summary>The UTF-16 index of the code point at <paramref name="codePoints"/>.</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        int index = 0;
        for (int seen = 0; seen < codePoints && index < text.Length; seen++)
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return index;
    }

    /// <summary>The number of code points before UTF-16 index <paramref name="utf16"/>.</summary>
    public static int FromUtf16(string text, int utf16)
    {
        int count = 0;
        for (int i = 0; i < utf16 && i < text.Length; i++)
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
        return count;
    }
}
