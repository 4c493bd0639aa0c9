using TeachingKit.NoFreeLunch;

namespace TeachingKit.Tests.NoFreeLunch;

public class BooleanFunctionClassesTests
{
    // Independent enumeration: every function sign(w·x − t) with integer weights in [−3, 3] and half-integer thresholds.
    // Weights up to 3 realise every threshold function of n ≤ 4 inputs (largest minimal integer weight 1, 1, 2, 3 for
    // n = 1..4, OEIS A003432), so this set must equal the exact LP's; the test fails if either side misses or adds one.
    private static SortedSet<int> IntegerWeightThresholdFunctions(BooleanCube cube)
    {
        var functions = new SortedSet<int>();
        int n = cube.Inputs, combos = (int)Math.Pow(7, n);
        for (int code = 0; code < combos; code++)
        {
            var w = new int[n];
            for (int i = 0, c = code; i < n; i++, c /= 7) w[i] = c % 7 - 3;
            for (int twiceT = -25; twiceT <= 25; twiceT += 2)
            {
                int f = 0;
                for (int x = 0; x < cube.PointCount; x++)
                {
                    int sum = 0;
                    for (int i = 0; i < n; i++) sum += BooleanCube.Bit(x, i) ? w[i] : 0;
                    if (2 * sum > twiceT) f |= 1 << x;
                }
                functions.Add(f);
            }
        }
        return functions;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void LinearlySeparableFunctionsAreTheKnownCountAndTheIntegerWeightOnes(int n)
    {
        var cube = new BooleanCube(n);
        var separable = BooleanFunctionClasses.LinearlySeparable(cube);
        Assert.Equal(BooleanFunctionClasses.KnownLinearlySeparableCounts[n - 1], separable.Length);   // 4, 14, 104, 1882
        Assert.Equal(IntegerWeightThresholdFunctions(cube), separable);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void SymmetricFunctionsAreExactlyThoseInvariantUnderSwappingTwoInputs(int n)
    {
        var cube = new BooleanCube(n);
        // Adjacent transpositions generate every permutation of the inputs.
        int Swap(int x, int i) => (x & ~(3 << i)) | (((x >> i) & 1) << (i + 1)) | (((x >> (i + 1)) & 1) << i);
        var invariant = Enumerable.Range(0, cube.TargetCount).Where(f =>
            Enumerable.Range(0, n - 1).All(i => Enumerable.Range(0, cube.PointCount).All(x => ((f >> x) & 1) == ((f >> Swap(x, i)) & 1))));
        Assert.Equal(invariant, BooleanFunctionClasses.Symmetric(cube));
        Assert.Equal(1 << (n + 1), BooleanFunctionClasses.Symmetric(cube).Length);
    }
}
