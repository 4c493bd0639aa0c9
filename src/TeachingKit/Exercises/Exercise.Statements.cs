namespace TeachingKit.Exercises;

public static partial class Exercise
{
    /// <summary>
    /// Checks a true/false quiz: one answer per statement, in order. A wrong answer says how many
    /// statements are right and which are not (by number), never the right values.
    /// </summary>
    /// <param name="question">The exercise.</param>
    /// <param name="answer">The student's true/false per statement; null until answered.</param>
    /// <param name="truths">Whether each statement is true, computed in the check cell.</param>
    public static ExerciseResult Statements(Question question, IReadOnlyList<bool>? answer, IReadOnlyList<bool> truths)
    {
        ArgumentNullException.ThrowIfNull(question);
        Validation.Require.NotEmpty(truths, nameof(truths));
        string expectedText = FormatStatements(truths);
        Verdict verdict;
        if (answer is null)
            verdict = Verdict.NotAnswered(expectedText);
        else if (answer.Count != truths.Count)
            verdict = Verdict.Of(false, FormatStatements(answer), expectedText,
                $"Give one true/false per statement: {truths.Count} answers, not {answer.Count}.");
        else
        {
            var wrong = Enumerable.Range(0, truths.Count).Where(i => answer[i] != truths[i]).Select(i => i + 1).ToList();
            string feedback = $"{truths.Count - wrong.Count} of {truths.Count} statements right; " +
                              $"not right: {(wrong.Count == 1 ? "statement" : "statements")} {string.Join(", ", wrong)}.";
            verdict = Verdict.Of(wrong.Count == 0, FormatStatements(answer), expectedText, feedback, wrong);
        }
        return ExerciseRegistry.Current.Record(question, ExerciseKind.Statements, verdict);
    }

    private static string FormatStatements(IReadOnlyList<bool> values) =>
        "[" + string.Join(", ", values.Select(v => v ? "true" : "false")) + "]";
}
