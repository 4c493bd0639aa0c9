using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TeachingKit.Optimization;

public static partial class VectorKernels
{
    private const double TanhSaturation = 40;   // e^(−40)·2 < 2⁻⁵³: beyond |2x| = 40, tanh x rounds to ±1
    private static readonly double[] ExpTaylor = [.. Enumerable.Range(0, 14).Select(k => 1 / Factorial(k))];

    /// <summary>x ← tanh x for every entry, four at a time: the same values as <see cref="Math.Tanh"/> to within a few units in the last place.</summary>
    /// <remarks>
    /// tanh x = sign(x)(1 − 2/(e^{2|x|} + 1)), with e^y for 0 ≤ y ≤ 40 by Cody &amp; Waite's reduction y = k ln 2 + r, |r| ≤ ln 2/2 (ln 2 split
    /// in two parts so that k ln 2 is exact), the Taylor series of e^r to r¹³ (remainder below 2⁻⁶⁰ relative) and 2^k built in the
    /// exponent bits. The absolute error is below 10⁻¹⁵ (tested against Math.Tanh); NaN stays NaN, so a diverging network still shows it.
    /// </remarks>
    public static void TanhInPlace(Span<double> x)
    {
        int full = Vector256.IsHardwareAccelerated ? x.Length - x.Length % 4 : 0;
        var vectors = MemoryMarshal.Cast<double, Vector256<double>>(x[..full]);
        for (int i = 0; i < vectors.Length; i++) vectors[i] = Tanh(vectors[i]);
        for (int i = full; i < x.Length; i++) x[i] = Math.Tanh(x[i]);
    }

    private static Vector256<double> Tanh(Vector256<double> x)
    {
        var signBit = Vector256.Create(-0.0).AsUInt64();
        var y = Vector256.Min(Vector256.Abs(x) * 2, Vector256.Create(TanhSaturation));
        var e = Exp(y);
        var magnitude = Vector256<double>.One - Vector256.Create(2.0) / (e + Vector256<double>.One);
        var signed = (magnitude.AsUInt64() | (x.AsUInt64() & signBit)).AsDouble();
        return Vector256.ConditionalSelect(Vector256.Equals(x, x), signed, x);   // NaN lanes keep their NaN
    }

    // e^y for 0 ≤ y ≤ 40 (k ≤ 58, far from the exponent's limits).
    private static Vector256<double> Exp(Vector256<double> y)
    {
        const double Ln2High = 0.693147180369123816490, Ln2Low = 1.90821492927058770002e-10, Log2E = 1.4426950408889634074;
        var k = Vector256.Floor(y * Log2E + Vector256.Create(0.5));
        var r = y - k * Ln2High - k * Ln2Low;
        var p = Vector256.Create(ExpTaylor[13]);
        for (int j = 12; j >= 0; j--) p = MultiplyAdd(p, r, Vector256.Create(ExpTaylor[j]));
        var shifter = Vector256.Create(6755399441055744.0);   // 1.5·2⁵²: k + shifter holds k in its low mantissa bits
        var exponent = (k + shifter).AsUInt64() - shifter.AsUInt64() + Vector256.Create(1023UL);
        return p * Vector256.ShiftLeft(exponent, 52).AsDouble();
    }

    private static double Factorial(int k) => k <= 1 ? 1 : k * Factorial(k - 1);
}
