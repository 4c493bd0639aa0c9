using System.Globalization;
using System.Numerics;

namespace TeachingKit.Exercises;

/// <summary>
/// Compares a student's answer with the library's and returns a verdict that says what was
/// expected and why. A wrong answer never throws: it is a result the notebook shows.
/// </summary>
/// <remarks>
/// A placeholder answer (<c>null</c>, or <see cref="double.NaN"/> for numbers) yields
/// <see cref="ExerciseStatus.NotAnswered"/>, so a notebook with open exercises still runs.
/// </remarks>
public static class Exercise
{
    /// <summary>The default relative tolerance for real-valued answers.</summary>
    public const double DefaultRelativeTolerance = 1e-6;

    /// <summary>The default absolute tolerance: only what rounding leaves of an expected zero.</summary>
    public const double DefaultAbsoluteTolerance = 1e-12;

    /// <summary>Checks a real number within a relative tolerance, plus an absolute floor for an expected zero.</summary>
    /// <param name="exercise">Short name of the exercise.</param>
    /// <param name="answer">The student's answer; null or NaN means not answered yet.</param>
    /// <param name="expected">The library's answer.</param>
    /// <param name="why">Why <paramref name="expected"/> is right, or null.</param>
    /// <param name="relativeTolerance">Accepted |answer − expected| as a fraction of |expected|.</param>
    /// <param name="absoluteTolerance">Accepted |answer − expected| on top of the relative part.</param>
    /// <remarks>
    /// The test is |answer − expected| ≤ relativeTolerance·|expected| + absoluteTolerance: truly
    /// relative, so 2⁻²⁰ checked to 1e-3 rejects 0 and 2⁻¹⁰.
    /// </remarks>
    public static ExerciseResult CheckNumber(
        string exercise, double? answer, double expected, string? why = null,
        double relativeTolerance = DefaultRelativeTolerance, double absoluteTolerance = DefaultAbsoluteTolerance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        RequireTolerances(relativeTolerance, absoluteTolerance);
        string expectedText = Format(expected);
        if (answer is null || double.IsNaN(answer.Value))
            return new ExerciseResult(exercise, ExerciseStatus.NotAnswered, null, expectedText, why);
        bool close = Close(answer.Value, expected, relativeTolerance * Math.Abs(expected) + absoluteTolerance);
        return Verdict(exercise, close, Format(answer.Value), expectedText, why);
    }

    /// <summary>Checks an exact integer (counts of minima, regions, saddles…).</summary>
    public static ExerciseResult CheckInteger(string exercise, BigInteger? answer, BigInteger expected, string? why = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        string expectedText = expected.ToString(CultureInfo.InvariantCulture);
        if (answer is null)
            return new ExerciseResult(exercise, ExerciseStatus.NotAnswered, null, expectedText, why);
        return Verdict(exercise, answer.Value == expected,
            answer.Value.ToString(CultureInfo.InvariantCulture), expectedText, why);
    }

    /// <summary>Checks a vector of reals entry by entry, each within its own relative tolerance.</summary>
    /// <remarks>
    /// Entry i passes when |answer_i − expected_i| ≤ relativeTolerance·|expected_i| + absoluteTolerance,
    /// so a small entry is checked as strictly as a large one.
    /// </remarks>
    public static ExerciseResult CheckVector(
        string exercise, IReadOnlyList<double>? answer, IReadOnlyList<double> expected, string? why = null,
        double relativeTolerance = DefaultRelativeTolerance, double absoluteTolerance = DefaultAbsoluteTolerance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        ArgumentNullException.ThrowIfNull(expected);
        RequireTolerances(relativeTolerance, absoluteTolerance);
        string expectedText = Format(expected);
        if (answer is null || answer.Any(double.IsNaN))
            return new ExerciseResult(exercise, ExerciseStatus.NotAnswered, null, expectedText, why);
        bool close = answer.Count == expected.Count && answer.Zip(expected).All(p =>
            Close(p.First, p.Second, relativeTolerance * Math.Abs(p.Second) + absoluteTolerance));
        return Verdict(exercise, close, Format(answer), expectedText, why);
    }

    /// <summary>Checks a discrete answer (an enum value, a string, a bool) by equality.</summary>
    public static ExerciseResult CheckChoice<T>(string exercise, T? answer, T expected, string? why = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exercise);
        ArgumentNullException.ThrowIfNull(expected);
        string expectedText = expected.ToString() ?? "";
        if (answer is null)
            return new ExerciseResult(exercise, ExerciseStatus.NotAnswered, null, expectedText, why);
        return Verdict(exercise, EqualityComparer<T>.Default.Equals(answer, expected),
            answer.ToString() ?? "", expectedText, why);
    }

    private static bool Close(double answer, double expected, double tolerance) =>
        answer == expected || Math.Abs(answer - expected) <= tolerance;

    private static void RequireTolerances(double relativeTolerance, double absoluteTolerance)
    {
        if (!(relativeTolerance >= 0) || double.IsInfinity(relativeTolerance))
            throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "relativeTolerance must be finite and non-negative.");
        if (!(absoluteTolerance >= 0) || double.IsInfinity(absoluteTolerance))
            throw new ArgumentOutOfRangeException(nameof(absoluteTolerance), absoluteTolerance, "absoluteTolerance must be finite and non-negative.");
    }

    private static ExerciseResult Verdict(string exercise, bool passed, string answer, string expected, string? why) =>
        new(exercise, passed ? ExerciseStatus.Passed : ExerciseStatus.Failed, answer, expected, why);

    private static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    private static string Format(IReadOnlyList<double> values) => "(" + string.Join(", ", values.Select(Format)) + ")";
}
