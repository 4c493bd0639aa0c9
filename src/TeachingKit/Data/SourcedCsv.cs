namespace TeachingKit.Data;

/// <summary>
/// Reads the kit's data files (data/README.md): a <c># source:</c> first line, further <c>#</c> lines, a header, then
/// comma-separated rows, all with the same number of fields. A break in the format names the file and the line.
/// </summary>
internal static class SourcedCsv
{
    /// <summary>How a read ended: the last line's number and whether a header was found.</summary>
    public readonly record struct Ending(int Lines, bool HadHeader);

    /// <summary>Calls <paramref name="row"/> with each data row's line number and fields.</summary>
    /// <param name="path">The file.</param>
    /// <param name="fieldCount">The fields of the header and of every row.</param>
    /// <param name="fields">What the fields are, for the message when a line has another count.</param>
    /// <param name="row">Receives (line number, fields); it may throw <see cref="Malformed"/> for a bad value.</param>
    /// <exception cref="InvalidDataException">The file is empty, has no source line, or a line has another number of fields.</exception>
    public static Ending Read(string path, int fieldCount, string fields, Action<int, string[]> row)
    {
        int lineNumber = 0;
        bool header = false;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 && !line.StartsWith("# source:", StringComparison.Ordinal))
                throw Malformed(path, lineNumber, "the file must start with a '# source:' line saying where the data come from");
            if (!header && line.StartsWith('#')) continue;
            string[] values = line.Split(',');
            if (values.Length != fieldCount)
                throw Malformed(path, lineNumber, $"expected {fieldCount} comma-separated fields ({fields}), found {values.Length}");
            if (header) row(lineNumber, values);
            header = true;
        }
        if (lineNumber == 0) throw Malformed(path, 1, "the file is empty");
        return new Ending(lineNumber, header);
    }

    /// <summary>The error for a line that breaks the format.</summary>
    public static InvalidDataException Malformed(string path, int lineNumber, string problem) =>
        new($"{path}, line {lineNumber}: {problem}.");
}
