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

    [Fact]
    public void SlideExampleOfSixNeurons()
    {
        // 6 neurons: 6! = 720 minima, (6!/2!)·5 = 1800 first-order points,
        // 6!/3!·C(4,1) + 6!/(2!·2!)·C(4,2) = 120·4 + 180·6 = 1560 second-order points.
        Assert.Equal(720, (int)PermutationCounting.EquivalentMinima(6));
        Assert.Equal(1800, (int)PermutationCounting.PermutationPoints(6, 1));
        Assert.Equal(1560, (int)PermutationCounting.PermutationPoints(6, 2));
        Assert.Equal(2.5, PermutationCounting.SaddleToMinimumRatioBound(6, 1), 12);   // C(5,1)/2
        Assert.Equal(1.5, PermutationCounting.SaddleToMinimumRatioBound(6, 2), 12);   // C(4,2)/4
    }

    [Fact]
    public void TheRatioBoundIsBelowOneForSmallLayersAndTheTwoPairsTermIsDividedByBothPairsOrders()
    {
        // Notebook 02: C(3, 2)/2² = 0.75 < 1 at n = 5, K = 2 — "more K-th order points than minima" needs n large enough.
        Assert.Equal(0.75, PermutationCounting.SaddleToMinimumRatioBound(5, 2), 12);
        // The pairs-only second-order count n!/(2!·2!)·C(n − 2, 2): 720/4·6 = 1080 for n = 6 (not 720·6).
        Assert.Equal(1080, (int)PermutationCounting.LayerSaddleBound(6, 2));
    }

    [Fact]
    public void TableRatiosStayFiniteBeyondTheRangeOfDouble()
    {
        // n! > 1.8·10³⁰⁸ from n = 171: (double)points/(double)minima was ∞ at 170 and NaN from 171.
        foreach (var row in PermutationCountRow.Table(168, 172, 1))
            Assert.Equal((row.N - 1) / 2.0, row.PointsPerMinimum, 12);                // P(n,1)/n! = (n−1)/2
        var rows = PermutationCountRow.Table(200, 200, 3);
        Assert.Equal(99.5, rows[0].PointsPerMinimum, 12);
        Assert.Equal(198 / 6.0 + 198 * 197 / 2 / 4.0, rows[1].PointsPerMinimum, 9);    // (n−2)/3! + C(n−2,2)/4 = 4908.75
        // Independently: P(n,3)/n! = S(n, n−3)/(n(n−1)(n−2)), S(n, n−3) = C(n,4) + 10·C(n,5) + 15·C(n,6).
        double n = 200, c4 = n * (n - 1) * (n - 2) * (n - 3) / 24, c5 = c4 * (n - 4) / 5, c6 = c5 * (n - 5) / 6;
        double third = (c4 + 10 * c5 + 15 * c6) / (n * (n - 1) * (n - 2));
        Assert.True(Math.Abs(rows[2].PointsPerMinimum - third) <= 1e-12 * third, $"{rows[2].PointsPerMinimum} vs {third}");
        Assert.Equal(PermutationCounting.SaddleToMinimumRatioBound(200, 3), rows[2].BoundRatio!.Value, 9);
    }

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

    [Theory]
    [InlineData(2, 4, 1, 1, 12, 17)]     // the notebook's committee machine [2, 4, 1]
    [InlineData(2, 3, 2, 1, 18, 25)]
    [InlineData(5, 4, 3, 2, 60, 74)]
    public void WeightCountWithInputDimensionCountsTheNetworksParameters(int d, int n, int m, int q, long weights, long withBiases)
    {
        var network = new Mlp(Enumerable.Repeat(n, m).Prepend(d).Append(q).ToArray(), Activation.Tanh);
        Assert.Equal(withBiases, network.ParameterCount);
        Assert.Equal(weights, PermutationCounting.WeightCount(d, n, m, q, includeBiases: false));
        Assert.Equal(withBiases, PermutationCounting.WeightCount(d, n, m, q, includeBiases: true));
        // The slide's N = m·n² + n·q takes the input dimension to be n: 20 for 4 neurons, not the 12 weights of 2-D inputs.
        Assert.Equal((long)m * n * n + n * q, PermutationCounting.WeightSpaceDimension(n, m, q));
        Assert.Equal(PermutationCounting.WeightCount(n, n, m, q, includeBiases: false), PermutationCounting.WeightSpaceDimension(n, m, q));
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
        Assert.Contains("stated by Brea et al. (2019) for K < n/2", e.Message);
        Assert.Equal("order", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.NetworkSaddleBound(5, 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.PermutationPoints(4, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.SlideFormula(5, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationEnumeration.Count(10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.WeightSpaceDimension(0, 1, 1));
        Assert.Equal("inputDimension", Assert.Throws<ArgumentOutOfRangeException>(() => PermutationCounting.WeightCount(0, 4, 1, 1, true)).ParamName);
    }
}
