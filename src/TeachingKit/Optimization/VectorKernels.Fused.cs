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

    // One zero-padded register per array in a single stack buffer: the rule works on the buffer in place,
    // then only the real lanes go back (absent vectors stay zero and are not copied).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Remainder<TRule>(Span<double> w, ReadOnlySpan<double> g, ref TRule rule, int start,
        Span<double> v0, Span<double> v1, Span<double> v2, Span<double> v3, Span<double> v4, Span<double> v5)
        where TRule : struct, IStepRule
    {
        int width = Vector<double>.Count, count = w.Length - start;
        Span<double> buffer = stackalloc double[8 * width];
        buffer.Clear();
        w[start..].CopyTo(buffer);
        g[start..].CopyTo(buffer[width..]);
        Span<double> v = buffer[(2 * width)..];
        Load(v0, start, v);
        Load(v1, start, v[width..]);
        Load(v2, start, v[(2 * width)..]);
        Load(v3, start, v[(3 * width)..]);
        Load(v4, start, v[(4 * width)..]);
        Load(v5, start, v[(5 * width)..]);
        var registers = MemoryMarshal.Cast<double, Vector<double>>(buffer);
        rule.Update(registers[1], new StepRegisters(ref registers[0], ref registers[2], ref registers[3], ref registers[4],
            ref registers[5], ref registers[6], ref registers[7]));
        buffer[..count].CopyTo(w[start..]);
        Store(v, v0, start);
        Store(v[width..], v1, start);
        Store(v[(2 * width)..], v2, start);
        Store(v[(3 * width)..], v3, start);
        Store(v[(4 * width)..], v4, start);
        Store(v[(5 * width)..], v5, start);
    }

    private static void Load(Span<double> x, int start, Span<double> lanes)
    {
        if (!x.IsEmpty) x[start..].CopyTo(lanes);
    }

    private static void Store(Span<double> lanes, Span<double> x, int start)
    {
        if (!x.IsEmpty) lanes[..(x.Length - start)].CopyTo(x[start..]);
    }

    private static bool Fits(Span<double> v, int n) => v.IsEmpty || v.Length == n;

    private static ref double Base(Span<double> v, ref double fallback) =>
        ref v.IsEmpty ? ref fallback : ref MemoryMarshal.GetReference(v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Vector<double> At(ref double start, nint i) => ref Unsafe.As<double, Vector<double>>(ref Unsafe.Add(ref start, i));
}
