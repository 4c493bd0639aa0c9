namespace TeachingKit.Exercises;

/// <summary>
/// The check results of one notebook: the latest verdict, the wrong-attempt counter and the reveal
/// mark per exercise id. A notebook runs in its own process, so one registry per process is one per notebook.
/// </summary>
/// <remarks>
/// Points rule: a correct answer earns the exercise's points; a revealed exercise earns none, also
/// when its check runs again later with a right answer (the reveal is remembered). Tests isolate
/// themselves with <see cref="UseFresh"/>, which scopes a new registry to the current async flow.
/// </remarks>
public sealed class ExerciseRegistry
{
    private static readonly ExerciseRegistry ProcessRegistry = new();
    private static readonly AsyncLocal<ExerciseRegistry?> Scoped = new();

    private readonly object _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The registry the <see cref="Exercise"/> checks record in: the process's, unless a test scoped its own.</summary>
    public static ExerciseRegistry Current => Scoped.Value ?? ProcessRegistry;

    /// <summary>Makes a new, empty registry current for this async flow until the result is disposed.</summary>
    public static IDisposable UseFresh()
    {
        var previous = Scoped.Value;
        Scoped.Value = new ExerciseRegistry();
        return new Restore(() => Scoped.Value = previous);
    }

    /// <summary>Records a check's verdict and returns the result to show: hints up to the wrong-attempt count, why when correct.</summary>
    internal ExerciseResult Record(Question question, ExerciseKind kind, Verdict verdict)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(question.Id, out var entry))
            {
                entry = new Entry();
                _entries[question.Id] = entry;
                _order.Add(question.Id);
            }
            entry.Question = question;
            entry.Kind = kind;
            entry.Expected = verdict.Expected;
            if (verdict.Status == ExerciseStatus.Wrong) entry.WrongAttempts++;
            entry.Last = entry.Revealed ? RevealedResult(entry, verdict) : Shown(entry, verdict);
            return entry.Last;
        }
    }

    /// <summary>Shows the answer of an exercise whose check has run, and marks it revealed (it then earns no points).</summary>
    /// <exception cref="ArgumentException">No check of <paramref name="id"/> has run in this process.</exception>
    public ExerciseResult Reveal(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out var entry))
                throw new ArgumentException($"no check of exercise \"{id}\" has run in this notebook yet: run its check cell first.", nameof(id));
            entry.Revealed = true;
            var last = entry.Last!;
            var answered = last.Answer is null ? Verdict.NotAnswered(entry.Expected!)
                : new Verdict(last.Status, last.Answer, entry.Expected!, last.Feedback, last.WrongStatements);
            entry.Last = RevealedResult(entry, answered);
            return entry.Last;
        }
    }

    /// <summary>The progress so far: every exercise whose check ran, in the order they first ran.</summary>
    public ExerciseProgress Progress()
    {
        lock (_gate)
            return new ExerciseProgress(_order.Select(id => _entries[id].Last!).ToList());
    }

    private static ExerciseResult Shown(Entry entry, Verdict verdict)
    {
        var q = entry.Question!;
        bool correct = verdict.Status == ExerciseStatus.Correct;
        return Base(entry, verdict) with
        {
            Points = correct ? q.Points : 0,
            Hints = verdict.Status == ExerciseStatus.Wrong ? q.Hints.Take(Math.Max(1, entry.WrongAttempts)).ToList() : [],
            Why = correct ? q.Why : null,
        };
    }

    private static ExerciseResult RevealedResult(Entry entry, Verdict verdict) => Base(entry, verdict) with
    {
        Status = ExerciseStatus.Revealed,
        Points = 0,
        Why = entry.Question!.Why,
        RevealedAnswer = entry.Expected,
    };

    private static ExerciseResult Base(Entry entry, Verdict verdict) => new()
    {
        Id = entry.Question!.Id,
        Title = entry.Question.Title,
        Kind = entry.Kind,
        Status = verdict.Status,
        Answer = verdict.Answer,
        MaxPoints = entry.Question.Points,
        WrongAttempts = entry.WrongAttempts,
        Feedback = verdict.Feedback,
        WrongStatements = verdict.WrongStatements,
    };

    private sealed class Entry
    {
        public Question? Question;
        public ExerciseKind Kind;
        public string? Expected;
        public int WrongAttempts;
        public bool Revealed;
        public ExerciseResult? Last;
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
