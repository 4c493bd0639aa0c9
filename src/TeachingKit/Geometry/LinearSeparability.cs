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
/// gcd of its entries) with overflow-checked 64-bit arithmetic, and Bland's rule prevents cycling,
/// so the answer is exact, never a rounding judgement. For 0/1 codes of up to a few dozen units the
/// entries stay small; an overflow would throw rather than answer wrongly.</para>
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

    /// <summary>Phase 1 simplex on Σλ_i p_i − Σμ_j q_j = 0, Σλ = 1, Σμ = 1, λ, μ ≥ 0.</summary>
    private static bool HullsMeet(List<int[]> p, List<int[]> q, int n)
    {
        int m = n + 2, variables = p.Count + q.Count, columns = variables + m, rhs = columns;
        var rows = new long[m][];
        var basis = new int[m];
        for (int r = 0; r < m; r++)
        {
            rows[r] = new long[columns + 1];
            rows[r][variables + r] = 1; // the artificial variable of row r starts in the basis
            basis[r] = variables + r;
        }
        for (int i = 0; i < p.Count; i++)
        {
            for (int k = 0; k < n; k++) rows[k][i] = p[i][k];
            rows[n][i] = 1;
        }
        for (int j = 0; j < q.Count; j++)
        {
            for (int k = 0; k < n; k++) rows[k][p.Count + j] = -q[j][k];
            rows[n + 1][p.Count + j] = 1;
        }
        rows[n][rhs] = 1;
        rows[n + 1][rhs] = 1;
        // Objective row: the sum of the artificials, written −(reduced cost) per column so that a
        // positive entry means "entering this column lowers the infeasibility".
        var objective = new long[columns + 1];
        for (int r = 0; r < m; r++)
            for (int c = 0; c < variables; c++) objective[c] = checked(objective[c] + rows[r][c]);
        objective[rhs] = 2;

        while (objective[rhs] != 0)
        {
            int entering = Array.FindIndex(objective, 0, columns, v => v > 0); // Bland: lowest index
            if (entering < 0) return false; // optimum with artificials left: infeasible
            int leaving = -1;
            for (int r = 0; r < m; r++)
            {
                if (rows[r][entering] <= 0) continue;
                if (leaving < 0) { leaving = r; continue; }
                // Compare rhs_r / a_r with rhs_best / a_best by cross-multiplying (denominators positive).
                long lhs = checked(rows[r][rhs] * rows[leaving][entering]);
                long best = checked(rows[leaving][rhs] * rows[r][entering]);
                if (lhs < best || (lhs == best && basis[r] < basis[leaving])) leaving = r;
            }
            if (leaving < 0) throw new InvalidOperationException("Phase 1 cannot be unbounded: the objective is a sum of non-negative variables.");
            Pivot(rows, objective, leaving, entering);
            basis[leaving] = entering;
        }
        return true;
    }

    private static void Pivot(long[][] rows, long[] objective, int pivotRow, int column)
    {
        long[] pivot = rows[pivotRow];
        long a = pivot[column];
        for (int r = 0; r <= rows.Length; r++)
        {
            long[] row = r == rows.Length ? objective : rows[r];
            if (r == pivotRow || row[column] == 0) continue;
            long b = row[column];
            for (int c = 0; c < row.Length; c++) row[c] = checked(row[c] * a - pivot[c] * b);
            Normalize(row);
        }
        Normalize(pivot);
    }

    private static void Normalize(long[] row)
    {
        long g = 0;
        foreach (long v in row) g = Gcd(g, Math.Abs(v));
        if (g > 1)
            for (int c = 0; c < row.Length; c++) row[c] /= g;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
