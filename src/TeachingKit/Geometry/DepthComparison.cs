namespace TeachingKit.Geometry;

/// <summary>
/// One depth L of the depth comparison: linear regions in a box of the folding network (4 neurons per layer),
/// a shallow layer of the same 4L neurons, a randomly initialised deep network of the same shape, and the
/// general-position maximum of 4L lines in the plane.
/// </summary>
/// <param name="Depth">Number of hidden layers L of the deep networks.</param>
/// <param name="Neurons">Total hidden neurons, 4L, shared by all three networks.</param>
/// <param name="Folding">Regions of <see cref="ReluNetworks.Folding"/>(L).</param>
/// <param name="Shallow">Regions of <see cref="ReluNetworks.Shallow"/>(4L, box, seed: L).</param>
/// <param name="RandomDeep">Regions of <see cref="ReluNetworks.Random"/>([4, …, 4], seed: L).</param>
/// <param name="ShallowMaximum">1 + 4L + C(4L, 2): the most regions 4L lines can cut the plane into.</param>
public sealed record DepthComparisonRow(int Depth, int Neurons, int Folding, int Shallow, int RandomDeep, int ShallowMaximum);

/// <summary>
/// Depth versus width with the same neurons (Montúfar et al. 2014; Telgarsky 2016; Hanin &amp; Rolnick 2019):
/// exact region counts of the folding, shallow and random deep networks for L = 1..maxDepth.
/// </summary>
public static class DepthComparison
{
    /// <summary>Neurons per hidden layer of the folding network (two per input coordinate).</summary>
    public const int NeuronsPerLayer = 4;

    /// <summary>Exact region counts in <paramref name="box"/> for every depth L = 1..<paramref name="maxDepth"/> (seed L for L's random networks).</summary>
    public static IReadOnlyList<DepthComparisonRow> Compute(int maxDepth, Box2D box)
    {
        Validation.Require.AtLeast(maxDepth, 1, nameof(maxDepth));
        ArgumentNullException.ThrowIfNull(box);
        int Regions(ReluNetwork network) => LinearRegionPartition.Compute(network, box).Count;
        return Enumerable.Range(1, maxDepth).Select(depth =>
        {
            int neurons = NeuronsPerLayer * depth;
            return new DepthComparisonRow(depth, neurons,
                Folding: Regions(ReluNetworks.Folding(depth)),
                Shallow: Regions(ReluNetworks.Shallow(neurons, box, seed: depth)),
                RandomDeep: Regions(ReluNetworks.Random(Enumerable.Repeat(NeuronsPerLayer, depth).ToArray(), seed: depth)),
                ShallowMaximum: (int)GeneralPositionCount.Regions(neurons, 2));
        }).ToArray();
    }
}
