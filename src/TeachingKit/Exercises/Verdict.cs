namespace TeachingKit.Exercises;

/// <summary>The comparison of one answer with the library's, before the registry adds attempts and hints.</summary>
/// <param name="Status">Correct, wrong or not answered (never revealed: only the registry reveals).</param>
/// <param name="Answer">The student's answer as text, or null when not answered.</param>
/// <param name="Expected">The library's answer as text: kept by the registry for a reveal, never shown otherwise.</param>
/// <param name="Feedback">Where the answer went wrong without giving the answer ("too large by a factor of about 10"), or null.</param>
/// <param name="WrongStatements">1-based numbers of the statements answered wrongly (statement quizzes only).</param>
internal sealed record Verdict(
    ExerciseStatus Status, string? Answer, string Expected, string? Feedback, IReadOnlyList<int> WrongStatements)
{
    public static Verdict NotAnswered(string expected) => new(ExerciseStatus.NotAnswered, null, expected, null, []);

    public static Verdict Of(bool correct, string answer, string expected, string? feedback, IReadOnlyList<int>? wrongStatements = null) =>
        new(correct ? ExerciseStatus.Correct : ExerciseStatus.Wrong, answer, expected, correct ? null : feedback, wrongStatements ?? []);
}
