using System.Numerics;
using TeachingKit.Exercises;

namespace TeachingKit.Tests.Foundation;

/// <summary>The number, integer and vector kinds: verdicts, tolerances, direction of the error, never the expected value.</summary>
public class ExerciseTests
{
    private static Question Q(string id = "00.test", params string[] hints) => new(id, "A test", "because of the formula", hints);

    [Fact]
    public void ACloseNumberIsCorrectAndSaysWhy()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var result = Exercise.Number(Q(), 0.0009765625000001, Math.Pow(2, -10));
        Assert.Equal(ExerciseStatus.Correct, result.Status);
        Assert.Equal("✔ 00.test · A test — Correct: 0.0009765625.\nWhy: because of the formula", result.ToString());
        Assert.Equal(1, result.Points);
    }

    [Fact]
    public void AWrongNumberGivesTheDirectionAndAHintButNotTheExpectedValue()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var result = Exercise.Number(Q("04.speed-up", "Sum the geometric series."), 100, 10);
        Assert.Equal(ExerciseStatus.Wrong, result.Status);
        Assert.Contains("too large by a factor of about 10", result.Message);
        Assert.Contains("Hint 1: Sum the geometric series.", result.Message);
        Assert.Null(result.Why);
        Assert.DoesNotContain("formula", result.Message);
        Assert.DoesNotContain("10.", result.Message.Replace("about 10.", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.1, 0.1, "wrong sign")]
    [InlineData(0.12, 0.1, "too large.")]
    [InlineData(0.02, 0.1, "too small by a factor of about 5")]
    [InlineData(0, 0.1, "zero")]
    [InlineData(0.5, 0, "too large")]
    public void TheDirectionOfANumbersErrorIsNamed(double answer, double expected, string said)
    {
        using var _ = ExerciseRegistry.UseFresh();
        Assert.Contains(said, Exercise.Number(Q(), answer, expected).Feedback);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    public void APlaceholderIsNotAnsweredYetAndExplainsNothing(double? answer)
    {
        using var _ = ExerciseRegistry.UseFresh();
        var result = Exercise.Number(Q(), answer, 1.0);
        Assert.Equal(ExerciseStatus.NotAnswered, result.Status);
        Assert.DoesNotContain("formula", result.Message);
        Assert.Equal(0, result.WrongAttempts);
    }

    [Fact]
    public void TheToleranceIsRelativeToTheExpectedValue()
    {
        using var _ = ExerciseRegistry.UseFresh();
        Assert.True(Exercise.Number(Q(), 1_000_000.5, 1_000_000, relativeTolerance: 1e-6).IsCorrect);
        Assert.False(Exercise.Number(Q(), 1_000_002, 1_000_000, relativeTolerance: 1e-6).IsCorrect);
        Assert.False(Exercise.Number(Q(), 1e-9, 0, relativeTolerance: 1e-6).IsCorrect);
        Assert.True(Exercise.Number(Q(), 1e-9, 0, relativeTolerance: 1e-6, absoluteTolerance: 1e-8).IsCorrect);
        // 2^-20 to 0.1 %: neither 0 nor 2^-10 may pass (an absolute 1e-3 would pass both).
        double small = Math.Pow(2, -20);
        Assert.True(Exercise.Number(Q(), small * (1 + 5e-4), small, relativeTolerance: 1e-3).IsCorrect);
        Assert.False(Exercise.Number(Q(), 0, small, relativeTolerance: 1e-3).IsCorrect);
        Assert.False(Exercise.Number(Q(), Math.Pow(2, -10), small, relativeTolerance: 1e-3).IsCorrect);
    }

    [Fact]
    public void IntegersAreComparedExactlyEvenWhenHuge()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var huge = BigInteger.Pow(3628800, 9);
        Assert.True(Exercise.Integer(Q(), huge, huge).IsCorrect);
        var wrong = Exercise.Integer(Q(), huge * 3, huge);
        Assert.False(wrong.IsCorrect);
        Assert.Contains("too large by a factor of about 3", wrong.Feedback);
        Assert.DoesNotContain(huge.ToString(), wrong.ToString());
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.Integer(Q(), null, 3).Status);
    }

    [Fact]
    public void VectorsMustAgreeInLengthAndEntriesAndNameTheEntriesThatAreOff()
    {
        using var _ = ExerciseRegistry.UseFresh();
        Assert.True(Exercise.Vector(Q(), [1.0, 2.0], [1.0, 2.0 + 1e-9]).IsCorrect);
        Assert.Contains("3 entries, not 2", Exercise.Vector(Q(), [1.0, 2.0], [1.0, 2.0, 3.0]).Feedback);
        var off = Exercise.Vector(Q(), [1.0, -2.0], [1.0, 2.0]);
        Assert.Equal("Entry 2: it has the wrong sign.", off.Feedback);
        Assert.False(Exercise.Vector(Q(), [1.0, 0.0], [1.0, 0.001], relativeTolerance: 0.02).IsCorrect);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.Vector(Q(), null, [1.0]).Status);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.Vector(Q(), [double.NaN], [1.0]).Status);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        using var _ = ExerciseRegistry.UseFresh();
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new Question("Largest step", "t", "w")).ParamName);
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new Question("4.step", "t", "w")).ParamName);
        Assert.Equal("points", Assert.ThrowsAny<ArgumentException>(() => new Question("04.step", "t", "w", points: 0)).ParamName);
        Assert.Equal("why", Assert.ThrowsAny<ArgumentException>(() => new Question("04.step", "t", " ")).ParamName);
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.Number(Q(), 1, 1, relativeTolerance: -1)).ParamName);
        Assert.Equal("absoluteTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.Vector(Q(), [1.0], [1.0], absoluteTolerance: double.NaN)).ParamName);
    }
}
