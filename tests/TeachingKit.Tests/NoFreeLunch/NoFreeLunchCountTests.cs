using System.Numerics;
using TeachingKit.Counting;
using TeachingKit.NoFreeLunch;

namespace TeachingKit.Tests.NoFreeLunch;

public class NoFreeLunchCountTests
{
    private static readonly BooleanCube Cube2 = new(2), Cube3 = new(3), Cube4 = new(4);

    public static TheoryData<string> Learners() => ["constant 0", "constant 1", "nearest neighbour", "perceptron", "network"];

    private static IBooleanLearner Learner(string name) => name switch
    {
        "constant 0" => new ConstantLearner(false),
        "constant 1" => new ConstantLearner(true),
        "nearest neighbour" => new NearestNeighbourLearner(),
        "perceptron" => new PerceptronLearner(),
        "network" => new NetworkLearner(),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Learners))]
    public void EveryLearnerAveragesExactlyOneHalfOffTheTrainingSetForEverySizeAtNEquals3(string name)
    {
        var learner = Learner(name);
        for (int k = 0; k < Cube3.PointCount; k++)   // k = 8 leaves no off-training point
        {
            var tally = NoFreeLunchCount.AllTrainingSets(Cube3, learner, k);
            Assert.Equal(Combinatorics.Binomial(8, k), (BigInteger)tally.TrainingSetCount);
            Assert.Equal(Rational.Half, tally.AverageOverAllTargets());   // exact rationals: equality is the claim
        }
    }

    [Theory]
    [InlineData("constant 0")]
    [InlineData("nearest neighbour")]
    [InlineData("perceptron")]
    public void CheapLearnersAverageExactlyOneHalfOverAll12870TrainingSetsOfSize8AtNEquals4(string name)
    {
        var tally = NoFreeLunchCount.AllTrainingSets(Cube4, Learner(name), 8);
        Assert.Equal(12870, tally.TrainingSetCount);
        Assert.Equal(Rational.Half, tally.AverageOverAllTargets());
    }

    [Fact]
    public void TheNetworkAveragesExactlyOneHalfOnASeededSampleOfTrainingSetsAtNEquals4()
    {
        var tally = NoFreeLunchCount.Count(Cube4, new NetworkLearner(), Cube4.SampleTrainingSets(8, 3, seed: 1));
        Assert.Equal(Rational.Half, tally.AverageOverAllTargets());
    }

    // Independent brute force: for every target f and training set S, train on f restricted to S and count the
    // off-training points predicted right — no labelling/completion bookkeeping.
    private static long[] BruteForceCounts(BooleanCube cube, IBooleanLearner learner, int k, IEnumerable<int>? targets = null)
    {
        var counts = new long[cube.TargetCount];
        foreach (int f in targets ?? Enumerable.Range(0, cube.TargetCount))
            foreach (int s in cube.TrainingSets(k))
            {
                int h = learner.Predict(cube, s, f & s);
                for (int x = 0; x < cube.PointCount; x++)
                    if (((s >> x) & 1) == 0 && ((h >> x) & 1) == ((f >> x) & 1)) counts[f]++;
            }
        return counts;
    }

    [Theory]
    [MemberData(nameof(Learners))]
    public void PerTargetCountsEqualABruteForceOverTargetsAtNEquals2(string name)
    {
        var learner = Learner(name);
        for (int k = 0; k < Cube2.PointCount; k++)
            Assert.Equal(BruteForceCounts(Cube2, learner, k), NoFreeLunchCount.AllTrainingSets(Cube2, learner, k).CorrectCounts);
    }

    // The same learner declared not thread-safe, so the count runs it on one thread.
    private sealed class OneThread(IBooleanLearner inner) : IBooleanLearner
    {
        public string Name => inner.Name;

        public int Predict(BooleanCube cube, int trainingSet, int labels) => inner.Predict(cube, trainingSet, labels);
    }

    [Theory]
    [InlineData("nearest neighbour")]
    [InlineData("perceptron")]
    public void TheCountSharedOutOverTheCoresEqualsTheCountOnOneThread(string name)
    {
        var sets = Cube4.SampleTrainingSets(6, 300, seed: 2);
        Assert.Equal(NoFreeLunchCount.Count(Cube4, new OneThread(Learner(name)), sets).CorrectCounts,
            NoFreeLunchCount.Count(Cube4, Learner(name), sets).CorrectCounts);
    }

    [Fact]
    public void PerTargetAccuraciesDifferBetweenLearnersThoughTheirAveragesAgree()
    {
        var nearest = NoFreeLunchCount.AllTrainingSets(Cube3, new NearestNeighbourLearner(), 4);
        var perceptron = NoFreeLunchCount.AllTrainingSets(Cube3, new PerceptronLearner(), 4);
        var constant = NoFreeLunchCount.AllTrainingSets(Cube3, new ConstantLearner(false), 4);
        Assert.NotEqual(nearest.CorrectCounts, perceptron.CorrectCounts);
        // The constant-0 guess is right on every off-training point of the all-0 target and wrong on all of the all-1 target.
        Assert.Equal(new Rational(1, 1), constant.Accuracy(0));
        Assert.Equal(new Rational(0, 1), constant.Accuracy(Cube3.AllPoints));
        // Nearest neighbour fits the all-0 target perfectly too (every training label is 0).
        Assert.Equal(new Rational(1, 1), nearest.Accuracy(0));
        Assert.Equal(nearest.AverageOverAllTargets(), perceptron.AverageOverAllTargets());
    }

    [Fact]
    public void OnLinearlySeparableTargetsTheLearnersSeparateAndAgreeWithABruteForce()
    {
        var separable = BooleanFunctionClasses.LinearlySeparable(Cube3);
        Rational Average(IBooleanLearner learner)
        {
            var tally = NoFreeLunchCount.AllTrainingSets(Cube3, learner, 4);
            var brute = BruteForceCounts(Cube3, learner, 4, separable);
            var independent = new Rational(separable.Sum(f => brute[f]), (BigInteger)separable.Length * tally.TrainingSetCount * 4);
            Assert.Equal(independent, tally.AverageOver(separable));
            return independent;
        }
        var constant = Average(new ConstantLearner(false));
        var nearest = Average(new NearestNeighbourLearner());
        var perceptron = Average(new PerceptronLearner());
        // The class is closed under complement, so a constant guess stays at exactly 1/2 on it.
        Assert.Equal(Rational.Half, constant);
        Assert.True(nearest.ToDouble() > 0.6, $"nearest neighbour {nearest}");
        Assert.True(perceptron.ToDouble() > nearest.ToDouble(), $"perceptron {perceptron} against nearest neighbour {nearest}");
    }

    [Fact]
    public void TheNetworkLearnerAndTheSampleAreDeterministicPerSeed()
    {
        Assert.Equal(Cube4.SampleTrainingSets(8, 5, seed: 3), Cube4.SampleTrainingSets(8, 5, seed: 3));
        Assert.NotEqual(Cube4.SampleTrainingSets(8, 5, seed: 3), Cube4.SampleTrainingSets(8, 5, seed: 4));
        var first = NoFreeLunchCount.AllTrainingSets(Cube3, new NetworkLearner(seed: 2), 3).CorrectCounts;
        var again = NoFreeLunchCount.AllTrainingSets(Cube3, new NetworkLearner(seed: 2), 3).CorrectCounts;
        Assert.Equal(first, again);
    }

    [Fact]
    public void BadInputIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BooleanCube(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cube3.TrainingSets(9).ToList());
        Assert.Throws<ArgumentException>(() => NoFreeLunchCount.Count(Cube3, new ConstantLearner(), [0b11, 0b111]));
        Assert.Throws<ArgumentException>(() => new Rational(1, 0));
    }
}
