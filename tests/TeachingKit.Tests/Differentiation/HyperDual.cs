namespace TeachingKit.Tests.Differentiation;

/// <summary>
/// An independent reference for second derivatives: hyper-dual numbers a + b·ε₁ + c·ε₂ + d·ε₁ε₂
/// with ε₁² = ε₂² = 0 (Fike &amp; Alonso 2011). Seeding ε₁ on xᵢ and ε₂ on xⱼ gives ∂²f/∂xᵢ∂xⱼ in d,
/// exactly, by a different algorithm (forward-over-forward) from the library's tape.
/// </summary>
internal readonly record struct HyperDual(double V, double E1, double E2, double E12)
{
    public static implicit operator HyperDual(double c) => new(c, 0, 0, 0);
    public static HyperDual operator +(HyperDual a, HyperDual b) => new(a.V + b.V, a.E1 + b.E1, a.E2 + b.E2, a.E12 + b.E12);
    public static HyperDual operator -(HyperDual a, HyperDual b) => new(a.V - b.V, a.E1 - b.E1, a.E2 - b.E2, a.E12 - b.E12);
    public static HyperDual operator -(HyperDual a) => new(-a.V, -a.E1, -a.E2, -a.E12);
    public static HyperDual operator *(HyperDual a, HyperDual b) =>
        new(a.V * b.V, a.V * b.E1 + a.E1 * b.V, a.V * b.E2 + a.E2 * b.V,
            a.V * b.E12 + a.E1 * b.E2 + a.E2 * b.E1 + a.E12 * b.V);
    public static HyperDual operator /(HyperDual a, HyperDual b) => a * Chain(b, 1 / b.V, -1 / (b.V * b.V), 2 / (b.V * b.V * b.V));

    /// <summary>g(a) for a scalar g with g(v), g′(v), g″(v).</summary>
    public static HyperDual Chain(HyperDual a, double g, double g1, double g2) =>
        new(g, g1 * a.E1, g1 * a.E2, g1 * a.E12 + g2 * a.E1 * a.E2);

    public static HyperDual Exp(HyperDual a) { double e = Math.Exp(a.V); return Chain(a, e, e, e); }
    public static HyperDual Log(HyperDual a) => Chain(a, Math.Log(a.V), 1 / a.V, -1 / (a.V * a.V));
    public static HyperDual Sqrt(HyperDual a) { double s = Math.Sqrt(a.V); return Chain(a, s, 0.5 / s, -0.25 / (s * s * s)); }
    public static HyperDual Sin(HyperDual a) => Chain(a, Math.Sin(a.V), Math.Cos(a.V), -Math.Sin(a.V));
    public static HyperDual Cos(HyperDual a) => Chain(a, Math.Cos(a.V), -Math.Sin(a.V), -Math.Cos(a.V));
    public static HyperDual Tanh(HyperDual a) { double t = Math.Tanh(a.V); return Chain(a, t, 1 - t * t, -2 * t * (1 - t * t)); }
    public static HyperDual Sigmoid(HyperDual a) => 1.0 / (1.0 + Exp(-a));
    public static HyperDual Softplus(HyperDual a) => Log(1.0 + Exp(a));
    public static HyperDual Pow(HyperDual a, double p) => Chain(a, Math.Pow(a.V, p), p * Math.Pow(a.V, p - 1), p * (p - 1) * Math.Pow(a.V, p - 2));
    public static HyperDual Abs(HyperDual a) => a.V < 0 ? -a : a;
    public static HyperDual Max(HyperDual a, HyperDual b) => a.V >= b.V ? a : b;
    public static HyperDual Min(HyperDual a, HyperDual b) => a.V <= b.V ? a : b;
    public static HyperDual Relu(HyperDual a) => a.V > 0 ? a : 0.0;
    public static HyperDual Pow(HyperDual a, HyperDual b) => Exp(b * Log(a));

    /// <summary>The full Hessian of f at x by N² hyper-dual evaluations.</summary>
    public static double[,] Hessian(Func<HyperDual[], HyperDual> f, double[] x)
    {
        int n = x.Length;
        var h = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                var args = new HyperDual[n];
                for (int k = 0; k < n; k++) args[k] = new HyperDual(x[k], k == i ? 1 : 0, k == j ? 1 : 0, 0);
                h[i, j] = f(args).E12;
            }
        return h;
    }

    /// <summary>The gradient of f at x by N hyper-dual evaluations.</summary>
    public static double[] Gradient(Func<HyperDual[], HyperDual> f, double[] x)
    {
        int n = x.Length;
        var g = new double[n];
        for (int i = 0; i < n; i++)
        {
            var args = new HyperDual[n];
            for (int k = 0; k < n; k++) args[k] = new HyperDual(x[k], k == i ? 1 : 0, 0, 0);
            g[i] = f(args).E1;
        }
        return g;
    }
}
