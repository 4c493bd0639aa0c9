using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TeachingKit.Differentiation;

/// <summary>
/// The Hessian's sweeps in vector mode: one forward tangent sweep and one reverse sweep of the adjoints'
/// directional derivatives carry a whole block of directions eᵢ…eᵢ₊ₖ₋₁ (k = <see cref="Vector{T}.Count"/>),
/// one per SIMD lane, so the tape is walked N/k times instead of N.
/// </summary>
/// <remarks>
/// <para>Forward-over-reverse second-order adjoints (Griewank &amp; Walther, <i>Evaluating Derivatives</i>,
/// 2nd ed. 2008, ch. 5), vectorised over directions as in their Sec. 3.1 (vector forward mode).</para>
/// <para>Each lane sees exactly the operations, in the same order, that the former one-direction sweep
/// performed for its direction, including which additions it skipped (a skipped +0 can matter for the
/// sign of a zero): the Hessian is bit for bit the same. A full row per sweep is the natural unit of
/// forward-over-reverse, so both halves of H are computed (skipping one would not shorten any sweep).</para>
/// </remarks>
internal static class HessianSweeps
{
    /// <summary>
    /// Fills the n×n column-major <paramref name="hessian"/> (row i stored as column i, H being symmetric);
    /// the first-order adjoints of <paramref name="output"/> must be in <see cref="Tape.Adjoint"/>.
    /// </summary>
    public static void Fill(Tape tape, int output, int n, Span<double> hessian)
    {
        int width = Vector<double>.Count;
        for (int first = 0; first < n; first += width)
        {
            Block(tape, output, n, first);
            CopyRows(tape.AdjointTangentBlock, n, first, Math.Min(width, n - first), hessian);
        }
    }

    private static void Block(Tape tape, int output, int n, int first)
    {
        var nodes = tape.Nodes;
        Vector<double>[] t = tape.TangentBlock, at = tape.AdjointTangentBlock;
        double[] adjoint = tape.Adjoint;
        int used = Math.Max(output + 1, n);
        Array.Clear(t, 0, used);
        Array.Clear(at, 0, used);
        Span<double> unit = stackalloc double[Vector<double>.Count];
        for (int lane = 0; lane < unit.Length && first + lane < n; lane++)
        {
            unit.Clear();
            unit[lane] = 1;
            t[first + lane] = new Vector<double>(unit);
        }
        ref Vector<double> t0 = ref MemoryMarshal.GetArrayDataReference(t);
        ref Vector<double> at0 = ref MemoryMarshal.GetArrayDataReference(at);
        ref Tape.Node node0 = ref MemoryMarshal.GetReference(nodes);
        for (int k = first + 1; k <= output; k++)
        {
            ref readonly Tape.Node node = ref Unsafe.Add(ref node0, k);
            if (node.A < 0) continue;
            var tk = new Vector<double>(node.Da) * Unsafe.Add(ref t0, node.A);
            if (node.B >= 0) tk += new Vector<double>(node.Db) * Unsafe.Add(ref t0, node.B);
            Unsafe.Add(ref t0, k) = tk;
        }
        for (int k = output; k >= 0; k--)
        {
            ref readonly Tape.Node node = ref Unsafe.Add(ref node0, k);
            if (node.A < 0) continue;
            double w = adjoint[k];
            var wt = Unsafe.Add(ref at0, k);
            var ta = Unsafe.Add(ref t0, node.A);
            var tb = node.B >= 0 ? Unsafe.Add(ref t0, node.B) : Vector<double>.Zero;
            // The scalar sweep skipped a direction when ẇ̄ = 0 and (w̄ = 0 or ȧ = ḃ = 0); keep those lanes as they are.
            var skip = Vector.Equals(wt, Vector<double>.Zero);
            if (w != 0) skip &= Vector.Equals(ta, Vector<double>.Zero) & Vector.Equals(tb, Vector<double>.Zero);
            if (Vector.EqualsAll(skip, Vector<long>.AllBitsSet)) continue;
            var vw = new Vector<double>(w);
            ref Vector<double> atA = ref Unsafe.Add(ref at0, node.A);
            atA = Vector.ConditionalSelect(skip, atA,
                atA + (wt * new Vector<double>(node.Da) + vw * (new Vector<double>(node.Daa) * ta + new Vector<double>(node.Dab) * tb)));
            if (node.B < 0) continue;
            // Read after the store above: a and b may be the same node (x·x).
            ref Vector<double> atB = ref Unsafe.Add(ref at0, node.B);
            atB = Vector.ConditionalSelect(skip, atB,
                atB + (wt * new Vector<double>(node.Db) + vw * (new Vector<double>(node.Dab) * ta + new Vector<double>(node.Dbb) * tb)));
        }
    }

    // Lane j of the inputs' adjoint tangents is row first + j of H, stored as column first + j.
    private static void CopyRows(Vector<double>[] at, int n, int first, int lanes, Span<double> hessian)
    {
        for (int k = 0; k < n; k++)
        {
            var v = at[k];
            for (int lane = 0; lane < lanes; lane++) hessian[(first + lane) * n + k] = v[lane];
        }
    }
}
