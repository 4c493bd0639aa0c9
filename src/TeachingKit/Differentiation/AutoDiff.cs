using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Validation;

namespace TeachingKit.Differentiation;

/// <summary>
/// Exact value, gradient and Hessian of a function written in plain C# over <see cref="Var"/>:
/// automatic differentiation, no finite differences, so a zero eigenvalue comes out as 0.
/// </summary>
/// <remarks>
/// The function is run once on a tape (<see cref="Var"/> records each operation with its local
/// first and second derivatives). The gradient is one reverse sweep; the Hessian's rows come from
/// forward-over-reverse sweeps, a SIMD block of directions eᵢ per sweep (<see cref="HessianSweeps"/>;
/// second-order adjoints: Griewank &amp; Walther, <i>Evaluating Derivatives</i>, 2nd ed. 2008, ch. 5), so the cost is
/// about N/4 times one evaluation with AVX2 and the only N² memory is the Hessian itself.
/// Every entry point rejects a non-finite point and a non-finite function value.
/// </remarks>
public static class AutoDiff
{
    [ThreadStatic] private static Tape? s_tape;

    /// <summary>f(x) on plain numbers: nothing is recorded.</summary>
    public static double Value(Func<Var[], Var> f, IReadOnlyList<double> point)
    {
        Validate(f, point);
        var x = new Var[point.Count];
        for (int i = 0; i < x.Length; i++) x[i] = new Var(point[i]);
        return CheckedValue(Call(f, x), point.Count);
    }

    /// <summary>The gradient ∇f(x).</summary>
    public static double[] Gradient(Func<Var[], Var> f, IReadOnlyList<double> point)
    {
        var gradient = new double[point?.Count ?? 0];
        ValueAndGradient(f, point!, gradient);
        return gradient;
    }

    /// <summary>f(x), writing ∇f(x) into <paramref name="gradient"/> (no allocation on a warm thread but the inputs).</summary>
    public static double ValueAndGradient(Func<Var[], Var> f, IReadOnlyList<double> point, Span<double> gradient)
    {
        Validate(f, point);
        Require.SameLength(gradient.Length, point.Count, nameof(gradient), nameof(point));
        Tape tape = Rent();
        try
        {
            Var y = Record(tape, f, point);
            gradient.Clear();
            if (y.IsConstant) return y.Value;
            ReverseSweep(tape, y.Index, point.Count);
            tape.Adjoint.AsSpan(0, point.Count).CopyTo(gradient);
            return y.Value;
        }
        finally { Return(tape); }
    }

    /// <summary>Value, gradient and Hessian of f at x.</summary>
    public static SecondOrderDerivatives SecondOrder(Func<Var[], Var> f, IReadOnlyList<double> point)
    {
        Validate(f, point);
        int n = point.Count;
        var gradient = new double[n];
        var hessian = new double[n * n];   // column-major, handed to MathNet without a copy
        Tape tape = Rent();
        try
        {
            Var y = Record(tape, f, point);
            if (!y.IsConstant)
            {
                ReverseSweep(tape, y.Index, n);
                Array.Copy(tape.Adjoint, gradient, n);
                HessianSweeps.Fill(tape, y.Index, n, hessian);
                Symmetrize(hessian, n);
            }
            return new SecondOrderDerivatives(y.Value, Vector<double>.Build.Dense(gradient), Matrix<double>.Build.Dense(n, n, hessian));
        }
        finally { Return(tape); }
    }

    private static Var Record(Tape tape, Func<Var[], Var> f, IReadOnlyList<double> point)
    {
        var x = new Var[point.Count];
        for (int i = 0; i < x.Length; i++) x[i] = new Var(tape, tape.AddInput(point[i]), point[i]);
        Var y = Call(f, x);
        CheckedValue(y, point.Count);
        if (!y.IsConstant && (!ReferenceEquals(y.Tape, tape) || !y.IsCurrent))
            throw new InvalidOperationException("f returned a Var from another differentiation.");
        tape.EnsureWorkArrays();
        return y;
    }

    /// <summary>First-order adjoints: Adjoint[k] = ∂y/∂node k.</summary>
    private static void ReverseSweep(Tape tape, int output, int dimension)
    {
        var nodes = tape.Nodes;
        var adjoint = tape.Adjoint;
        // The output may itself be an input (f(w) = w[1]), so clear every input too.
        Array.Clear(adjoint, 0, Math.Max(output + 1, dimension));
        adjoint[output] = 1;
        for (int k = output; k >= 0; k--)
        {
            double w = adjoint[k];
            if (w == 0) continue;
            ref readonly var node = ref nodes[k];
            if (node.A >= 0) adjoint[node.A] += w * node.Da;
            if (node.B >= 0) adjoint[node.B] += w * node.Db;
        }
    }

    // Rows are computed independently, so Hᵢⱼ and Hⱼᵢ may differ in the last bit; average them.
    private static void Symmetrize(double[] h, int n)
    {
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double m = 0.5 * (h[i * n + j] + h[j * n + i]);
                h[i * n + j] = m;
                h[j * n + i] = m;
            }
    }

    private static void Validate(Func<Var[], Var> f, IReadOnlyList<double> point)
    {
        ArgumentNullException.ThrowIfNull(f);
        Require.NotEmpty(point, nameof(point));
        Require.AllFinite(point, nameof(point));
    }

    private static Var Call(Func<Var[], Var> f, Var[] x)
    {
        try { return f(x); }
        catch (IndexOutOfRangeException e)
        {
            throw new ArgumentException(
                $"f read a coordinate beyond the point's {x.Length} entries: the point has the wrong dimension for f.", "point", e);
        }
    }

    private static double CheckedValue(Var y, int dimension)
    {
        if (!double.IsFinite(y.Value))
            throw new ArgumentException(
                $"f must have a finite value at the point, but f = {y.Value} (dimension {dimension}).", "f");
        return y.Value;
    }

    private static Tape Rent()
    {
        Tape tape = s_tape is { InUse: false } cached ? cached : new Tape();
        s_tape ??= tape;
        tape.Clear();
        tape.InUse = true;
        return tape;
    }

    private static void Return(Tape tape) => tape.InUse = false;
}
