using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TeachingKit.Optimization;

public static partial class VectorKernels
{
    /// <summary>Width of the packed weights for a layer of <paramref name="width"/> neurons: a multiple of the 8-neuron tile.</summary>
    public static int PackedWidth(int width) => (width + 7) / 8 * 8;

    /// <summary>
    /// A dense layer's pre-activations for a block of rows: outputs[s·width + i] = b_i + Σ_j inputs[s·fanIn + j]·W[i·fanIn + j]
    /// for s &lt; <paramref name="rows"/>, with W (row i = neuron i's weights) and b read from <paramref name="weights"/> and
    /// <paramref name="biases"/>. <paramref name="packed"/> (at least (fanIn + 1)·<see cref="PackedWidth"/> long) receives Wᵀ and b.
    /// </summary>
    /// <remarks>
    /// A register-blocked matrix product: Wᵀ is packed once per call (fanIn rows of the padded width, then b), and each tile of
    /// 4 rows × 8 neurons keeps its 8 four-lane accumulators in registers while j runs over the inputs — per input 2 loads of
    /// Wᵀ, 4 broadcasts and 8 fused multiply-adds, so the loop is bound by the multiply-add units rather than by memory. The
    /// sums are those of the plain loop in another order, equal to rounding.
    /// </remarks>
    public static void DenseRows(ReadOnlySpan<double> weights, ReadOnlySpan<double> biases, ReadOnlySpan<double> inputs,
        Span<double> outputs, int rows, int fanIn, int width, Span<double> packed)
    {
        int pw = PackedWidth(width);
        if (weights.Length < width * fanIn || biases.Length < width || inputs.Length < rows * fanIn || outputs.Length < rows * width || packed.Length < (fanIn + 1) * pw)
            throw new ArgumentException("DenseRows needs W (width × fanIn), b, rows × fanIn inputs, rows × width outputs and (fanIn + 1) × PackedWidth packed entries.");
        if (!Vector256.IsHardwareAccelerated)
        {
            for (int s = 0; s < rows; s++)
                for (int i = 0; i < width; i++) outputs[s * width + i] = biases[i] + Dot(weights.Slice(i * fanIn, fanIn), inputs.Slice(s * fanIn, fanIn));
            return;
        }
        Pack(weights, biases, packed, fanIn, width, pw);
        Span<double> spill = stackalloc double[4 * 8];
        for (int s = 0; s < rows; s += 4)
        {
            int tileRows = Math.Min(4, rows - s);
            for (int i0 = 0; i0 < pw; i0 += 8)
            {
                Tile(inputs, packed, s, tileRows, fanIn, pw, i0, spill);
                for (int r = 0; r < tileRows; r++)
                    spill.Slice(r * 8, Math.Min(8, width - i0)).CopyTo(outputs.Slice((s + r) * width + i0));
            }
        }
    }

    // packed[j·pw + i] = W[i·fanIn + j] (0 beyond width), and row fanIn holds the biases.
    private static void Pack(ReadOnlySpan<double> weights, ReadOnlySpan<double> biases, Span<double> packed, int fanIn, int width, int pw)
    {
        packed.Slice(0, (fanIn + 1) * pw).Clear();
        for (int i = 0; i < width; i++)
        {
            var row = weights.Slice(i * fanIn, fanIn);
            for (int j = 0; j < fanIn; j++) packed[j * pw + i] = row[j];
            packed[fanIn * pw + i] = biases[i];
        }
    }

    // 4 rows (fewer at the end: the missing rows repeat the last one and are not stored) × 8 neurons from column i0, into spill.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Tile(ReadOnlySpan<double> inputs, ReadOnlySpan<double> packed, int s, int tileRows, int fanIn, int pw, int i0, Span<double> spill)
    {
        ref double x0 = ref Unsafe.AsRef(in inputs[s * fanIn]);
        ref double x1 = ref Unsafe.AsRef(in inputs[(s + Math.Min(1, tileRows - 1)) * fanIn]);
        ref double x2 = ref Unsafe.AsRef(in inputs[(s + Math.Min(2, tileRows - 1)) * fanIn]);
        ref double x3 = ref Unsafe.AsRef(in inputs[(s + Math.Min(3, tileRows - 1)) * fanIn]);
        ref double w = ref Unsafe.Add(ref MemoryMarshal.GetReference(packed), i0);
        var bias0 = Vector256.LoadUnsafe(ref w, (nuint)(fanIn * pw));
        var bias1 = Vector256.LoadUnsafe(ref w, (nuint)(fanIn * pw + 4));
        Vector256<double> a00 = bias0, a01 = bias1, a10 = bias0, a11 = bias1, a20 = bias0, a21 = bias1, a30 = bias0, a31 = bias1;
        for (int j = 0; j < fanIn; j++)
        {
            var w0 = Vector256.LoadUnsafe(ref w, (nuint)(j * pw));
            var w1 = Vector256.LoadUnsafe(ref w, (nuint)(j * pw + 4));
            var v0 = Vector256.Create(Unsafe.Add(ref x0, j));
            var v1 = Vector256.Create(Unsafe.Add(ref x1, j));
            var v2 = Vector256.Create(Unsafe.Add(ref x2, j));
            var v3 = Vector256.Create(Unsafe.Add(ref x3, j));
            a00 = MultiplyAdd(v0, w0, a00); a01 = MultiplyAdd(v0, w1, a01);
            a10 = MultiplyAdd(v1, w0, a10); a11 = MultiplyAdd(v1, w1, a11);
            a20 = MultiplyAdd(v2, w0, a20); a21 = MultiplyAdd(v2, w1, a21);
            a30 = MultiplyAdd(v3, w0, a30); a31 = MultiplyAdd(v3, w1, a31);
        }
        ref double o = ref MemoryMarshal.GetReference(spill);
        a00.StoreUnsafe(ref o, 0); a01.StoreUnsafe(ref o, 4);
        a10.StoreUnsafe(ref o, 8); a11.StoreUnsafe(ref o, 12);
        a20.StoreUnsafe(ref o, 16); a21.StoreUnsafe(ref o, 20);
        a30.StoreUnsafe(ref o, 24); a31.StoreUnsafe(ref o, 28);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> MultiplyAdd(Vector256<double> a, Vector256<double> b, Vector256<double> c) =>
        Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : a * b + c;
}
