namespace TeachingKit.Exercises;

/// <summary>
/// The names of the structured exercise output: MIME types, JSON fields and status words, defined
/// once for the library, the runner's formatter, the grader and the tests.
/// </summary>
/// <remarks>
/// An exercise result is emitted as three MIME types (<see cref="ExerciseResult.ToMimeBundle"/>):
/// plain text, an HTML box and <see cref="ExerciseMimeType"/>, whose value is a JSON object with the
/// fields below. No field carries the expected value unless the status is <see cref="StatusRevealed"/>.
/// </remarks>
public static class ExerciseFormat
{
    /// <summary>Plain text: the one-line verdict.</summary>
    public const string PlainTextMimeType = "text/plain";

    /// <summary>HTML: the coloured verdict box.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The machine-readable verdict of one exercise (a JSON object as text).</summary>
    public const string ExerciseMimeType = "application/vnd.teachingkit.exercise+json";

    /// <summary>The machine-readable progress of a notebook (a JSON object as text).</summary>
    public const string ProgressMimeType = "application/vnd.teachingkit.progress+json";

    /// <summary>JSON field: the exercise id, e.g. "04.largest-stable-step".</summary>
    public const string IdField = "exercise";
    /// <summary>JSON field: the exercise's title.</summary>
    public const string TitleField = "title";
    /// <summary>JSON field: the kind of answer (see <see cref="ExerciseKind"/>).</summary>
    public const string KindField = "kind";
    /// <summary>JSON field: the status word.</summary>
    public const string StatusField = "status";
    /// <summary>JSON field: the student's answer as text, or null.</summary>
    public const string AnswerField = "answer";
    /// <summary>JSON field: the points earned.</summary>
    public const string PointsField = "points";
    /// <summary>JSON field: the points the exercise is worth.</summary>
    public const string MaxPointsField = "maxPoints";
    /// <summary>JSON field: the 1-based numbers of the statements answered wrongly (statement quizzes).</summary>
    public const string WrongStatementsField = "wrongStatements";
    /// <summary>JSON field: how many times this exercise's check saw a wrong answer in this process.</summary>
    public const string AttemptsField = "wrongAttempts";
    /// <summary>JSON field: the expected answer, present only when revealed.</summary>
    public const string RevealedAnswerField = "revealedAnswer";
    /// <summary>JSON field of the progress object: one entry per exercise whose check ran.</summary>
    public const string ExercisesField = "exercises";
    /// <summary>JSON field of the progress object: how many exercises were answered.</summary>
    public const string AnsweredField = "answered";
    /// <summary>JSON field of the progress object: how many were answered correctly.</summary>
    public const string CorrectField = "correct";

    /// <summary>Status word of a correct answer.</summary>
    public const string StatusCorrect = "correct";
    /// <summary>Status word of a wrong answer.</summary>
    public const string StatusWrong = "wrong";
    /// <summary>Status word of an answer still at its placeholder.</summary>
    public const string StatusNotAnswered = "not-answered";
    /// <summary>Status word of an exercise whose answer the student asked to see.</summary>
    public const string StatusRevealed = "revealed";

    /// <summary>CSS class of every exercise verdict box; the status adds <c>exercise-{status word}</c>.</summary>
    public const string HtmlClass = "exercise-result";

    /// <summary>The status word of <paramref name="status"/> (JSON, HTML class).</summary>
    public static string Word(this ExerciseStatus status) => status switch
    {
        ExerciseStatus.Correct => StatusCorrect,
        ExerciseStatus.Wrong => StatusWrong,
        ExerciseStatus.Revealed => StatusRevealed,
        _ => StatusNotAnswered,
    };

    /// <summary>The kind word of <paramref name="kind"/>, e.g. "true-false-statements".</summary>
    public static string Word(this ExerciseKind kind) => kind switch
    {
        ExerciseKind.Integer => "integer",
        ExerciseKind.Number => "number",
        ExerciseKind.Vector => "vector",
        ExerciseKind.Statements => "true-false-statements",
        ExerciseKind.Choice => "multiple-choice",
        _ => "function",
    };
}
