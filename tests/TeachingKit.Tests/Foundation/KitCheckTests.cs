using TeachingKit.Exercises;

namespace TeachingKit.Tests.Foundation;

/// <summary>The kit's checks of its own claims, and the errata box built on them.</summary>
public class KitCheckTests
{
    [Fact]
    public void AKitCheckShowsBothValuesAndPasses()
    {
        var check = KitCheck.Integer("6!", 720, 6 * 5 * 4 * 3 * 2, "6·5·4·3·2·1");
        Assert.True(check.Passed);
        Assert.Equal("✔ Kit check: 6! = 720 (independent: 720). Why: 6·5·4·3·2·1", check.ToString());
        Assert.Contains("kit-check-passed", check.ToHtml());
    }

    [Fact]
    public void AFailedKitCheckIsMarkedFailed()
    {
        Assert.Contains("kit-check-failed", KitCheck.Number("x", 1.1, 1.0).ToHtml());
        Assert.True(KitCheck.Number("x", 1.0 + 1e-9, 1.0).Passed);
        Assert.False(KitCheck.Vector("v", [1.0], [1.0, 2.0]).Passed);
        Assert.True(KitCheck.Equal("kind", "saddle", "saddle").Passed);
    }

    [Fact]
    public void AnErratumStatesTheSlideTheCorrectionAndTheCheck()
    {
        var box = new Erratum("Permutations", "6! = 240", "6! = 720", KitCheck.Integer("6!", 720, 720));
        string html = box.ToHtml();
        Assert.Contains("class=\"erratum\"", html);
        Assert.Contains("The slide says: 6! = 240", html);
        Assert.Contains("Correct: 6! = 720", html);
        Assert.Contains("kit-check-passed", html);
        Assert.StartsWith("Erratum (Permutations): the slide says 6! = 240; correct: 6! = 720.", box.ToString());
    }
}
