using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>The assignment problem: the permutation π maximising Σᵢ score[i, π(i)], by the Hungarian method.</summary>
/// <remarks>
/// Kuhn 1955 / Munkres 1957, in the O(n³) form with row and column potentials (shortest augmenting paths, as in
/// Jonker &amp; Volgenant 1987): each of the n rows is added by one Dijkstra-like sweep over the columns, keeping the reduced
/// costs non-negative, so the result is optimal — not a greedy matching.
/// </remarks>
public static class Assignment
{
    /// <summary>π with π[i] the column given to row i, maximising the total score of a square matrix.</summary>
    public static int[] Maximize(double[,] score)
    {
        ArgumentNullException.ThrowIfNull(score);
        int n = score.GetLength(0);
        Require.AtLeast(n, 1, nameof(score));
        Require.SameLength(score.GetLength(1), n, nameof(score), "its row count (a square matrix)");
        foreach (double s in score) Require.Finite(s, nameof(score));
        // Minimise cost = −score; arrays are 1-based with row/column 0 as the sentinel of the augmenting search.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var rowOfColumn = new int[n + 1];
        var way = new int[n + 1];
        for (int row = 1; row <= n; row++)
        {
            rowOfColumn[0] = row;
            int column0 = 0;
            var minimum = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[column0] = true;
                int i0 = rowOfColumn[column0], column1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    double reduced = -score[i0 - 1, j - 1] - u[i0] - v[j];
                    if (reduced < minimum[j]) (minimum[j], way[j]) = (reduced, column0);
                    if (minimum[j] < delta) (delta, column1) = (minimum[j], j);
                }
                for (int j = 0; j <= n; j++)
                    if (used[j]) { u[rowOfColumn[j]] += delta; v[j] -= delta; }
                    else minimum[j] -= delta;
                column0 = column1;
            } while (rowOfColumn[column0] != 0);
            do
            {
                int column1 = way[column0];
                rowOfColumn[column0] = rowOfColumn[column1];
                column0 = column1;
            } while (column0 != 0);
        }
        var assignment = new int[n];
        for (int j = 1; j <= n; j++) assignment[rowOfColumn[j] - 1] = j - 1;
        return assignment;
    }
}
