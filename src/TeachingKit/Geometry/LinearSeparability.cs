using System.Numerics;
using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// Exact test whether two labelled sets of integer points can be split by a hyperplane
/// (a single linear readout with a threshold), by a small exact linear program.
/// </summary>
/// <remarks>
/// <para>Two finite sets are strictly linearly separable iff their convex hulls do not meet
/// (separating hyperplane theorem). The hulls meet iff λ, μ ≥ 0 exist with Σλ = Σμ = 1 and
/// Σ λ_i p_i = Σ μ_j q_j: a feasibility problem in standard form, decided by phase 1 of the simplex
/// method.</para>
/// <para>Exactness: the tableau is kept in integers (fraction-free pivoting, every row divided by the
/// gcd of its entries) and Bland's rule prevents cycling, so the answer is exact, never a rounding
/// judgement. The tableau first runs in overflow-checked 64-bit arithmetic, which is fast and enough for
/// 0/1 codes; if an entry overflows (large coordinates, e.g. 1e9) it is rerun in BigInteger, which
/// cannot overflow, so any int coordinates are accepted.</para>
/// </remarks>
public static class LinearSeparability
{
    /// <summary>True when some w, c give w·x + c &gt; 0 on every point labelled true and &lt; 0 on every point labelled false.</summary>
    public static bool IsSeparable(IReadOnlyList<int[]> points, IReadOnlyList<bool> labels)
    {
        Require.NotEmpty(points, nameof(points));
        Require.SameLength(labels?.Count ?? 0, points.Count, nameof(labels), nameof(points));
        int n = points[0]?.Length ?? 0;
        for (int i = 0; i < points.Count; i++)
            Require.SameLength(points[i]?.Length ?? 0, n, $"{nameof(points)}[{i}]", $"{nameof(points)}[0]");
        var positive = new List<int[]>();
        var negative = new List<int[]>();
        for (int i = 0; i < points.Count; i++) (labels![i] ? positive : negative).Add(points[i]);
        if (positive.Count == 0 || negative.Count == 0) return true; // a constant readout
        return !HullsMeet(positive, negative, n);
    }

    /// <summary>Phase 1 in 64-bit integers, and in BigInteger when that overflows.</summary>
    private static bool HullsMeet(List<int[]> p, List<int[]> q, int n)
    {
        try
        {
            return HullsMeet<long>(p, q, n);
        }
        catch (OverflowException)
        {
            return HullsMeet<BigInteger>(p, q, n);
        }
    }

    /// <summary>Phase 1 simplex on Σλ_i p_i − Σμ_j q_j = 0, Σλ = 1, Σμ = 1, λ, μ ≥ 0.</summary>
    private static bool HullsMeet<T>(List<int[]> p, List<int[]> q, int n) where T : IBinaryInteger<T>
    {
        int m = n + 2, variables = p.Count + q.Count, columns = variables + m, rhs = columns;
        var rows = new T[m][];
        var basis = new int[m];
        for (int r = 0; r < m; r++)
        {
            rows[r] = new T[columns + 1];
            Array.Fill(rows[r], T.Zero);
            rows[r][variables + r] = T.One; // the artificial variable of row r starts in the basis
            basis[r] = variables + r;
        }
        for (int i = 0; i < p.Count; i++)
        {
            for (int k = 0; k < n; k++) rows[k][i] = T.CreateChecked(p[i][k]);
            rows[n][i] = T.One;
        }
        for (int j = 0; j < q.Count; j++)
        {
            for (int k = 0; k < n; k++) rows[k][p.Count + j] = -T.CreateChecked(q[j][k]);
            rows[n + 1][p.Count + j] = T.One;
        }
        rows[n][rhs] = T.One;
        rows[n + 1][rhs] = T.One;
        // Objective row: the sum of the artificials, written −(reduced cost) per column so that a
        // positive entry means "entering this column lowers the infeasibility".
        var objective = new T[columns + 1];
        Array.Fill(objective, T.Zero);
        for (int r = 0; r < m; r++)
            for (int c = 0; c < variables; c++) objective[c] = checked(objective[c] + rows[r][c]);
        objective[rhs] = T.CreateChecked(2);

        while (!T.IsZero(objective[rhs]))
        {
            int entering = Array.FindIndex(objective, 0, columns, v => v > T.Zero); // Bland: lowest index (T.IsPositive would accept 0)
            if (entering < 0) return false; // optimum with artificials left: infeasible
            int leaving = -1;
            for (int r = 0; r < m; r++)
            {
                if (rows[r][entering] <= T.Zero) continue;
                if (leaving < 0) { leaving = r; continue; }
                // Compare rhs_r / a_r with rhs_best / a_best by cross-multiplying (denominators positive).
                T lhs = checked(rows[r][rhs] * rows[leaving][entering]);
                T best = checked(rows[leaving][rhs] * rows[r][entering]);
                if (lhs < best || (lhs == best && basis[r] < basis[leaving])) leaving = r;
            }
            if (leaving < 0) throw new InvalidOperationException("Phase 1 cannot be unbounded: the objective is a sum of non-negative variables.");
            Pivot(rows, objective, leaving, entering);
            basis[leaving] = entering;
        }
        return true;
    }

    private static void Pivot<T>(T[][] rows, T[] objective, int pivotRow, int column) where T : IBinaryInteger<T>
    {
        T[] pivot = rows[pivotRow];
        T a = pivot[column];
        for (int r = 0; r <= rows.Length; r++)
        {
            T[] row = r == rows.Length ? objective : rows[r];
            if (r == pivotRow || T.IsZero(row[column])) continue;
            T b = row[column];
            for (int c = 0; c < row.Length; c++) row[c] = checked(row[c] * a - pivot[c] * b);
            Normalize(row);
        }
        Normalize(pivot);
    }

    private static void Normalize<T>(T[] row) where T : IBinaryInteger<T>
    {
        T g = T.Zero;
        foreach (T v in row) g = Gcd(g, T.Abs(v));
        if (g > T.One)
            for (int c = 0; c < row.Length; c++) row[c] /= g;
    }

    private static T Gcd<T>(T a, T b) where T : IBinaryInteger<T>
    {
        while (!T.IsZero(b)) (a, b) = (b, a % b);
        return a;
    }
}
