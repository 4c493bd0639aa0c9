using System.Globalization;
using System.Numerics;

namespace TeachingKit.Exercises;

/// <summary>
/// Says in which direction a wrong number is off — wrong sign, too large or too small, and by about
/// what factor when that is 2 or more — without stating the expected value.
/// </summary>
/// <remarks>
/// The factor is rounded to one significant digit ("about 10" for 9.7), so it points the student the
/// right way without handing over the digits.
/// </remarks>
internal static class ErrorDirection
{
    public static string Describe(double answer, double expected)
    {
        if (expected == 0)
            return answer > 0 ? "Your answer is too large." : "Your answer is too small.";
        if (answer == 0)
            return "Your answer is zero; the expected value is not.";
        if (Math.Sign(answer) != Math.Sign(expected))
            return "Your answer has the wrong sign.";
        double ratio = Math.Abs(answer / expected);
        string direction = ratio > 1 ? "too large" : "too small";
        double factor = ratio > 1 ? ratio : 1 / ratio;
        return factor >= 2
            ? $"Your answer is {direction} by a factor of about {Rounded(factor)}."
            : $"Your answer is {direction}.";
    }

    public static string Describe(BigInteger answer, BigInteger expected)
    {
        if (answer.Sign != expected.Sign && answer.Sign != 0 && expected.Sign != 0)
            return "Your answer has the wrong sign.";
        if (expected.IsZero || answer.IsZero)
            return answer > expected ? "Your answer is too large." : "Your answer is too small.";
        // Ratios of huge counts: compare logarithms, which BigInteger gives without overflow.
        double ratio = Math.Exp(BigInteger.Log(BigInteger.Abs(answer)) - BigInteger.Log(BigInteger.Abs(expected)));
        return Describe(ratio, 1.0);
    }

    private static string Rounded(double factor)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(factor)));
        double rounded = Math.Round(factor / magnitude) * magnitude;
        return rounded.ToString("G3", CultureInfo.InvariantCulture);
    }
}
