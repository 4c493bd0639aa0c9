using TeachingKit.Exercises;

namespace TeachingKit.Tests.Foundation;

public class ExerciseTests
{
    [Fact]
    public void ACloseNumberPassesAndSaysWhy()
    {
        var result = Exercise.CheckNumber("1/1024", 0.0009765625000001, Math.Pow(2, -10), why: "2^-N with N = 10");
        Assert.Equal(ExerciseStatus.Passed, result.Status);
        Assert.Equal("✔ 1/1024 — Correct: 0.0009765625. Why: 2^-N with N = 10", result.ToString());
    }

    [Fact]
    public void AWrongNumberFailsAndStatesTheExpectedAnswer()
    {
        var result = Exercise.CheckNumber("speed-up", 1.9, 10, why: "1/(1 − α) with α = 0.9");
        Assert.False(result.Passed);
        Assert.Equal("Not yet: you answered 1.9, but the expected answer is 10. Why: 1/(1 − α) with α = 0.9", result.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(double.NaN)]
    public void APlaceholderIsNotAnsweredYet(double? answer)
    {
        var result = Exercise.CheckNumber("x", answer, 1.0, why: "hidden until answered");
        Assert.Equal(ExerciseStatus.NotAnswered, result.Status);
        Assert.DoesNotContain("hidden", result.Message);
    }

    [Fact]
    public void TheToleranceIsRelativeToTheExpectedValue()
    {
        Assert.True(Exercise.CheckNumber("big", 1_000_000.5, 1_000_000, relativeTolerance: 1e-6).Passed);
        Assert.False(Exercise.CheckNumber("big", 1_000_002, 1_000_000, relativeTolerance: 1e-6).Passed);
        Assert.False(Exercise.CheckNumber("small", 1e-9, 0, relativeTolerance: 1e-6).Passed);
        Assert.True(Exercise.CheckNumber("small", 1e-9, 0, relativeTolerance: 1e-6, absoluteTolerance: 1e-8).Passed);
    }

    [Fact]
    public void ASmallExpectedValueIsCheckedRelativelyNotAbsolutely()
    {
        // 2^-20 to 0.1 %: neither 0 nor the N = 10 answer 2^-10 may pass (an absolute 1e-3 would pass both).
        double expected = Math.Pow(2, -20);
        Assert.True(Exercise.CheckNumber("2^-20", expected * (1 + 5e-4), expected, relativeTolerance: 1e-3).Passed);
        Assert.False(Exercise.CheckNumber("2^-20", 0, expected, relativeTolerance: 1e-3).Passed);
        Assert.False(Exercise.CheckNumber("2^-20", Math.Pow(2, -10), expected, relativeTolerance: 1e-3).Passed);
        Assert.False(Exercise.CheckVector("v", [1.0, 0.0], [1.0, 0.001], relativeTolerance: 0.02).Passed);
        Assert.True(Exercise.CheckVector("v", [1.0, 0.00101], [1.0, 0.001], relativeTolerance: 0.02).Passed);
    }

    [Fact]
    public void IntegersAreComparedExactlyEvenWhenHuge()
    {
        var huge = System.Numerics.BigInteger.Pow(3628800, 9);
        Assert.True(Exercise.CheckInteger("10!^9", huge, huge).Passed);
        Assert.False(Exercise.CheckInteger("10!^9", huge + 1, huge).Passed);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.CheckInteger("n", null, 3).Status);
    }

    [Fact]
    public void VectorsMustAgreeInLengthAndEntries()
    {
        Assert.True(Exercise.CheckVector("v", [1.0, 2.0], [1.0, 2.0 + 1e-9]).Passed);
        Assert.False(Exercise.CheckVector("v", [1.0, 2.0], [1.0, 2.0, 3.0]).Passed);
        Assert.False(Exercise.CheckVector("v", [1.0, 2.5], [1.0, 2.0]).Passed);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.CheckVector("v", null, [1.0]).Status);
    }

    [Fact]
    public void ChoicesCompareByEquality()
    {
        Assert.True(Exercise.CheckChoice("kind", DayOfWeek.Monday, DayOfWeek.Monday).Passed);
        Assert.Equal("Not yet: you answered Sunday, but the expected answer is Monday.", Exercise.CheckChoice("kind", DayOfWeek.Sunday, DayOfWeek.Monday).Message);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.CheckChoice<string>("word", null, "saddle").Status);
    }

    [Fact]
    public void TheHtmlVerdictIsColouredAndEscaped()
    {
        string html = Exercise.CheckChoice("<b>name</b>", "<i>", "x").ToHtml();
        Assert.Contains("exercise-failed", html);
        Assert.Contains("&lt;b&gt;name&lt;/b&gt;", html);
        Assert.Contains("&lt;i&gt;", html);
        Assert.DoesNotContain("<b>name", html);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Assert.Equal("exercise", Assert.ThrowsAny<ArgumentException>(() => Exercise.CheckNumber(" ", 1, 1)).ParamName);
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.CheckNumber("x", 1, 1, relativeTolerance: -1)).ParamName);
        Assert.Equal("absoluteTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Exercise.CheckVector("x", [1.0], [1.0], absoluteTolerance: double.NaN)).ParamName);
    }
}
