using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TeachingKit.Optimization;

public static partial class VectorKernels
{
    /// <summary>
    /// The one loop every optimizer step runs: <paramref name="rule"/> applied register by register to the
    /// parameters <paramref name="w"/>, the gradient <paramref name="g"/> and the method's vectors
    /// <paramref name="v0"/>…<paramref name="v5"/> (empty for a slot the method does not use).
    /// </summary>
    /// <remarks>
    /// <para>No bounds checks in the body (references advanced with <see cref="Unsafe.Add{T}(ref T, nint)"/>
    /// after one length check per call); the rule is copied to a local so that its constants stay in
    /// registers, and copied back so that accumulators (AdaGrad's largest sum, Adadelta's overflow probe) survive.</para>
    /// <para>The remainder that does not fill a register goes through the same <c>Update</c> on a
    /// zero-padded copy (lane-wise arithmetic, so the padding cannot change the real lanes), then only
    /// the real lanes are stored: each method's update is written exactly once.</para>
    /// <para>Compiled fully optimised from the first call: a training loop calls it a few hundred times at
    /// most, too few for tiered compilation to leave the on-stack-replacement version, which spills.</para>
    /// <para>The loop checks nothing: the admissibility guard has run before it (<see cref="IndexOfMagnitudeAbove"/>).</para>
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // straight to optimised code: no tier-0 or OSR version of the hot loop
    internal static void Fused<TRule>(Span<double> w, ReadOnlySpan<double> g, ref TRule rule,
        Span<double> v0 = default, Span<double> v1 = default, Span<double> v2 = default,
        Span<double> v3 = default, Span<double> v4 = default, Span<double> v5 = default)
        where TRule : struct, IStepRule
    {
        int n = w.Length;
        if (g.Length != n || !Fits(v0, n) || !Fits(v1, n) || !Fits(v2, n) || !Fits(v3, n) || !Fits(v4, n) || !Fits(v5, n))
            throw new ArgumentException("The fused step needs vectors as long as the parameters.");
        var local = rule;
        ref double pw = ref MemoryMarshal.GetReference(w);
        ref double pg = ref MemoryMarshal.GetReference(g);
        // A slot the method does not use aliases w; the rule never touches it, so this is only a valid address.
        ref double p0 = ref Base(v0, ref pw), p1 = ref Base(v1, ref pw), p2 = ref Base(v2, ref pw);
        ref double p3 = ref Base(v3, ref pw), p4 = ref Base(v4, ref pw), p5 = ref Base(v5, ref pw);
        nint width = Vector<double>.Count, full = n - n % Vector<double>.Count;
        for (nint i = 0; i < full; i += width)
        {
            local.Update(Unsafe.As<double, Vector<double>>(ref Unsafe.Add(ref pg, i)), new StepRegisters(
                ref At(ref pw, i), ref At(ref p0, i), ref At(ref p1, i), ref At(ref p2, i),
                ref At(ref p3, i), ref At(ref p4, i), ref At(ref p5, i)));
        }
        if (full < n) Remainder(w, g, ref local, (int)full, v0, v1, v2, v3, v4, v5);
        rule = local;
    }

    private static void Remainder<TRule>(Span<double> w, ReadOnlySpan<double> g, ref TRule rule, int start,
        Span<double> v0, Span<double> v1, Span<double> v2, Span<double> v3, Span<double> v4, Span<double> v5)
        where TRule : struct, IStepRule
    {
        Vector<double> tw = Tail(w, start), t0 = Tail(v0, start), t1 = Tail(v1, start), t2 = Tail(v2, start);
        Vector<double> t3 = Tail(v3, start), t4 = Tail(v4, start), t5 = Tail(v5, start);
        rule.Update(Tail(g, start), new StepRegisters(ref tw, ref t0, ref t1, ref t2, ref t3, ref t4, ref t5));
        Store(tw, w, start);
        Store(t0, v0, start);
        Store(t1, v1, start);
        Store(t2, v2, start);
        Store(t3, v3, start);
        Store(t4, v4, start);
        Store(t5, v5, start);
    }

    private static bool Fits(Span<double> v, int n) => v.IsEmpty || v.Length == n;

    private static ref double Base(Span<double> v, ref double fallback) =>
        ref v.IsEmpty ? ref fallback : ref MemoryMarshal.GetReference(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Vector<double> At(ref double start, nint i) => ref Unsafe.As<double, Vector<double>>(ref Unsafe.Add(ref start, i));

    // The entries from start on, padded with zeros to one register (an absent vector reads as zeros).
    private static Vector<double> Tail(ReadOnlySpan<double> x, int start)
    {
        if (x.IsEmpty) return Vector<double>.Zero;
        Span<double> buffer = stackalloc double[Vector<double>.Count];
        buffer.Clear();
        x[start..].CopyTo(buffer);
        return new Vector<double>(buffer);
    }

    private static void Store(Vector<double> v, Span<double> x, int start)
    {
        if (x.IsEmpty) return;
        Span<double> buffer = stackalloc double[Vector<double>.Count];
        v.CopyTo(buffer);
        buffer[..(x.Length - start)].CopyTo(x[start..]);
    }
}
