using System.Text.Json.Nodes;
using TeachingKit.Exercises;

namespace TeachingKit.Tests.Foundation;

/// <summary>Attempts and hints, reveal, progress, and the MIME bundle that never carries the expected value.</summary>
public class ExerciseRegistryTests
{
    private static readonly Question Step = new("04.largest-stable-step", "Largest stable step", "γ < 2/λ_max",
        ["Look at the steepest direction.", "Solve |1 − γλ| < 1."], points: 2);

    [Fact]
    public void EachWrongAttemptShowsOneMoreHintAndTheHintsStopAtTheLast()
    {
        using var _ = ExerciseRegistry.UseFresh();
        Assert.Equal(["Look at the steepest direction."], Exercise.Number(Step, 0.3, 0.1).Hints);
        Assert.Equal(2, Exercise.Number(Step, 0.3, 0.1).Hints.Count);
        var third = Exercise.Number(Step, 0.3, 0.1);
        Assert.Equal(2, third.Hints.Count);
        Assert.Equal(3, third.WrongAttempts);
        Assert.Empty(Exercise.Number(Step, null, 0.1).Hints);
        var right = Exercise.Number(Step, 0.1, 0.1);
        Assert.Empty(right.Hints);
        Assert.Equal(2, right.Points);
        Assert.Equal("γ < 2/λ_max", right.Why);
    }

    [Fact]
    public void RevealShowsTheAnswerOnlyWhenAskedAndTheExerciseThenEarnsNoPoints()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var wrong = Exercise.Number(Step, 0.25, 0.1);
        foreach (var (mime, text) in wrong.ToMimeBundle())
            Assert.DoesNotContain("0.1", text);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Exercise.Reveal("04.never-checked")).ParamName);

        var revealed = Exercise.Reveal(Step.Id);
        Assert.Equal(ExerciseStatus.Revealed, revealed.Status);
        Assert.Equal("0.1", revealed.RevealedAnswer);
        Assert.Contains("the answer is 0.1", revealed.Message);
        var json = JsonNode.Parse(revealed.ToMimeBundle()[ExerciseFormat.ExerciseMimeType])!;
        Assert.Equal("revealed", json[ExerciseFormat.StatusField]!.GetValue<string>());
        Assert.Equal("0.1", json[ExerciseFormat.RevealedAnswerField]!.GetValue<string>());
        Assert.Equal(0, json[ExerciseFormat.PointsField]!.GetValue<int>());

        var afterwards = Exercise.Number(Step, 0.1, 0.1);
        Assert.Equal(ExerciseStatus.Revealed, afterwards.Status);
        Assert.Equal(0, afterwards.Points);
    }

    [Fact]
    public void TheJsonHasTheAgreedFieldsAndNoExpectedValue()
    {
        using var _ = ExerciseRegistry.UseFresh();
        var bundle = Exercise.Integer(new Question("02.minima", "Minima", "n!^m"), 7, 1728000).ToMimeBundle();
        Assert.Equal([ExerciseFormat.PlainTextMimeType, ExerciseFormat.HtmlMimeType, ExerciseFormat.ExerciseMimeType], bundle.Keys.ToArray());
        var json = JsonNode.Parse(bundle[ExerciseFormat.ExerciseMimeType])!.AsObject();
        Assert.Equal("02.minima", json["exercise"]!.GetValue<string>());
        Assert.Equal("Minima", json["title"]!.GetValue<string>());
        Assert.Equal("integer", json["kind"]!.GetValue<string>());
        Assert.Equal("wrong", json["status"]!.GetValue<string>());
        Assert.Equal("7", json["answer"]!.GetValue<string>());
        Assert.Equal(0, json["points"]!.GetValue<int>());
        Assert.Equal(1, json["maxPoints"]!.GetValue<int>());
        Assert.All(bundle.Values, text => Assert.DoesNotContain("1728000", text));
        Assert.Contains("data-status=\"wrong\"", bundle[ExerciseFormat.HtmlMimeType]);
        Assert.Contains("exercise-wrong", bundle[ExerciseFormat.HtmlMimeType]);
        var notAnswered = JsonNode.Parse(Exercise.Integer(new Question("02.other", "Other", "w"), null, 3).ToMimeBundle()[ExerciseFormat.ExerciseMimeType])!;
        Assert.Null(notAnswered["answer"]);
        Assert.Equal("not-answered", notAnswered["status"]!.GetValue<string>());
    }

    [Fact]
    public void ProgressCountsAnsweredCorrectAndPointsOfTheLatestResults()
    {
        using var _ = ExerciseRegistry.UseFresh();
        Exercise.Number(Step, 0.3, 0.1);
        Exercise.Number(Step, 0.1, 0.1);                                      // now right: 2 points
        Exercise.Integer(new Question("04.count", "Count", "w"), 3, 4);          // wrong
        Exercise.Integer(new Question("04.open", "Open", "w"), null, 4);         // not answered
        var progress = Exercise.Progress();
        Assert.Equal(["04.largest-stable-step", "04.count", "04.open"], progress.Exercises.Select(e => e.Id));
        Assert.Equal((2, 1, 2, 4), (progress.Answered, progress.Correct, progress.Points, progress.MaxPoints));
        Assert.Equal("Progress: 2 of 3 exercises answered, 1 correct, 2 of 4 points.", progress.ToString());
        var json = JsonNode.Parse(progress.ToMimeBundle()[ExerciseFormat.ProgressMimeType])!;
        Assert.Equal(3, json["exercises"]!.AsArray().Count);
        Assert.Equal(2, json["points"]!.GetValue<int>());
    }

    [Fact]
    public void AFreshRegistryIsolatesAndRestores()
    {
        using (ExerciseRegistry.UseFresh())
        {
            Exercise.Number(Step, 0.3, 0.1);
            using (ExerciseRegistry.UseFresh())
                Assert.Empty(Exercise.Progress().Exercises);
            Assert.Single(Exercise.Progress().Exercises);
        }
    }

    [Fact]
    public void TheHtmlIsEscaped()
    {
        using var _ = ExerciseRegistry.UseFresh();
        string html = Exercise.Choice(new Question("00.escape", "<b>name</b>", "w"), "<i>", "x", ["x", "<i>"]).ToHtml();
        Assert.Contains("&lt;b&gt;name&lt;/b&gt;", html);
        Assert.Contains("&lt;i&gt;", html);
        Assert.DoesNotContain("<b>name", html);
    }
}
