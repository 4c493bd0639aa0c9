namespace TeachingKit.Exercises;

/// <summary>
/// The verdict on one exercise as a notebook shows it: status, the student's answer, the feedback
/// and hints after a wrong answer, the explanation after a correct one — never the expected value,
/// unless the student asked for it (<see cref="ExerciseStatus.Revealed"/>).
/// </summary>
/// <remarks>
/// <see cref="ToString"/> is the plain-text verdict, <see cref="ToHtml"/> the coloured box and
/// <see cref="ToMimeBundle"/> both plus the JSON the grader reads (names in <see cref="ExerciseFormat"/>).
/// </remarks>
public sealed record ExerciseResult
{
    /// <summary>The stable exercise id, e.g. "04.largest-stable-step".</summary>
    public required string Id { get; init; }

    /// <summary>The exercise's title.</summary>
    public required string Title { get; init; }

    /// <summary>What kind of answer the exercise asks for.</summary>
    public required ExerciseKind Kind { get; init; }

    /// <summary>Correct, wrong, not answered or revealed.</summary>
    public required ExerciseStatus Status { get; init; }

    /// <summary>The student's answer as text, or null when not answered.</summary>
    public string? Answer { get; init; }

    /// <summary>Points earned: all of <see cref="MaxPoints"/> for a correct answer, else 0.</summary>
    public int Points { get; init; }

    /// <summary>The points the exercise is worth.</summary>
    public required int MaxPoints { get; init; }

    /// <summary>How many times this exercise's check has seen a wrong answer in this process.</summary>
    public int WrongAttempts { get; init; }

    /// <summary>The direction of the error ("wrong sign", "too large by a factor of about 10"), or null.</summary>
    public string? Feedback { get; init; }

    /// <summary>The hints shown so far (one more per wrong attempt), in order.</summary>
    public IReadOnlyList<string> Hints { get; init; } = [];

    /// <summary>Why the answer is right: set only after a correct answer or a reveal.</summary>
    public string? Why { get; init; }

    /// <summary>The expected answer: set only when the student asked to see it.</summary>
    public string? RevealedAnswer { get; init; }

    /// <summary>1-based numbers of the statements answered wrongly (statement quizzes).</summary>
    public IReadOnlyList<int> WrongStatements { get; init; } = [];

    /// <summary>True when the answer agrees with the library's.</summary>
    public bool IsCorrect => Status == ExerciseStatus.Correct;

    /// <summary>The verdict as plain text: a first line with the status, then feedback, hints and the explanation.</summary>
    public string Message => ExerciseResultText.Message(this);

    /// <summary>A plain-text verdict, e.g. "✔ 04.largest-stable-step · Largest stable step — Correct: …".</summary>
    public override string ToString() => $"{ExerciseResultText.Symbol(Status)} {Id} · {Title} — {Message}";

    /// <summary>The verdict as a small HTML box (green, red, grey or blue); all text is HTML-escaped.</summary>
    public string ToHtml() => ExerciseResultText.Html(this);

    /// <summary>The verdict in every MIME type the kit emits: plain text, HTML and the exercise JSON.</summary>
    public IReadOnlyDictionary<string, string> ToMimeBundle() => new Dictionary<string, string>
    {
        [ExerciseFormat.PlainTextMimeType] = ToString(),
        [ExerciseFormat.HtmlMimeType] = ToHtml(),
        [ExerciseFormat.ExerciseMimeType] = ExerciseResultText.Json(this),
    };
}
