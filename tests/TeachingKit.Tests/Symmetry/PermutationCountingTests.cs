using System.Numerics;
using TeachingKit.Networks;
using TeachingKit.Symmetry;

namespace TeachingKit.Tests.Symmetry;

public class PermutationCountingTests
{
    public static TheoryData<int, int> SmallLayers()
    {
        var data = new TheoryData<int, int>();
        for (int n = 1; n <= 8; n++)
            for (int k = 0; k < n; k++) data.Add(n, k);
        return data;
    }

    [Theory]
    [MemberData(nameof(SmallLayers))]
    public void ClosedFormEqualsBruteForceEnumeration(int n, int k) =>
        Assert.Equal(new BigInteger(PermutationEnumeration.Count(n, k)), PermutationCounting.PermutationPoints(n, k));

    [Fact]
    public void OrderZeroCountsTheMinima()
    {
        for (int n = 1; n <= 12; n++)
            Assert.Equal(PermutationCounting.EquivalentMinima(n), PermutationCounting.PermutationPoints(n, 0));
    }

    [Fact]
    public void SlideFormulasAgreeForEveryLayerUpTo30()
    {
        for (int n = 2; n <= 30; n++)
            Assert.Equal(PermutationCounting.SlideFormula(n, 1), PermutationCounting.PermutationPoints(n, 1));
        for (int n = 3; n <= 30; n++)
            Assert.Equal(PermutationCounting.SlideFormula(n, 2), PermutationCounting.PermutationPoints(n, 2));
    }

    [Fact]
    public void SlideExampleOfFourNeurons()
    {
        // 4 neurons: 4! = 24 minima, (4!/2!)·3 = 36 first-order points, 4!/3!·2 + 4!/4·1 = 14 second-order points.
        Assert.Equal(24, (int)PermutationCounting.EquivalentMinima(4));
        Assert.Equal(36, (int)PermutationCounting.PermutationPoints(4, 1));
        Assert.Equal(14, (int)PermutationCounting.PermutationPoints(4, 2));
        Assert.Equal(1.5, PermutationCounting.SaddleToMinimumRatioBound(4, 1), 12);
    }

    [Theory]
    [InlineData(10, 3, 9330)]
    [InlineData(10, 5, 42525)]
    [InlineData(7, 7, 1)]
    [InlineData(7, 1, 1)]
    [InlineData(0, 0, 1)]
    [InlineData(5, 0, 0)]
    public void StirlingNumbersMatchThePublishedTable(int n, int k, long expected) =>
        Assert.Equal(new BigInteger(expected), PermutationCounting.StirlingSecondKind(n, k));

    [Fact]
    public void LargeLayerMinimaEqualLegendrePrimeProduct()
    {
        // n!^m = Π_p p^(m·Σ_k ⌊n/p^k⌋) (Legendre), independent of the running product.
        const int n = 100, m = 3;
        BigInteger expected = BigInteger.One;
        for (int p = 2; p <= n; p++)
        {
            if (Enumerable.Range(2, Math.Max(0, (int)Math.Sqrt(p) - 1)).Any(d => p % d == 0)) continue;
            int exponent = 0;
            for (long q = p; q <= n; q *= p) exponent += (int)(n / q);
            expected *= BigInteger.Pow(p, m * exponent);
        }
        Assert.Equal(expected, PermutationCounting.EquivalentMinima(n, m));
        Assert.Equal(158, TeachingKit.Counting.Combinatorics.Factorial(n).ToString().Length); // 100! has 158 digits
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(100, 2)]
    [InlineData(100, 3)]
    public void LargeLayerPointsEqualTheInclusionExclusionFormula(int n, int k)
    {
        // Surjections onto r = n − K positions: Σ_j (−1)^j C(r, j)(r − j)^n.
        int r = n - k;
        BigInteger surjections = BigInteger.Zero;
        for (int j = 0; j <= r; j++)
            surjections += (j % 2 == 0 ? 1 : -1) * TeachingKit.Counting.Combinatorics.Binomial(r, j) * BigInteger.Pow(r - j, n);
        Assert.Equal(surjections, PermutationCounting.PermutationPoints(n, k));
    }

    [Fact]
    public void BoundCountsExactlyThePairOnlyConfigurations()
    {
        // The bound n!·C(n−K, K)/2^K counts the points where K pairs coincide and no position holds three vectors.
        for (int n = 3; n <= 8; n++)
            for (int k = 1; 2 * k < n; k++)
            {
                long pairsOnly = PermutationEnumeration.Enumerate(n, k)
                    .Count(assignment => assignment.GroupBy(p => p).All(g => g.Count() <= 2));
                Assert.Equal(new BigInteger(pairsOnly), PermutationCounting.LayerSaddleBound(n, k));
            }
    }

    [Fact]
    public void BoundsNeverExceedTheCounts()
    {
        for (int n = 3; n <= 40; n++)
            for (int k = 1; 2 * k < n; k++)
            {
                Assert.True(PermutationCounting.LayerSaddleBound(n, k) <= PermutationCounting.PermutationPoints(n, k));
                double ratio = (double)PermutationCounting.LayerSaddleBound(n, k) / (double)TeachingKit.Counting.Combinatorics.Factorial(n);
                Assert.True(Math.Abs(ratio - PermutationCounting.SaddleToMinimumRatioBound(n, k)) <= 1e-12 * ratio);
                for (int m = 1; m <= 3; m++)
                    Assert.True(PermutationCounting.NetworkSaddleBound(n, m, k) <= PermutationCounting.NetworkPermutationPoints(n, m, k));
            }
    }

    [Fact]
    public void QuizNineLayersOfTenNeurons()
    {
        BigInteger minima = PermutationCounting.EquivalentMinima(10, 9);
        Assert.Equal(BigInteger.Pow(3628800, 9), minima);
        // (m/2)·C(9, 1)·10!^9 = 9·9/2·10!^9 first-order saddles at least.
        Assert.Equal(minima * 81 / 2, PermutationCounting.NetworkSaddleBound(10, 9, 1));
    }

    [Theory]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 3)]
    [InlineData(10, 9, 1)]
    public void WeightSpaceDimensionCountsTheWeightsOfABiasFreeNetwork(int n, int m, int q)
    {
        var sizes = Enumerable.Repeat(n, m + 1).Append(q).ToArray(); // input of dimension n, m hidden layers, q outputs
        var network = new Mlp(sizes, Activation.Tanh);
        int biases = m * n + q;
        Assert.Equal(network.ParameterCount - biases, PermutationCounting.WeightSpaceDimension(n, m, q));
    }

    [Fact]
    public void TableHasTheSlideFormulaAndBoundWhereTheyApply()
    {
        var rows = PermutationCountRow.Table(2, 12, 3);
        Assert.Equal(11 + 10 + 9, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.K <= 2 ? r.PermutationPoints : null, r.SlideFormula));
        Assert.All(rows, r => Assert.Equal(2 * r.K < r.N, r.Bound.HasValue));
    }

    [Fact]
    public void BadInputNamesTheRule()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.EquivalentMinima(0));
        Assert.Contains("at least 1", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.LayerSaddleBound(4, 2));
        Assert.Contains("K < n/2", e.Message);
        Assert.Equal("order", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.NetworkSaddleBound(5, 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.PermutationPoints(4, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.SlideFormula(5, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationEnumeration.Count(10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.WeightSpaceDimension(0, 1, 1));
    }
}
