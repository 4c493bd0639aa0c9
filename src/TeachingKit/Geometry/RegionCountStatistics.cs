namespace TeachingKit.Geometry;

/// <summary>
/// Linear-region counts of randomly initialised ReLU networks over many seeds: mean, spread and range,
/// so that shallow and deep networks are compared under the same initialisation and not by single draws.
/// </summary>
/// <param name="Widths">The hidden widths, e.g. [16] (shallow) or [4, 4, 4, 4] (deep).</param>
/// <param name="Seeds">How many seeds were drawn (seeds 1..Seeds).</param>
/// <param name="Mean">Mean number of regions in the box.</param>
/// <param name="StandardDeviation">Sample standard deviation of the counts (n − 1 in the denominator).</param>
/// <param name="Min">Fewest regions of any seed.</param>
/// <param name="Max">Most regions of any seed.</param>
public sealed record RegionCountStatistics(IReadOnlyList<int> Widths, int Seeds, double Mean, double StandardDeviation, int Min, int Max)
{
    /// <summary>
    /// Counts the regions in <paramref name="box"/> of <see cref="ReluNetworks.Random"/>(widths, seed) for
    /// seed = 1..<paramref name="seeds"/> — He initialisation for every shape, shallow or deep.
    /// </summary>
    /// <remarks>
    /// One initialisation for all shapes is the point: a shallow layer whose lines are forced through the box
    /// (<see cref="ReluNetworks.Shallow"/>) is a best case, not a random network, and comparing it with a
    /// random deep one compares unlike things. Hanin &amp; Rolnick (2019) predict counts of order
    /// (neurons)^(input dimension) for both.
    /// </remarks>
    public static RegionCountStatistics OverSeeds(IReadOnlyList<int> widths, Box2D box, int seeds)
    {
        Validation.Require.NotEmpty(widths, nameof(widths));
        ArgumentNullException.ThrowIfNull(box);
        Validation.Require.AtLeast(seeds, 2, nameof(seeds));
        int[] counts = Enumerable.Range(1, seeds)
            .Select(seed => LinearRegionPartition.Compute(ReluNetworks.Random(widths, seed), box).Count)
            .ToArray();
        double mean = counts.Average();
        double variance = counts.Sum(c => (c - mean) * (c - mean)) / (seeds - 1);
        return new RegionCountStatistics(widths.ToArray(), seeds, mean, Math.Sqrt(variance), counts.Min(), counts.Max());
    }
}
