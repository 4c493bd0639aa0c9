namespace TeachingKit.Differentiation;

// Elementary functions: each records its value with its exact first and second derivative.
public readonly partial struct Var
{
    /// <summary>x², the most common power, as one operation.</summary>
    public static Var Square(Var x) => Unary(x, x.Value * x.Value, 2 * x.Value, 2);

    /// <summary>xⁿ for an integer n: derivatives n·xⁿ⁻¹ and n(n−1)·xⁿ⁻², exact at x = 0 for n ≥ 0.</summary>
    public static Var Pow(Var x, int n)
    {
        if (n == 0) return new Var(1.0);
        double v = x.Value;
        // Lower powers are only formed when their coefficient is non-zero, so 0⁻¹ never meets a factor 0.
        double da = n * Math.Pow(v, n - 1);
        double daa = n == 1 ? 0 : n * (n - 1.0) * Math.Pow(v, n - 2);
        return Unary(x, Math.Pow(v, n), da, daa);
    }

    /// <summary>
    /// x^p for a real p. An integral p takes the integer path (valid for negative x); otherwise x
    /// must be positive (x^p is NaN for x &lt; 0, as <see cref="Math.Pow"/>).
    /// </summary>
    public static Var Pow(Var x, double p)
    {
        if (p == Math.Round(p) && Math.Abs(p) <= int.MaxValue) return Pow(x, (int)p);
        double v = x.Value;
        return Unary(x, Math.Pow(v, p), p * Math.Pow(v, p - 1), p * (p - 1) * Math.Pow(v, p - 2));
    }

    /// <summary>x^y with both variable, as exp(y·log x); x must be positive.</summary>
    public static Var Pow(Var x, Var y) => y.IsConstant ? Pow(x, y.Value) : Exp(y * Log(x));

    /// <summary>eˣ.</summary>
    public static Var Exp(Var x)
    {
        double e = Math.Exp(x.Value);
        return Unary(x, e, e, e);
    }

    /// <summary>Natural logarithm: 1/x, −1/x². NaN for x &lt; 0.</summary>
    public static Var Log(Var x) => Unary(x, Math.Log(x.Value), 1 / x.Value, -1 / (x.Value * x.Value));

    /// <summary>√x: 1/(2√x), −1/(4x√x). The derivatives are infinite at 0.</summary>
    public static Var Sqrt(Var x)
    {
        double s = Math.Sqrt(x.Value);
        return Unary(x, s, 0.5 / s, -0.25 / (s * s * s));
    }

    /// <summary>sin x.</summary>
    public static Var Sin(Var x)
    {
        double s = Math.Sin(x.Value);
        return Unary(x, s, Math.Cos(x.Value), -s);
    }

    /// <summary>cos x.</summary>
    public static Var Cos(Var x)
    {
        double c = Math.Cos(x.Value);
        return Unary(x, c, -Math.Sin(x.Value), -c);
    }

    /// <summary>arccos x: −1/√(1 − x²), −x/(1 − x²)^{3/2}. The derivatives are infinite at ±1.</summary>
    public static Var Acos(Var x)
    {
        double r = 1 - x.Value * x.Value, d = -1 / Math.Sqrt(r);
        return Unary(x, Math.Acos(x.Value), d, x.Value * d / r);
    }

    /// <summary>tanh x: 1 − t², −2t(1 − t²).</summary>
    public static Var Tanh(Var x)
    {
        double t = Math.Tanh(x.Value), d = 1 - t * t;
        return Unary(x, t, d, -2 * t * d);
    }

    /// <summary>Logistic sigmoid σ(x) = 1/(1 + e⁻ˣ): σ(1 − σ), σ(1 − σ)(1 − 2σ).</summary>
    public static Var Sigmoid(Var x)
    {
        double s = Logistic(x.Value), d = s * (1 - s);
        return Unary(x, s, d, d * (1 - 2 * s));
    }

    /// <summary>Softplus log(1 + eˣ), computed without overflow: σ(x), σ(1 − σ).</summary>
    public static Var Softplus(Var x)
    {
        double v = x.Value, s = Logistic(v);
        return Unary(x, Math.Max(v, 0) + Math.Log(1 + Math.Exp(-Math.Abs(v))), s, s * (1 - s));
    }

    /// <summary>|x|. At the kink x = 0 the derivative used is 0 (the sign function's value there).</summary>
    public static Var Abs(Var x) => Unary(x, Math.Abs(x.Value), Math.Sign(x.Value), 0);

    /// <summary>ReLU max(x, 0). At the kink x = 0 the derivative used is 0, as in PyTorch.</summary>
    /// <remarks>
    /// Not the same as <c>Max(x, 0)</c> at x = 0: <see cref="Max"/> treats the tie symmetrically and
    /// gives slope ½ there (the midpoint of the subdifferential [0, 1]), Relu gives 0. Both agree at every x ≠ 0.
    /// </remarks>
    public static Var Relu(Var x) => Unary(x, Math.Max(x.Value, 0), x.Value > 0 ? 1 : 0, 0);

    /// <summary>
    /// max(a, b). At a tie a = b the value is (a + b)/2 with gradient ½ to each side, the
    /// midpoint of the subdifferential (PyTorch's torch.maximum makes the same choice).
    /// </summary>
    /// <remarks>So <c>Max(x, 0)</c> has slope ½ at x = 0, while <see cref="Relu"/> has slope 0 there.</remarks>
    public static Var Max(Var a, Var b)
    {
        if (a.Value > b.Value) return a;
        if (b.Value > a.Value) return b;
        return 0.5 * (a + b);
    }

    /// <summary>min(a, b); at a tie, like <see cref="Max"/>, the average.</summary>
    public static Var Min(Var a, Var b) => -Max(-a, -b);

    private static double Logistic(double v) =>
        v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));
}
