using TeachingKit.Exercises;

namespace TeachingKit.Tests.Foundation;

/// <summary>True/false statements, multiple choice and student-written functions.</summary>
public class ExerciseQuizKindTests
{
    private static readonly Question Quiz = new("01.saddle-quiz", "Saddle points", "because");

    [Fact]
    public void StatementsSayHowManyAreRightAndWhichAreNot()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var result = Exercise.Statements(Quiz, [true, true, true], [true, false, true]);
        Assert.Equal(ExerciseStatus.Wrong, result.Status);
        Assert.Equal("2 of 3 statements right; not right: statement 2.", result.Feedback);
        Assert.Equal([2], result.WrongStatements);
        Assert.Contains("\"wrongStatements\":[2]", result.ToMimeBundle()[ExerciseFormat.ExerciseMimeType]);
        Assert.All(result.ToMimeBundle().Values, text => Assert.DoesNotContain("[true, false, true]", text));
        Assert.True(Exercise.Statements(Quiz, [true, false, true], [true, false, true]).IsCorrect);
        Assert.Contains("3 answers, not 2", Exercise.Statements(Quiz, [true, false], [true, false, true]).Feedback);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.Statements(Quiz, null, [true]).Status);
    }

    private enum Shape { Bowl, Saddle }

    [Fact]
    public void ChoicesCompareByEqualityAndLettersIgnoreCase()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var q = new Question("04.momentum-quiz", "Momentum", "because");
        Assert.True(Exercise.Choice<Shape>(q, Shape.Saddle, Shape.Saddle).IsCorrect);
        Assert.Equal(ExerciseStatus.Wrong, Exercise.Choice<Shape>(q, Shape.Bowl, Shape.Saddle).Status);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.Choice<Shape>(q, null, Shape.Saddle).Status);
        Assert.True(Exercise.Choice(q, " b ", "B", ["A", "B", "C"]).IsCorrect);
        Assert.Contains("not one of the options", Exercise.Choice(q, "D", "B", ["A", "B", "C"]).Feedback);
        Assert.Null(Exercise.Choice(q, "A", "B", ["A", "B", "C"]).Feedback);
        Assert.Equal("expected", Assert.Throws<ArgumentException>(() => Exercise.Choice(q, "A", "E", ["A", "B"])).ParamName);
    }

    [Fact]
    public void AFunctionIsCheckedOnHiddenInputsAndAThrowIsAWrongAnswer()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var q = new Question("03.region-formula", "Region formula", "sum of binomials");
        double[] inputs = [1, 2, 3, 4];
        Func<double, double> square = x => x * x;
        Assert.True(Exercise.Function(q, square, x => x * x, inputs).IsCorrect);
        var wrong = Exercise.Function<double>(q, x => x < 3 ? x * x : 0, x => x * x, inputs);
        Assert.Equal("It agrees with the library on 2 of 4 hidden inputs.", wrong.Feedback);
        var throws = Exercise.Function<double>(q, x => x < 4 ? x * x : throw new InvalidOperationException("boom"), x => x * x, inputs);
        Assert.Contains("3 of 4", throws.Feedback);
        Assert.Contains("InvalidOperationException (boom)", throws.Feedback);
        Assert.Equal(ExerciseStatus.NotAnswered, Exercise.Function<double>(q, null, x => x, inputs).Status);
    }

    [Fact]
    public void AFunctionWithStructuredOutputUsesTheGivenAgreement()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var q = new Question("05.adam-step", "Adam step", "the slide's update");
        (double, double)[] inputs = [(1, 2), (3, 4)];
        var result = Exercise.Function<(double A, double B), (double Sum, double Product)>(q,
            x => (x.A + x.B, x.A * x.B), x => (x.B + x.A, x.B * x.A), inputs,
            (given, expected) => given.Sum == expected.Sum && given.Product == expected.Product);
        Assert.True(result.IsCorrect);
        Assert.Equal("function", result.Kind.Word());
    }
}
