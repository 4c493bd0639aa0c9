using System.Globalization;
using System.Numerics;

namespace TeachingKit.Exercises;

/// <summary>
/// The kit's checks of the lecture's claims: a library result against an independent computation
/// (a closed form, a hand count, brute force). Notebooks show them; a failed one fails the notebook tests.
/// </summary>
public static class KitCheck
{
    /// <summary>Checks that two integers are equal.</summary>
    public static KitCheckResult Integer(string claim, BigInteger actual, BigInteger expected, string? why = null) =>
        Result(claim, actual == expected, actual.ToString(CultureInfo.InvariantCulture), expected.ToString(CultureInfo.InvariantCulture), why);

    /// <summary>Checks |actual − expected| ≤ relativeTolerance·|expected| + absoluteTolerance.</summary>
    public static KitCheckResult Number(
        string claim, double actual, double expected, string? why = null,
        double relativeTolerance = Exercise.DefaultRelativeTolerance, double absoluteTolerance = Exercise.DefaultAbsoluteTolerance)
    {
        Exercise.RequireTolerances(relativeTolerance, absoluteTolerance);
        return Result(claim, Exercise.Close(actual, expected, relativeTolerance, absoluteTolerance),
            Exercise.Format(actual), Exercise.Format(expected), why);
    }

    /// <summary>Checks two vectors entry by entry, each within its own relative tolerance.</summary>
    public static KitCheckResult Vector(
        string claim, IReadOnlyList<double> actual, IReadOnlyList<double> expected, string? why = null,
        double relativeTolerance = Exercise.DefaultRelativeTolerance, double absoluteTolerance = Exercise.DefaultAbsoluteTolerance)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        Exercise.RequireTolerances(relativeTolerance, absoluteTolerance);
        bool passed = actual.Count == expected.Count &&
                      actual.Zip(expected).All(p => Exercise.Close(p.First, p.Second, relativeTolerance, absoluteTolerance));
        return Result(claim, passed, Exercise.Format(actual), Exercise.Format(expected), why);
    }

    /// <summary>Checks that two values (enum values, strings, booleans) are equal.</summary>
    public static KitCheckResult Equal<T>(string claim, T actual, T expected, string? why = null) =>
        Result(claim, EqualityComparer<T>.Default.Equals(actual, expected), $"{actual}", $"{expected}", why);

    private static KitCheckResult Result(string claim, bool passed, string actual, string expected, string? why)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claim);
        return new KitCheckResult(claim, passed, actual, expected, why);
    }
}
