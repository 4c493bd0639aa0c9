namespace TeachingKit.Exercises;

public static partial class Exercise
{
    /// <summary>
    /// Checks a function the student wrote against the library's on hidden inputs: correct when
    /// <paramref name="agree"/> holds on every input. A wrong answer says on how many inputs it agreed.
    /// </summary>
    /// <param name="question">The exercise.</param>
    /// <param name="answer">The student's function; null until written.</param>
    /// <param name="reference">The library's function.</param>
    /// <param name="inputs">The hidden inputs (the check cell makes them; the answer cell never sees them).</param>
    /// <param name="agree">Whether the student's output agrees with the reference output (first argument: student's).</param>
    /// <remarks>An exception thrown by the student's function is a wrong answer that names the exception, not a crash.</remarks>
    public static ExerciseResult Function<TInput, TOutput>(
        Question question, Func<TInput, TOutput>? answer, Func<TInput, TOutput> reference,
        IReadOnlyList<TInput> inputs, Func<TOutput, TOutput, bool> agree)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(agree);
        Validation.Require.NotEmpty(inputs, nameof(inputs));
        const string expectedText = "the library's function (see the solution)";
        if (answer is null)
            return ExerciseRegistry.Current.Record(question, ExerciseKind.Function, Verdict.NotAnswered(expectedText));
        int agreeing = 0;
        string? failure = null;
        foreach (var input in inputs)
        {
            try
            {
                if (agree(answer(input), reference(input))) agreeing++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure ??= $"Your function threw {e.GetType().Name} ({e.Message}) on a hidden input.";
            }
        }
        string feedback = $"It agrees with the library on {agreeing} of {inputs.Count} hidden inputs." + (failure is null ? "" : " " + failure);
        var verdict = Verdict.Of(agreeing == inputs.Count, "a function", expectedText, feedback);
        return ExerciseRegistry.Current.Record(question, ExerciseKind.Function, verdict);
    }

    /// <summary>Checks a real-valued function on hidden inputs, each output within a relative tolerance.</summary>
    public static ExerciseResult Function<TInput>(
        Question question, Func<TInput, double>? answer, Func<TInput, double> reference, IReadOnlyList<TInput> inputs,
        double relativeTolerance = DefaultRelativeTolerance, double absoluteTolerance = DefaultAbsoluteTolerance)
    {
        RequireTolerances(relativeTolerance, absoluteTolerance);
        return Function(question, answer, reference, inputs,
            (given, expected) => Close(given, expected, relativeTolerance, absoluteTolerance));
    }
}
