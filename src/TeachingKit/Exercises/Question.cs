using System.Text.RegularExpressions;
using TeachingKit.Validation;

namespace TeachingKit.Exercises;

/// <summary>
/// What a check cell says about its exercise: a stable id, a title, the explanation shown after a
/// correct answer, the hints shown one by one after wrong answers, and the points.
/// </summary>
/// <remarks>
/// The id is the notebook number and a kebab-case name, e.g. "04.largest-stable-step"; graders
/// match answers by it, so it never changes once published. Hints must not state the answer.
/// </remarks>
public sealed record Question
{
    private static readonly Regex IdPattern = new("^[0-9]{2}\\.[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    /// <summary>Creates a question; the id must look like "04.largest-stable-step", points at least 1.</summary>
    public Question(string id, string title, string why, IReadOnlyList<string>? hints = null, int points = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!IdPattern.IsMatch(id))
            throw new ArgumentException($"id must be a notebook number, a dot and kebab-case words (e.g. \"04.largest-stable-step\"), but was \"{id}\".", nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        Id = id;
        Title = title;
        Why = why;
        Hints = hints ?? [];
        if (Hints.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("hints must not contain empty entries.", nameof(hints));
        Points = Require.AtLeast(points, 1, nameof(points));
    }

    /// <summary>The stable id, e.g. "04.largest-stable-step".</summary>
    public string Id { get; }

    /// <summary>A short title shown in the verdict and the progress table.</summary>
    public string Title { get; }

    /// <summary>Why the right answer is right: shown after a correct answer or a reveal.</summary>
    public string Why { get; }

    /// <summary>Hints in order: the k-th wrong attempt shows the first k.</summary>
    public IReadOnlyList<string> Hints { get; }

    /// <summary>The points a correct answer earns.</summary>
    public int Points { get; }
}
