using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace TeachingKit.SpuriousMinima;

/// <summary>
/// The Gaussian ReLU correlation f(w, v) = E_x[[wᵀx]₊[vᵀx]₊], x ~ N(0, I), and its first and second
/// derivatives in w, each written once; every term of Safran &amp; Shamir's population objective is one of these.
/// </summary>
/// <remarks>
/// f(w, v) = ‖w‖‖v‖(sin θ + (π − θ) cos θ)/(2π), θ the angle between w and v: the degree-1 arc-cosine
/// kernel of Cho &amp; Saul (2009, "Kernel methods for deep learning", NIPS), the closed form Safran &amp; Shamir
/// (2018, "Spurious local minima are common in two-layer ReLU neural networks", ICML, arXiv:1712.08968; the
/// section numbers of the cited papers were not checked here) build their objective from. With u = w/‖w‖, v̂ = v/‖v‖, c = cos θ,
/// s = sin θ:
///   ∇_w f = (‖v‖ s u + (π − θ) v)/(2π),
///   ∂²f/∂w² = ‖v‖/(2π‖w‖)·(s (I − uuᵀ) + (v̂ − c u)(v̂ − c u)ᵀ/s),
///   ∂²f/∂w∂v = ((π − θ) I + (u v̂ᵀ + v̂ uᵀ − c(uuᵀ + v̂ v̂ᵀ))/s)/(2π).
/// Both s-divided terms have norm O(s), so at θ = 0 or π they take their limit 0 (f is C² there in these blocks).
/// The derivation is checked against AutoDiff in the tests, not taken on trust.
/// </remarks>
public static class ReluCorrelation
{
    /// <summary>Below this sin θ the s-divided Hessian terms take their limit 0.</summary>
    public const double ParallelSine = 1e-12;

    private const double TwoPi = 2 * Math.PI;

    /// <summary>
    /// f, and the two parts of ∇_w f = ‖v‖·sinePart·(w/‖w‖) + anglePart·v, for ‖w‖ = <paramref name="normW"/>,
    /// ‖v‖ = <paramref name="normV"/> and cos θ = <paramref name="cosine"/> (clamped into [−1, 1] against rounding):
    /// sinePart = sin θ/(2π), anglePart = (π − θ)/(2π). The gradient's hot loop is built from this call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pair(double normW, double normV, double cosine, out double sinePart, out double anglePart)
    {
        double c = Math.Clamp(cosine, -1.0, 1.0);
        double theta = Math.Acos(c), s = Math.Sqrt(1 - c * c), rest = Math.PI - theta;
        sinePart = s / TwoPi;
        anglePart = rest / TwoPi;
        return normW * normV * (s + rest * c) / TwoPi;
    }

    /// <summary>f(w, v) alone.</summary>
    public static double Value(double normW, double normV, double cosine) => Pair(normW, normV, cosine, out _, out _);

    /// <summary>Adds scale·∂²f/∂w² (a k×k block) to <paramref name="hessian"/> at (<paramref name="row"/>, <paramref name="row"/>).</summary>
    public static void AddSameBlock(Matrix<double> hessian, int row, double scale, ReadOnlySpan<double> w, ReadOnlySpan<double> v)
    {
        var (u, vHat, normW, normV, c, s) = Frame(w, v);
        if (normW == 0) return;
        double factor = scale * normV / (TwoPi * normW);
        for (int p = 0; p < w.Length; p++)
            for (int q = 0; q < w.Length; q++)
            {
                double projector = (p == q ? 1 : 0) - u[p] * u[q];
                double bend = s < ParallelSine ? 0 : (vHat[p] - c * u[p]) * (vHat[q] - c * u[q]) / s;
                hessian[row + p, row + q] += factor * (s * projector + bend);
            }
    }

    /// <summary>Adds scale·∂²f/∂w∂v (a k×k block) to <paramref name="hessian"/> at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public static void AddCrossBlock(Matrix<double> hessian, int row, int column, double scale, ReadOnlySpan<double> w, ReadOnlySpan<double> v)
    {
        var (u, vHat, normW, normV, c, s) = Frame(w, v);
        if (normW == 0 || normV == 0) return;
        double rest = Math.PI - Math.Acos(c);
        for (int p = 0; p < w.Length; p++)
            for (int q = 0; q < w.Length; q++)
            {
                double turn = s < ParallelSine ? 0
                    : (u[p] * vHat[q] + vHat[p] * u[q] - c * (u[p] * u[q] + vHat[p] * vHat[q])) / s;
                hessian[row + p, column + q] += scale * ((p == q ? rest : 0) + turn) / TwoPi;
            }
    }

    /// <summary>Unit vectors, norms, cos θ and sin θ of a pair; a zero vector gives a zero unit vector and c = 0.</summary>
    private static (double[] U, double[] VHat, double NormW, double NormV, double Cos, double Sin) Frame(ReadOnlySpan<double> w, ReadOnlySpan<double> v)
    {
        double normW = Norm(w), normV = Norm(v);
        var u = new double[w.Length];
        var vHat = new double[v.Length];
        double dot = 0;
        for (int p = 0; p < w.Length; p++)
        {
            u[p] = normW == 0 ? 0 : w[p] / normW;
            vHat[p] = normV == 0 ? 0 : v[p] / normV;
            dot += u[p] * vHat[p];
        }
        double c = Math.Clamp(dot, -1.0, 1.0);
        return (u, vHat, normW, normV, c, Math.Sqrt(1 - c * c));
    }

    private static double Norm(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double value in x) sum += value * value;
        return Math.Sqrt(sum);
    }
}
