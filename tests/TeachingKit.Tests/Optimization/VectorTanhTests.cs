using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

public class VectorTanhTests
{
    [Fact]
    public void AgreesWithMathTanhToTheLastPlacesEverywhere()
    {
        var random = new Random(1);
        double[] special = [0, -0.0, 1e-300, -1e-12, 1e-8, 0.1, -0.5, 1, 2.5, -7, 18.9, 19.5, 20, 25, -40, 700, double.PositiveInfinity, double.NegativeInfinity];
        var x = special.Concat(Enumerable.Range(0, 4000).Select(_ => (random.NextDouble() - 0.5) * 2 * Math.Pow(10, 2 * random.NextDouble() - 1.5))).ToArray();
        var y = (double[])x.Clone();
        VectorKernels.TanhInPlace(y);
        // 1 − 2/(e^{2|x|} + 1) loses relative accuracy only near 0, where tanh x ≈ x: the absolute error stays below 1e-15.
        for (int i = 0; i < x.Length; i++) Assert.True(Math.Abs(y[i] - Math.Tanh(x[i])) <= 1e-15, $"tanh({x[i]:R}) = {y[i]:R}, Math.Tanh {Math.Tanh(x[i]):R}");
        Assert.True(double.IsNegative(y[Array.IndexOf(special, -0.5)]));
    }

    [Fact]
    public void NotANumberStaysNotANumber()
    {
        double[] x = [0.3, double.NaN, -2, 1, 5];   // one vector of four and a scalar tail
        VectorKernels.TanhInPlace(x);
        Assert.True(double.IsNaN(x[1]));
        Assert.Equal(Math.Tanh(0.3), x[0], 15);
        Assert.Equal(Math.Tanh(5), x[4]);
    }
}
