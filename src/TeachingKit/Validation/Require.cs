namespace TeachingKit.Validation;

/// <summary>
/// Argument checks shared by the whole library. Every failure is an <see cref="ArgumentException"/>
/// (or a subclass) whose message names the parameter and the rule it broke.
/// </summary>
public static class Require
{
    /// <summary>Throws unless <paramref name="value"/> is a finite number (not NaN, not ±∞).</summary>
    public static double Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"{paramName} must be a finite number, but was {value}.", paramName);
        return value;
    }

    /// <summary>Throws unless every entry of <paramref name="values"/> is finite; names the first bad index.</summary>
    public static IReadOnlyList<double> AllFinite(IReadOnlyList<double> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException(
                    $"{paramName}[{i}] must be a finite number, but was {values[i]}.", paramName);
        }
        return values;
    }

    /// <summary>Throws if <paramref name="values"/> is null or has no entries.</summary>
    public static IReadOnlyList<T> NotEmpty<T>(IReadOnlyList<T> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Count == 0)
            throw new ArgumentException($"{paramName} must not be empty.", paramName);
        return values;
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and strictly positive.</summary>
    public static double Positive(double value, string paramName)
    {
        Finite(value, paramName);
        if (value <= 0)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be positive, but was {value}.");
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is at least <paramref name="minimum"/>.</summary>
    public static int AtLeast(int value, int minimum, string paramName)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be at least {minimum}, but was {value}.");
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> lies in the half-open interval [lower, upper).</summary>
    public static double InHalfOpenRange(double value, double lower, double upper, string paramName)
    {
        Finite(value, paramName);
        if (value < lower || value >= upper)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must lie in [{lower}, {upper}), but was {value}.");
        return value;
    }

    /// <summary>Throws unless two lengths agree, naming both parameters.</summary>
    public static void SameLength(int length, int expectedLength, string paramName, string otherName)
    {
        if (length != expectedLength)
            throw new ArgumentException(
                $"{paramName} has length {length}, but {otherName} has length {expectedLength}; they must match.", paramName);
    }
}
