namespace TeachingKit.Differentiation;

/// <summary>
/// The number type of differentiable functions: write f in plain C# over <see cref="Var"/>
/// (<c>w =&gt; w[0] * w[0] + 3 * w[1] * w[1]</c>) and <see cref="AutoDiff"/> returns its exact
/// gradient and Hessian.
/// </summary>
/// <remarks>
/// In the spirit of karpathy/micrograd: a value plus the record of how it was made. A
/// <see cref="Var"/> made from a <see cref="double"/> is a constant and is never recorded, so the
/// same function evaluated on constants costs no more than plain double arithmetic. Comparisons
/// compare values, so branches (<c>if (x &gt; 0)</c>) work and are differentiated along the branch taken.
/// Elementary functions (<see cref="Exp"/>, <see cref="Tanh"/>, <see cref="Relu"/>, …) are static
/// members; <c>using static TeachingKit.Differentiation.Var;</c> lets a formula read like the slide.
/// </remarks>
public readonly partial struct Var
{
    internal readonly Tape? Tape;
    internal readonly int Index;
    private readonly int _generation;

    /// <summary>The value of this number.</summary>
    public double Value { get; }

    /// <summary>A constant (not recorded, derivative zero).</summary>
    public Var(double value)
    {
        Value = value;
        Index = -1;
    }

    internal Var(Tape tape, int index, double value)
    {
        Tape = tape;
        Index = index;
        Value = value;
        _generation = tape.Generation;
    }

    /// <summary>True when this number does not depend on the differentiation variables.</summary>
    public bool IsConstant => Tape is null;

    /// <summary>A constant with the given value.</summary>
    public static implicit operator Var(double value) => new(value);

    /// <summary>The value, e.g. "1.5".</summary>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sum.</summary>
    public static Var operator +(Var a, Var b)
    {
        if (b.IsConstant) return a.IsConstant ? new Var(a.Value + b.Value) : Unary(a, a.Value + b.Value, 1, 0);
        if (a.IsConstant) return Unary(b, a.Value + b.Value, 1, 0);
        return Binary(a, b, a.Value + b.Value, 1, 1, 0, 0, 0);
    }

    /// <summary>Difference.</summary>
    public static Var operator -(Var a, Var b)
    {
        if (b.IsConstant) return a.IsConstant ? new Var(a.Value - b.Value) : Unary(a, a.Value - b.Value, 1, 0);
        if (a.IsConstant) return Unary(b, a.Value - b.Value, -1, 0);
        return Binary(a, b, a.Value - b.Value, 1, -1, 0, 0, 0);
    }

    /// <summary>Negation.</summary>
    public static Var operator -(Var a) => a.IsConstant ? new Var(-a.Value) : Unary(a, -a.Value, -1, 0);

    /// <summary>Product: ∂/∂a = b, ∂/∂b = a, ∂²/∂a∂b = 1.</summary>
    public static Var operator *(Var a, Var b)
    {
        if (b.IsConstant) return a.IsConstant ? new Var(a.Value * b.Value) : Unary(a, a.Value * b.Value, b.Value, 0);
        if (a.IsConstant) return Unary(b, a.Value * b.Value, a.Value, 0);
        return Binary(a, b, a.Value * b.Value, b.Value, a.Value, 0, 1, 0);
    }

    /// <summary>Quotient: ∂/∂a = 1/b, ∂/∂b = −a/b², ∂²/∂a∂b = −1/b², ∂²/∂b² = 2a/b³.</summary>
    public static Var operator /(Var a, Var b)
    {
        double q = a.Value / b.Value, inv = 1 / b.Value;
        if (b.IsConstant) return a.IsConstant ? new Var(q) : Unary(a, q, inv, 0);
        if (a.IsConstant) return Unary(b, q, -q * inv, 2 * q * inv * inv);
        return Binary(a, b, q, inv, -q * inv, 0, -inv * inv, 2 * q * inv * inv);
    }

    /// <summary>Compares values.</summary>
    public static bool operator <(Var a, Var b) => a.Value < b.Value;

    /// <summary>Compares values.</summary>
    public static bool operator >(Var a, Var b) => a.Value > b.Value;

    /// <summary>Compares values.</summary>
    public static bool operator <=(Var a, Var b) => a.Value <= b.Value;

    /// <summary>Compares values.</summary>
    public static bool operator >=(Var a, Var b) => a.Value >= b.Value;

    /// <summary>Records φ(a) with value <paramref name="value"/>, φ′(a) and φ″(a).</summary>
    internal static Var Unary(Var a, double value, double da, double daa)
    {
        if (a.IsConstant) return new Var(value);
        a.CheckCurrent();
        return new Var(a.Tape!, a.Tape!.AddUnary(value, a.Index, da, daa), value);
    }

    private static Var Binary(Var a, Var b, double value, double da, double db, double daa, double dab, double dbb)
    {
        a.CheckCurrent();
        b.CheckCurrent();
        if (!ReferenceEquals(a.Tape, b.Tape)) throw Stale();
        return new Var(a.Tape!, a.Tape!.AddBinary(value, a.Index, b.Index, da, db, daa, dab, dbb), value);
    }

    /// <summary>True when this variable belongs to the recording now in progress on its tape.</summary>
    internal bool IsCurrent => Tape is null || _generation == Tape.Generation;

    private void CheckCurrent()
    {
        if (!IsCurrent) throw Stale();
    }

    private static InvalidOperationException Stale() => new(
        "A Var from another differentiation was used; a Var must not outlive the function call that made it (do not keep one in a field or closure).");
}
