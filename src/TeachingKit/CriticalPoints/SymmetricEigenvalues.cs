using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Optimization;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// The eigenvalues of a symmetric matrix without its eigenvectors: Householder reduction to
/// tridiagonal form, then the implicit QL iteration with Wilkinson's shift.
/// </summary>
/// <remarks>
/// <para>Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., Alg. 8.3.1 (tridiagonalisation, using only
/// the lower triangle: 4n³/3 flops) and Sec. 8.3.5; the QL form of the implicit iteration as in Wilkinson &amp;
/// Reinsch's <c>tql1</c> (O(n²) flops without vectors). Without the vectors the whole solve is about a
/// sixth of the work of a full decomposition; the values agree with it to rounding (backward stable:
/// each is exact for a matrix within a few ε‖A‖ of the input).</para>
/// <para>The reduction works row by row on the lower triangle, so every inner loop is a contiguous
/// dot product or axpy (<see cref="Vector{T}"/>).</para>
/// </remarks>
internal static class SymmetricEigenvalues
{
    // 2⁻⁵²: a coupling below this relative to its neighbours is zero to working precision.
    private static readonly double MachineEpsilon = Math.ScaleB(1, -52);

    /// <summary>The eigenvalues of <paramref name="symmetric"/> (its lower triangle is read), ascending.</summary>
    public static double[] Of(Matrix<double> symmetric)
    {
        int n = symmetric.RowCount;
        double[] a = symmetric.ToRowMajorArray();
        var d = new double[n];
        var e = new double[n];
        Tridiagonalize(a, n, d, e);
        ImplicitQl(d, e);
        Array.Sort(d);
        return d;
    }

    // Diagonal d and subdiagonal e (e[k] couples k and k + 1, e[n − 1] = 0) of QᵀAQ; a is overwritten.
    private static void Tridiagonalize(double[] a, int n, double[] d, double[] e)
    {
        var v = new double[n];
        var p = new double[n];
        for (int k = 0; k < n - 2; k++)
        {
            int first = k + 1, m = n - first;
            double sigma = 0;
            for (int i = 0; i < m; i++)
            {
                v[i] = a[(first + i) * n + k];
                sigma += v[i] * v[i];
            }
            d[k] = a[k * n + k];
            if (sigma == 0)
            {
                e[k] = 0;
                continue;
            }
            // H = I − βvvᵀ maps the column below the diagonal to αe₁; α takes the sign that avoids cancellation.
            double alpha = v[0] > 0 ? -Math.Sqrt(sigma) : Math.Sqrt(sigma);
            double beta = 1 / (sigma - alpha * v[0]);
            v[0] -= alpha;
            e[k] = alpha;
            // p = βA₂₂v from the lower triangle: row i gives pᵢ += rowᵢ·v and p₀..ᵢ₋₁ += vᵢ·rowᵢ.
            p.AsSpan(0, m).Clear();
            for (int i = 0; i < m; i++)
            {
                var row = a.AsSpan((first + i) * n + first, i + 1);
                p[i] += VectorKernels.Dot(row, v.AsSpan(0, i + 1));
                VectorKernels.AddScaled(p.AsSpan(0, i), v[i], row[..i]);
            }
            double vp = 0;
            for (int i = 0; i < m; i++)
            {
                p[i] *= beta;
                vp += v[i] * p[i];
            }
            // q = p − (β vᵀp/2) v, then A₂₂ ← A₂₂ − vqᵀ − qvᵀ (the rank-two form of HA₂₂H), lower triangle only.
            double half = 0.5 * beta * vp;
            for (int i = 0; i < m; i++) p[i] -= half * v[i];
            for (int i = 0; i < m; i++)
            {
                var row = a.AsSpan((first + i) * n + first, i + 1);
                VectorKernels.AddScaled(row, -v[i], p.AsSpan(0, i + 1));
                VectorKernels.AddScaled(row, -p[i], v.AsSpan(0, i + 1));
            }
        }
        if (n >= 2)
        {
            d[n - 2] = a[(n - 2) * n + n - 2];
            e[n - 2] = a[(n - 1) * n + n - 2];
        }
        d[n - 1] = a[(n - 1) * n + n - 1];
        e[n - 1] = 0;
    }

    // Implicit QL with Wilkinson's shift on the tridiagonal (d, e); d ends up holding the eigenvalues.
    private static void ImplicitQl(double[] d, double[] e)
    {
        int n = d.Length;
        for (int l = 0; l < n; l++)
        {
            for (int iteration = 0; ; iteration++)
            {
                int m = l;
                for (; m < n - 1; m++)
                    if (Math.Abs(e[m]) <= MachineEpsilon * (Math.Abs(d[m]) + Math.Abs(d[m + 1]))) break;
                if (m == l) break;
                if (iteration == 60 * n) throw new InvalidOperationException("The QL iteration did not converge.");
                double g = (d[l + 1] - d[l]) / (2 * e[l]);
                double r = Radius(g, 1);
                g = d[m] - d[l] + e[l] / (g + Math.CopySign(r, g));
                double s = 1, c = 1, shift = 0;
                int i = m - 1;
                for (; i >= l; i--)
                {
                    double f = s * e[i], b = c * e[i];
                    r = Radius(f, g);
                    e[i + 1] = r;
                    if (r == 0)
                    {
                        // An exact split: deflate and start again from l.
                        d[i + 1] -= shift;
                        e[m] = 0;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - shift;
                    r = (d[i] - g) * s + 2 * c * b;
                    shift = s * r;
                    d[i + 1] = g + shift;
                    g = c * r - b;
                }
                if (r == 0 && i >= l) continue;
                d[l] -= shift;
                e[l] = g;
                e[m] = 0;
            }
        }
    }

    // √(f² + g²). double.Hypot guards against overflow and underflow but costs more than the rest of a
    // rotation; it is needed only when the squares leave the range of doubles.
    private static double Radius(double f, double g)
    {
        double r = Math.Sqrt(f * f + g * g);
        return r > 1e-150 && r < 1e150 ? r : double.Hypot(f, g);
    }
}
