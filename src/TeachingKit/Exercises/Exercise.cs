using System.Globalization;
using System.Numerics;

namespace TeachingKit.Exercises;

/// <summary>
/// The checks a notebook's check cells call: each compares the student's answer with the value the
/// library computed, records the verdict in the notebook's <see cref="ExerciseRegistry"/> and returns
/// it. A wrong answer never throws and never shows the expected value.
/// </summary>
/// <remarks>
/// A placeholder answer (<c>null</c>, or <see cref="double.NaN"/> for numbers) yields
/// <see cref="ExerciseStatus.NotAnswered"/>, so a notebook with open exercises still runs to the end.
/// </remarks>
public static partial class Exercise
{
    /// <summary>The default relative tolerance for real-valued answers.</summary>
    public const double DefaultRelativeTolerance = 1e-6;

    /// <summary>The default absolute tolerance: only what rounding leaves of an expected zero.</summary>
    public const double DefaultAbsoluteTolerance = 1e-12;

    /// <summary>Checks an exact integer (counts of minima, regions, saddles…).</summary>
    public static ExerciseResult Integer(Question question, BigInteger? answer, BigInteger expected)
    {
        ArgumentNullException.ThrowIfNull(question);
        string expectedText = expected.ToString(CultureInfo.InvariantCulture);
        var verdict = answer is not { } value ? Verdict.NotAnswered(expectedText)
            : Verdict.Of(value == expected, value.ToString(CultureInfo.InvariantCulture), expectedText, ErrorDirection.Describe(value, expected));
        return ExerciseRegistry.Current.Record(question, ExerciseKind.Integer, verdict);
    }

    /// <summary>Checks a real number: |answer − expected| ≤ relativeTolerance·|expected| + absoluteTolerance.</summary>
    /// <remarks>Truly relative, so 2⁻²⁰ checked to 1e-3 rejects 0 and 2⁻¹⁰.</remarks>
    public static ExerciseResult Number(
        Question question, double? answer, double expected,
        double relativeTolerance = DefaultRelativeTolerance, double absoluteTolerance = DefaultAbsoluteTolerance)
    {
        ArgumentNullException.ThrowIfNull(question);
        RequireTolerances(relativeTolerance, absoluteTolerance);
        string expectedText = Format(expected);
        var verdict = answer is not { } value || double.IsNaN(value) ? Verdict.NotAnswered(expectedText)
            : Verdict.Of(Close(value, expected, relativeTolerance, absoluteTolerance), Format(value), expectedText,
                ErrorDirection.Describe(value, expected));
        return ExerciseRegistry.Current.Record(question, ExerciseKind.Number, verdict);
    }

    /// <summary>Checks a vector of reals entry by entry, each within its own relative tolerance.</summary>
    /// <remarks>A wrong answer names the entries that are off (1-based) and their direction, not the expected entries.</remarks>
    public static ExerciseResult Vector(
        Question question, IReadOnlyList<double>? answer, IReadOnlyList<double> expected,
        double relativeTolerance = DefaultRelativeTolerance, double absoluteTolerance = DefaultAbsoluteTolerance)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(expected);
        RequireTolerances(relativeTolerance, absoluteTolerance);
        string expectedText = Format(expected);
        Verdict verdict;
        if (answer is null || answer.Any(double.IsNaN))
            verdict = Verdict.NotAnswered(expectedText);
        else if (answer.Count != expected.Count)
            verdict = Verdict.Of(false, Format(answer), expectedText, $"The answer needs {expected.Count} entries, not {answer.Count}.");
        else
        {
            var off = Enumerable.Range(0, expected.Count)
                .Where(i => !Close(answer[i], expected[i], relativeTolerance, absoluteTolerance)).ToList();
            string feedback = string.Join(" ", off.Select(i => $"Entry {i + 1}: " +
                ErrorDirection.Describe(answer[i], expected[i]).Replace("Your answer", "it", StringComparison.Ordinal)));
            verdict = Verdict.Of(off.Count == 0, Format(answer), expectedText, feedback);
        }
        return ExerciseRegistry.Current.Record(question, ExerciseKind.Vector, verdict);
    }

    /// <summary>Checks a multiple-choice answer given as an enum (or other value type) by equality.</summary>
    public static ExerciseResult Choice<T>(Question question, T? answer, T expected) where T : struct
    {
        ArgumentNullException.ThrowIfNull(question);
        string expectedText = expected.ToString() ?? "";
        var verdict = answer is not { } value ? Verdict.NotAnswered(expectedText)
            : Verdict.Of(EqualityComparer<T>.Default.Equals(value, expected), value.ToString() ?? "", expectedText, null);
        return ExerciseRegistry.Current.Record(question, ExerciseKind.Choice, verdict);
    }

    /// <summary>Checks a multiple-choice answer given as one of <paramref name="options"/> (e.g. "A", "B", "C").</summary>
    /// <remarks>Letters compare without regard to case or surrounding spaces; an answer that is no option is wrong and says so.</remarks>
    public static ExerciseResult Choice(Question question, string? answer, string expected, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(question);
        Validation.Require.NotEmpty(options, nameof(options));
        if (!options.Contains(expected, StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"expected \"{expected}\" must be one of the options.", nameof(expected));
        Verdict verdict;
        if (answer is null)
            verdict = Verdict.NotAnswered(expected);
        else
        {
            string given = answer.Trim();
            bool known = options.Contains(given, StringComparer.OrdinalIgnoreCase);
            verdict = Verdict.Of(string.Equals(given, expected, StringComparison.OrdinalIgnoreCase), given, expected,
                known ? null : $"\"{given}\" is not one of the options {string.Join(", ", options)}.");
        }
        return ExerciseRegistry.Current.Record(question, ExerciseKind.Choice, verdict);
    }

    /// <summary>Shows the answer of an exercise whose check has run in this notebook and marks it revealed (no points).</summary>
    public static ExerciseResult Reveal(string id) => ExerciseRegistry.Current.Reveal(id);

    /// <summary>The notebook's progress: exercises answered, correct, and points of the total.</summary>
    public static ExerciseProgress Progress() => ExerciseRegistry.Current.Progress();

    internal static bool Close(double answer, double expected, double relativeTolerance, double absoluteTolerance) =>
        answer == expected || Math.Abs(answer - expected) <= relativeTolerance * Math.Abs(expected) + absoluteTolerance;

    internal static void RequireTolerances(double relativeTolerance, double absoluteTolerance)
    {
        if (!(relativeTolerance >= 0) || double.IsInfinity(relativeTolerance))
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "relativeTolerance must be finite and non-negative.");
        if (!(absoluteTolerance >= 0) || double.IsInfinity(absoluteTolerance))
            throw new ArgumentOutOfRangeException(nameof(absoluteTolerance), absoluteTolerance, "absoluteTolerance must be finite and non-negative.");
    }

    internal static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    internal static string Format(IReadOnlyList<double> values) => "(" + string.Join(", ", values.Select(Format)) + ")";
}
