using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Generalization;

/// <summary>One network of a depth-against-width grid: its hidden widths and its parameter count against the budget.</summary>
/// <param name="Depth">Hidden layers.</param>
/// <param name="HiddenWidths">Widths of the hidden layers, first to last.</param>
/// <param name="LayerSizes">Input, hidden widths, output.</param>
/// <param name="ParameterCount">Weights and biases.</param>
/// <param name="Budget">The parameter count aimed at.</param>
public sealed record DepthWidthCell(int Depth, int[] HiddenWidths, int[] LayerSizes, int ParameterCount, int Budget)
{
    /// <summary>(count − budget) / budget.</summary>
    public double RelativeDeviation => (ParameterCount - (double)Budget) / Budget;
}

/// <summary>Networks of several depths with (almost) the same number of parameters: the lecture's "depth against the number of parameters".</summary>
/// <remarks>
/// Lecture (Gerstner, part 7, after Goodfellow et al. Fig. 6.7): at the same number of parameters a deeper network
/// performs better on real data. To compare depths fairly the counts must match; a network d₀-w₁-w-…-w-d_L (first hidden
/// width w₁, the others w) has d₀w₁ + w₁ + (L−2)(w² + w) + w₁w·[L ≥ 2] + … parameters, and the grid searches w₁ and w for the
/// most even widths (smallest |w₁ − w|) whose count is within <see cref="Tolerance"/> of the budget.
/// </remarks>
public static class DepthWidthGrid
{
    /// <summary>The largest relative deviation of a cell's parameter count from the budget, 1 %.</summary>
    public const double Tolerance = 0.01;

    /// <summary>The widest hidden layer searched.</summary>
    public const int MaxWidth = 1024;

    /// <summary>For each depth, the network with <paramref name="inputs"/> inputs and <paramref name="outputs"/> outputs whose parameter count is nearest <paramref name="budget"/> among the most even widths.</summary>
    /// <exception cref="ArgumentException">Some depth has no widths within <see cref="Tolerance"/> of the budget (a budget too small for that depth).</exception>
    public static IReadOnlyList<DepthWidthCell> Build(int inputs, int outputs, int budget, IReadOnlyList<int> depths)
    {
        Require.AtLeast(inputs, 1, nameof(inputs));
        Require.AtLeast(outputs, 1, nameof(outputs));
        Require.AtLeast(budget, 1, nameof(budget));
        Require.NotEmpty(depths, nameof(depths));
        return depths.Select(depth => Cell(inputs, outputs, budget, Require.AtLeast(depth, 1, nameof(depths)))).ToArray();
    }

    /// <summary>Weights and biases of the dense network with these layer sizes (the count <see cref="Mlp.ParameterCount"/> gives).</summary>
    public static int ParameterCount(IReadOnlyList<int> layerSizes) =>
        Enumerable.Range(1, layerSizes.Count - 1).Sum(l => layerSizes[l] * (layerSizes[l - 1] + 1));

    private static DepthWidthCell Cell(int inputs, int outputs, int budget, int depth)
    {
        (int First, int Others) best = (1, 1);
        long bestScore = long.MaxValue;
        for (int rest = 1; rest <= MaxWidth; rest++)
            for (int first = depth == 1 ? rest : 1; first <= (depth == 1 ? rest : MaxWidth); first++)
            {
                long miss = Math.Abs(Count(inputs, outputs, depth, first, rest) - (long)budget);
                // Within the tolerance the most even widths win, then the nearest count; outside it only the nearest count, after them all.
                long score = depth == 1 ? miss
                    : miss <= Tolerance * budget ? Math.Abs(first - rest) * (budget + 1L) + miss
                    : long.MaxValue / 2 + miss;
                if (score < bestScore) (bestScore, best) = (score, (first, rest));
            }
        if (bestScore >= long.MaxValue / 2)
            throw new ArgumentException($"No network of depth {depth} with hidden widths up to {MaxWidth} has within {Tolerance:P0} of {budget} parameters.", nameof(budget));
        int[] sizes = [inputs, best.First, .. Enumerable.Repeat(best.Others, depth - 1), outputs];
        return new DepthWidthCell(depth, sizes[1..^1], sizes, ParameterCount(sizes), budget);
    }

    // The parameter count of inputs-first-rest-…-rest-outputs without building the sizes (the search's inner loop).
    private static long Count(int inputs, int outputs, int depth, int first, int rest)
    {
        long count = (long)first * (inputs + 1);
        if (depth >= 2) count += (long)rest * (first + 1) + (depth - 2L) * rest * (rest + 1);
        return count + (long)outputs * ((depth == 1 ? first : rest) + 1);
    }
}
