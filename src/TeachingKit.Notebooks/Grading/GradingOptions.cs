namespace TeachingKit.Notebooks.Grading;

/// <summary>What to grade, against which notebooks, and the limits each submission runs under.</summary>
/// <param name="Submissions">Submitted notebooks or folders of them (see <see cref="SubmissionFinder"/>).</param>
/// <param name="SourceFolder">The course's notebooks (the instructor edition): check cells and setup cells come from here.</param>
/// <param name="OutputDirectory">Where grades.csv and the report go.</param>
/// <param name="CellTimeLimit">The longest one cell may run.</param>
/// <param name="MemoryLimitMegabytes">The kernel's managed heap limit per submission.</param>
/// <param name="Parallel">How many submissions run at once.</param>
public sealed record GradingOptions(
    IReadOnlyList<string> Submissions, string SourceFolder, string OutputDirectory, TimeSpan CellTimeLimit,
    int MemoryLimitMegabytes = GradingOptions.DefaultMemoryLimitMegabytes, int Parallel = 1)
{
    public const int DefaultMemoryLimitMegabytes = 2048;

    /// <summary>The default time limit per cell when grading: a lecture cell takes seconds.</summary>
    public static readonly TimeSpan DefaultCellTimeLimit = TimeSpan.FromSeconds(60);
}

/// <summary>The rows of a grading run and where its report is.</summary>
public sealed record GradingSummary(IReadOnlyList<GradeRow> Rows, string CsvPath, string ReportPath);
