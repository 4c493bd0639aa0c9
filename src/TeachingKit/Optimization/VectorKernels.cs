using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TeachingKit.Optimization;

/// <summary>
/// The few in-place vector loops every optimizer step is made of, written once with
/// <see cref="Vector{T}"/> so that a step on 10^6 parameters runs at memory bandwidth.
/// </summary>
/// <remarks>
/// Every method works on spans of equal length (the caller checks), allocates nothing and
/// handles the tail that does not fill a SIMD register with a scalar loop.
/// </remarks>
public static partial class VectorKernels
{
    /// <summary>y ← y + a·x (BLAS axpy).</summary>
    public static void AddScaled(Span<double> y, double a, ReadOnlySpan<double> x)
    {
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var va = new Vector<double>(a);
        for (int i = 0; i < vy.Length; i++) vy[i] += va * vx[i];
        for (int i = vy.Length * Vector<double>.Count; i < y.Length; i++) y[i] += a * x[i];
    }

    /// <summary>y ← b·y + a·x.</summary>
    public static void ScaleAndAdd(Span<double> y, double b, double a, ReadOnlySpan<double> x)
    {
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var va = new Vector<double>(a);
        var vb = new Vector<double>(b);
        for (int i = 0; i < vy.Length; i++) vy[i] = vb * vy[i] + va * vx[i];
        for (int i = vy.Length * Vector<double>.Count; i < y.Length; i++) y[i] = b * y[i] + a * x[i];
    }

    /// <summary>destination ← x + a·y.</summary>
    public static void Combine(ReadOnlySpan<double> x, double a, ReadOnlySpan<double> y, Span<double> destination)
    {
        var vd = MemoryMarshal.Cast<double, Vector<double>>(destination);
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var va = new Vector<double>(a);
        for (int i = 0; i < vd.Length; i++) vd[i] = vx[i] + va * vy[i];
        for (int i = vd.Length * Vector<double>.Count; i < destination.Length; i++) destination[i] = x[i] + a * y[i];
    }

    /// <summary>
    /// The fused momentum update, one pass over three arrays: v ← a·v + b·g, then w ← w + c·v + d·g.
    /// </summary>
    /// <remarks>Every momentum variant of the kit is this loop with other constants; fusing it moves
    /// each array through memory once (5 transfers per parameter instead of 6 for two passes).</remarks>
    public static void VelocityUpdate(Span<double> w, Span<double> v, ReadOnlySpan<double> g, double a, double b, double c, double d)
    {
        var rule = new VelocityRule(a, b, c, d);
        Fused(w, g, ref rule, v);
    }

    /// <summary>The dot product x·y.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var acc = Vector<double>.Zero;
        for (int i = 0; i < vx.Length; i++) acc += vx[i] * vy[i];
        double sum = Vector.Sum(acc);
        for (int i = vx.Length * Vector<double>.Count; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }

    /// <summary>The Euclidean norm ‖x‖₂.</summary>
    public static double Norm(ReadOnlySpan<double> x) => Math.Sqrt(Dot(x, x));

    /// <summary>The Euclidean distance ‖x − y‖₂.</summary>
    public static double Distance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
        var acc = Vector<double>.Zero;
        for (int i = 0; i < vx.Length; i++)
        {
            var d = vx[i] - vy[i];
            acc += d * d;
        }
        double sum = Vector.Sum(acc);
        for (int i = vx.Length * Vector<double>.Count; i < x.Length; i++)
        {
            double d = x[i] - y[i];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }

    /// <summary>The index of the first NaN or infinite entry of <paramref name="x"/>, or −1 if all are finite.</summary>
    /// <remarks>x·0 is 0 for a finite x and NaN for NaN or ±∞, so one vectorised pass finds out whether to look closer.</remarks>
    public static int IndexOfNonFinite(ReadOnlySpan<double> x)
    {
        var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
        var acc = Vector<double>.Zero;
        for (int i = 0; i < vx.Length; i++) acc += vx[i] * Vector<double>.Zero;
        bool allFinite = Vector.EqualsAll(acc, Vector<double>.Zero);
        for (int i = vx.Length * Vector<double>.Count; i < x.Length; i++) allFinite &= double.IsFinite(x[i]);
        if (allFinite) return -1;
        for (int i = 0; i < x.Length; i++)
            if (!double.IsFinite(x[i])) return i;
        return -1;
    }

    /// <summary>
    /// The index of the first entry of <paramref name="x"/> that is not within ±<paramref name="limit"/>
    /// (NaN and ±∞ never are), or −1 if all are.
    /// </summary>
    /// <remarks>
    /// The optimizers' admissibility guard. A refused step must leave every byte as it was, and the last
    /// entry of g may be the bad one, so all of g has to be read before the first write: no loop can
    /// both update and check without an undo copy of every array it writes (far more traffic). The least
    /// the guarantee costs is this one read-only pass over g, run backwards so that the head of g is
    /// still in cache when the forward update pass begins (a 10⁶-parameter g is 8 MB: it is re-read from
    /// L3, not memory). Four registers are tested per branch; only a refused gradient is scanned again, forwards.
    /// </remarks>
    public static int IndexOfMagnitudeAbove(ReadOnlySpan<double> x, double limit)
    {
        if (AllWithin(x, limit)) return -1;
        for (int i = 0; i < x.Length; i++)
            if (!(Math.Abs(x[i]) <= limit)) return i;
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllWithin(ReadOnlySpan<double> x, double limit)
    {
        nint width = Vector<double>.Count, i = x.Length - x.Length % Vector<double>.Count;
        for (int k = (int)i; k < x.Length; k++)
            if (!(Math.Abs(x[k]) <= limit)) return false;
        ref double p = ref MemoryMarshal.GetReference(x);
        var bound = new Vector<double>(limit);
        for (; i >= 4 * width; i -= 4 * width)
        {
            // NaN compares false, so it fails the test like an entry beyond the limit.
            var within = Vector.LessThanOrEqual(Vector.Abs(At(ref p, i - width)), bound)
                & Vector.LessThanOrEqual(Vector.Abs(At(ref p, i - 2 * width)), bound)
                & Vector.LessThanOrEqual(Vector.Abs(At(ref p, i - 3 * width)), bound)
                & Vector.LessThanOrEqual(Vector.Abs(At(ref p, i - 4 * width)), bound);
            if (!Vector.EqualsAll(within, Vector<long>.AllBitsSet)) return false;
        }
        for (; i >= width; i -= width)
            if (!Vector.LessThanOrEqualAll(Vector.Abs(At(ref p, i - width)), bound)) return false;
        return true;
    }
}
