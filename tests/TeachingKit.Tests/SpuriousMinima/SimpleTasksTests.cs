using TeachingKit.Networks;
using TeachingKit.SpuriousMinima;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.SpuriousMinima;

public class SimpleTasksTests
{
    [Fact]
    public void XorIsTheFourCornersWithExactlyOneOneInClassOne()
    {
        var xor = SimpleTasks.Xor();
        Assert.Equal(4, xor.Count);
        var labels = SimpleTasks.Labels(xor);
        for (int s = 0; s < 4; s++)
            Assert.Equal((int)(xor.Inputs[s][0] + xor.Inputs[s][1]) == 1 ? 1 : 0, labels[s]);
    }

    [Fact]
    public void JellyfishHasElevenBellPointsAndTheTwoSeparatorLinesHoldExactlyTheBell()
    {
        var jellyfish = SimpleTasks.Jellyfish();
        var labels = SimpleTasks.Labels(jellyfish);
        Assert.Equal(31, jellyfish.Count);
        Assert.Equal(11, labels.Count(c => c == 1));
        for (int s = 0; s < jellyfish.Count; s++)
        {
            double x = jellyfish.Inputs[s][0], y = jellyfish.Inputs[s][1];
            // Independent of the library's lines: above y = 0.9 − 1.2|x| is the union of the two half-planes.
            Assert.Equal(labels[s] == 1, y > 0.9 - 1.2 * Math.Abs(x));
            Assert.Equal(labels[s] == 1, SimpleTasks.JellyfishSeparator.Any(l => l.Evaluate(x, y) > 0));
            Assert.Equal(labels[s] == 1, y >= 0 && Math.Abs(x * x + y * y - 1) < 1e-12);   // the bell is the upper unit half-circle
        }
        // The remarks' tempting partition: one horizontal line at y = 0.55 gets 27 of the 31 points right.
        Assert.Equal(27, Enumerable.Range(0, jellyfish.Count).Count(s => (jellyfish.Inputs[s][1] > 0.55 ? 1 : 0) == labels[s]));
    }

    [Fact]
    public void TwoReluUnitsCanSolveBothTasks()
    {
        // The capacity is there at h = 2, so a failed run is stuck, not too small.
        // XOR: Goodfellow et al. §6.1's solution, h = relu(x₁ + x₂ − c), logit₁ − logit₀ = h₁ − 2h₂ − ½.
        var network = new BatchMlp([2, 2, 2], Activation.Relu);
        var mlp = network.Architecture;
        var xorParameters = new double[network.ParameterCount];
        for (int i = 0; i < 2; i++)
        {
            xorParameters[mlp.WeightIndex(1, i, 0)] = 1;
            xorParameters[mlp.WeightIndex(1, i, 1)] = 1;
        }
        xorParameters[mlp.BiasIndex(1, 1)] = -1;
        xorParameters[mlp.WeightIndex(2, 1, 0)] = 1;
        xorParameters[mlp.WeightIndex(2, 1, 1)] = -2;
        xorParameters[mlp.BiasIndex(2, 1)] = -0.5;
        Assert.Equal(1.0, network.Evaluate(xorParameters, SimpleTasks.Xor()).Accuracy, 12);

        // Jellyfish: the two separator lines as units, logit₁ − logit₀ = 10(h₁ + h₂) − 0.01.
        var jellyParameters = ReluBlindSpot.WithLines(network, SimpleTasks.JellyfishSeparator);
        jellyParameters[mlp.WeightIndex(2, 1, 0)] = 10;
        jellyParameters[mlp.WeightIndex(2, 1, 1)] = 10;
        jellyParameters[mlp.BiasIndex(2, 1)] = -0.01;
        Assert.Equal(1.0, network.Evaluate(jellyParameters, SimpleTasks.Jellyfish()).Accuracy, 12);
    }

    [Fact]
    public void PublishedTableHasFortyEightCellsReadAdamReluSigmoidThenGradientDescent()
    {
        var rows = PublishedSimpleTasks.Load(Repository.PathTo("data", PublishedSimpleTasks.FileName));
        Assert.Equal(48, rows.Count);
        double Share(string task, SimpleTaskOptimizer o, Activation a, int h) =>
            rows.Single(r => r.Task == task && r.Optimizer == o && r.Activation == a && r.Hidden == h).Share;
        // Lecture 001, "Even Simple Task can be Difficult", row h = 2: "Adam 28% 79% 7% 0% GD 23% 90% 16% 62%".
        Assert.Equal(0.28, Share("XOR", SimpleTaskOptimizer.Adam, Activation.Relu, 2), 12);
        Assert.Equal(0.79, Share("XOR", SimpleTaskOptimizer.Adam, Activation.Sigmoid, 2), 12);
        Assert.Equal(0.07, Share("XOR", SimpleTaskOptimizer.GradientDescent, Activation.Relu, 2), 12);
        Assert.Equal(0.0, Share("XOR", SimpleTaskOptimizer.GradientDescent, Activation.Sigmoid, 2), 12);
        Assert.Equal(0.62, Share("Jellyfish", SimpleTaskOptimizer.GradientDescent, Activation.Sigmoid, 2), 12);
        // Row h = 7: "Adam 97% 100% 69% 58% GD 89% 100% 86% 100%".
        Assert.Equal(0.58, Share("XOR", SimpleTaskOptimizer.GradientDescent, Activation.Sigmoid, 7), 12);
        Assert.Equal(0.86, Share("Jellyfish", SimpleTaskOptimizer.GradientDescent, Activation.Relu, 7), 12);
    }

    [Fact]
    public void PublishedLoaderNamesTheLineOfAnUnknownOptimizer()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "t.csv");
        File.WriteAllText(path, "# source: test\ntask,optimizer,activation,h,success_percent\nXOR,SGD,ReLU,2,28\n");
        var error = Assert.Throws<InvalidDataException>(() => PublishedSimpleTasks.Load(path));
        Assert.Contains("line 3", error.Message);
        File.WriteAllText(path, "# source: test\ntask,optimizer,activation,h,success_percent\nXOR,Adam,ReLU,2,128\n");
        Assert.Throws<InvalidDataException>(() => PublishedSimpleTasks.Load(path));
    }
}
