using TeachingKit.Data;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Data;

public class DigitsTests
{
    private static readonly string Header = string.Join(",", Enumerable.Range(0, 64).Select(p => $"pixel_{p / 8}_{p % 8}")) + ",digit";
    private static string Row(int pixel, int digit) => string.Join(",", Enumerable.Repeat(pixel, 64)) + "," + digit;

    [Fact]
    public void TheKitsFileHasAllImagesAndEveryClass()
    {
        var digits = Digits.Load(Repository.PathTo("data", "digits.csv"));
        Assert.Equal(1797, digits.Count);
        Assert.Equal(Enumerable.Range(0, 10), digits.Labels.Distinct().Order());
        // The first image of the UCI set is a 0 (its first row reads 0 0 5 13 9 1 0 0).
        Assert.Equal(0, digits.Labels[0]);
        Assert.Equal([0.0, 0, 5, 13, 9, 1, 0, 0], digits.Images[0][..8]);
    }

    [Fact]
    public void TheDefaultSplitIsFixedDisjointAndScaled()
    {
        var digits = Digits.Load(Repository.PathTo("data", "digits.csv"));
        var split = digits.Split();
        Assert.Equal((1437, 180, 180), (split.Train.Count, split.Validation.Count, split.Test.Count));
        Assert.Equal(split.Train.Inputs[5], digits.Split().Train.Inputs[5]);
        Assert.NotEqual(split.Train.Inputs[5], digits.Split(seed: 1).Train.Inputs[5]);
        Assert.All(split.Test.Inputs, x => Assert.InRange(x.Max(), 0.0, 1.0));
        Assert.All(split.Test.Targets, y => Assert.Equal(1.0, y.Sum()));
        // Disjoint: the three parts together hold every image once (images are compared by their pixels).
        var all = split.Train.Inputs.Concat(split.Validation.Inputs).Concat(split.Test.Inputs).Select(x => string.Join(",", x));
        Assert.Equal(digits.ToDataset().Inputs.Select(x => string.Join(",", x)).Order(), all.Order());
        Assert.Equal("validationCount", Assert.Throws<ArgumentException>(() => digits.Split(trainCount: 1700, validationCount: 97)).ParamName);
    }

    public static TheoryData<string[], int, string> MalformedFiles() => new()
    {
        { [], 1, "empty" },
        { [Header, Row(0, 1)], 1, "'# source:'" },
        { ["# source: test", Header], 2, "no images" },
        { ["# source: test", "# a comment", Header, Row(0, 1), Row(0, 1)[2..]], 5, "found 64" },
        { ["# source: test", Header, Row(0, 1), Row(17, 1)], 4, "pixel 0 must lie in 0..16, but was 17" },
        { ["# source: test", Header, Row(3, 10)], 3, "the digit must lie in 0..9" },
        { ["# source: test", Header, Row(3, 2).Replace("3,", "x,")], 3, "pixel 0 must be an integer, but was 'x'" },
        { ["# source: test", Header, Row(3, 2), ""], 4, "found 1" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void AMalformedFileIsRefusedWithItsLineNumber(string[] lines, int line, string problem)
    {
        using var folder = new TempFolder();
        string path = folder.File("digits.csv");
        File.WriteAllLines(path, lines);
        var error = Assert.Throws<InvalidDataException>(() => Digits.Load(path));
        Assert.StartsWith($"{path}, line {line}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void AWellFormedSmallFileLoads()
    {
        using var folder = new TempFolder();
        string path = folder.File("digits.csv");
        File.WriteAllLines(path, ["# source: test", Header, Row(16, 9), Row(0, 0)]);
        var digits = Digits.Load(path);
        Assert.Equal([9, 0], digits.Labels);
        Assert.Equal(1.0, digits.ToDataset().Inputs[0][63]);
        Assert.Equal(1.0, digits.ToDataset([1]).Targets[0][0]);
        Assert.Equal("indices", Assert.Throws<ArgumentOutOfRangeException>(() => digits.ToDataset([2])).ParamName);
        Assert.Throws<ArgumentException>(() => Digits.Load(" "));
    }
}
