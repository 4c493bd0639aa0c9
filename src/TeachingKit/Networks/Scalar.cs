namespace TeachingKit.Networks;

/// <summary>Numerically stable scalar functions shared by <see cref="Real"/> and <see cref="Dual"/>.</summary>
internal static class Scalar
{
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    public static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));
}
