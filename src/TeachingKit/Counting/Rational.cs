using System.Numerics;

namespace TeachingKit.Counting;

/// <summary>An exact fraction p/q in lowest terms with q &gt; 0, for averages that must come out exactly (e.g. No Free Lunch's 1/2).</summary>
/// <remarks>Numerator and denominator are <see cref="BigInteger"/>s, so sums of 2^(2^n) counts never overflow. Equality is exact.</remarks>
public readonly record struct Rational
{
    /// <summary>The fraction <paramref name="numerator"/>/<paramref name="denominator"/>, reduced.</summary>
    /// <exception cref="ArgumentException"><paramref name="denominator"/> is zero.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new ArgumentException("denominator must not be zero.", nameof(denominator));
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (divisor > BigInteger.One) (numerator, denominator) = (numerator / divisor, denominator / divisor);
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>p, carrying the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>q &gt; 0 (build values with the constructor: <c>default</c> has q = 0 and is not a fraction).</summary>
    public BigInteger Denominator { get; }

    /// <summary>One half, the value No Free Lunch predicts for every learner.</summary>
    public static Rational Half { get; } = new(1, 2);

    /// <summary>The nearest double.</summary>
    public double ToDouble() => (double)Numerator / (double)Denominator;

    /// <summary>"p/q", or "p" when q = 1.</summary>
    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";

    /// <summary>The exact sum.</summary>
    public static Rational operator +(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>The exact difference.</summary>
    public static Rational operator -(Rational a, Rational b) =>
        new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
}
