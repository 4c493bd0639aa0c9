using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// The exact partition of a box of the 2-D input space into the linear regions of a ReLU network:
/// convex polygons, each with its activation pattern and the affine map the network computes on it.
/// </summary>
/// <remarks>
/// <para>Layer by layer: on a polygon where layers 1..l−1 have a fixed pattern, layer l's
/// pre-activations are affine in x, so each of its neurons cuts the polygon along one line
/// (successive half-plane clipping). The pieces after the last layer are the activation regions
/// (Hanin &amp; Rolnick 2019): points with the same pattern form one convex polygon. Two adjacent
/// regions may happen to carry the same affine map; they are still counted apart.</para>
/// <para>Tolerance: a vertex within 1e−12·(|a|·span + |c|) of a neuron's line a·x + c = 0 (span =
/// the box's larger side) counts as on the line, and pieces of area ≤ 1e−14·(box area) are merged
/// into their neighbour, so rounding never creates sliver regions and the areas still tile the box.
/// A neuron whose pre-activation is exactly zero on a whole piece counts as inactive.</para>
/// </remarks>
public sealed class LinearRegionPartition
{
    private const double RelativeLineTolerance = 1e-12;
    private const double RelativeMinArea = 1e-14;

    private LinearRegionPartition(ReluNetwork network, Box2D box, List<LinearRegion> regions)
    {
        Network = network;
        Box = box;
        Regions = regions;
    }

    /// <summary>The network partitioned.</summary>
    public ReluNetwork Network { get; }

    /// <summary>The box of the input plane that is partitioned.</summary>
    public Box2D Box { get; }

    /// <summary>The linear (activation) regions inside the box.</summary>
    public IReadOnlyList<LinearRegion> Regions { get; }

    /// <summary>Number of regions.</summary>
    public int Count => Regions.Count;

    /// <summary>Sum of the regions' areas: the box's area, up to rounding.</summary>
    public double TotalArea => Regions.Sum(r => r.Polygon.Area);

    /// <summary>Partitions <paramref name="box"/> for a network with a 2-D input.</summary>
    public static LinearRegionPartition Compute(ReluNetwork network, Box2D box)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(box);
        if (network.InputDimension != 2)
            throw new ArgumentException($"network must have a 2-D input to partition a box of the plane, but its input has dimension {network.InputDimension}.", nameof(network));

        double span = Math.Max(box.XMax - box.XMin, box.YMax - box.YMin);
        double minArea = RelativeMinArea * box.Area;
        // A piece: its polygon, the affine map x ↦ (A x + c) of the current layer's outputs (rows
        // (a_x, a_y, c)), and the activation pattern so far.
        var pieces = new List<(ConvexPolygon Polygon, double[][] Map, bool[] Pattern)>
        {
            (box.ToPolygon(), [[1, 0, 0], [0, 1, 0]], []),
        };
        for (int l = 0; l < network.Depth; l++)
        {
            var weights = network.WeightRows(l);
            var biases = network.BiasArray(l);
            var next = new List<(ConvexPolygon, double[][], bool[])>(pieces.Count * 2);
            foreach (var (polygon, map, pattern) in pieces)
            {
                double[][] pre = Compose(weights, biases, map);
                var parts = new List<(ConvexPolygon Polygon, bool[] Active)> { (polygon, new bool[pre.Length]) };
                for (int i = 0; i < pre.Length; i++)
                {
                    double[] z = pre[i];
                    double tolerance = RelativeLineTolerance * ((Math.Abs(z[0]) + Math.Abs(z[1])) * span + Math.Abs(z[2]));
                    int count = parts.Count;
                    for (int p = 0; p < count; p++)
                    {
                        var (negative, positive) = parts[p].Polygon.Split(z[0], z[1], z[2], tolerance, minArea);
                        if (positive is null) continue; // inactive on the whole part
                        if (negative is null) { parts[p].Active[i] = true; continue; }
                        var active = (bool[])parts[p].Active.Clone();
                        active[i] = true;
                        parts[p] = (negative, parts[p].Active);
                        parts.Add((positive, active));
                    }
                }
                foreach (var (part, active) in parts)
                {
                    var post = new double[pre.Length][];
                    for (int i = 0; i < pre.Length; i++) post[i] = active[i] ? pre[i] : new double[3];
                    next.Add((part, post, [.. pattern, .. active]));
                }
            }
            pieces = next;
        }

        var regions = new List<LinearRegion>(pieces.Count);
        double[] readout = network.OutputWeightArray;
        foreach (var (polygon, map, pattern) in pieces)
        {
            double gx = 0, gy = 0, c = network.OutputBias;
            for (int j = 0; j < map.Length; j++)
            {
                double v = readout[j];
                gx += v * map[j][0]; gy += v * map[j][1]; c += v * map[j][2];
            }
            regions.Add(new LinearRegion(polygon, pattern, gx, gy, c));
        }
        return new LinearRegionPartition(network, box, regions);
    }

    /// <summary>
    /// The regions of a line arrangement inside <paramref name="box"/>: the partition of a one-layer
    /// network with one neuron per line (a·x + b·y = c becomes the neuron a·x + b·y − c) and a zero
    /// readout, so each region's activation pattern is its side of every line.
    /// </summary>
    public static LinearRegionPartition OfLines(HyperplaneArrangement lines, Box2D box)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Dimension != 2)
            throw new ArgumentException($"lines must live in the plane (dimension 2), but the arrangement is in R^{lines.Dimension}.", nameof(lines));
        if (lines.Count == 0)
            throw new ArgumentException("lines must contain at least one line.", nameof(lines));
        var weights = lines.Hyperplanes.Select(h => h.Normal.ToArray()).ToArray();
        var biases = lines.Hyperplanes.Select(h => -h.Offset).ToArray();
        return Compute(new ReluNetwork([weights], [biases], new double[lines.Count], 0), box);
    }

    /// <summary>
    /// Every region of a line arrangement: <see cref="OfLines"/> on <paramref name="box"/> (by default
    /// <see cref="HyperplaneArrangement.BoxAroundVertices"/>), checked against the exact count.
    /// </summary>
    /// <param name="lines">Lines in the plane, at least one.</param>
    /// <param name="box">A box holding every crossing point, so that every region meets it.</param>
    /// <exception cref="ArgumentException">
    /// The lines are nearly but not exactly degenerate: the partition, computed in doubles with a tolerance, sees
    /// a different number of regions from the exact count, which takes the doubles as the binary values they are.
    /// </exception>
    public static LinearRegionPartition OfAllRegions(HyperplaneArrangement lines, Box2D? box = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Dimension != 2)
            throw new ArgumentException($"lines must live in the plane (dimension 2), but the arrangement is in R^{lines.Dimension}.", nameof(lines));
        var partition = OfLines(lines, box ?? lines.BoxAroundVertices());
        var exact = lines.CountRegions();
        if (partition.Count != exact)
            throw new ArgumentException(
                $"lines are nearly degenerate: at double precision they show {partition.Count} regions, but taken exactly as the " +
                $"binary values the doubles are they make {exact}. Lines meant to meet in one point or to be parallel miss by " +
                "rounding when their coefficients (like 0.1) are not exact in binary; state them exactly with " +
                "Hyperplane.FromIntegers, Hyperplane.FromDecimals or HyperplaneArrangement.LinesFromDecimals.",
                nameof(lines));
        return partition;
    }

    /// <summary>The region whose polygon contains (x, y), or null outside the box.</summary>
    public LinearRegion? RegionAt(double x, double y)
    {
        Require.Finite(x, nameof(x));
        Require.Finite(y, nameof(y));
        return Regions.FirstOrDefault(r => r.Polygon.Contains(x, y, 1e-12));
    }

    /// <summary>
    /// max over regions of |region's affine map − network| at the region's interior point: an
    /// independent check (a forward pass) that the network is affine on every region as computed.
    /// </summary>
    public double MaxDeviationFromNetwork() => Regions.Max(r =>
    {
        var (x, y) = r.Polygon.Interior;
        return Math.Abs(r.Evaluate(x, y) - Network.Evaluate([x, y]));
    });

    /// <summary>Rows of W·(A x + c) + b, each (a_x, a_y, c): the layer's pre-activations as affine maps of x.</summary>
    private static double[][] Compose(double[][] weights, double[] biases, double[][] map)
    {
        var pre = new double[weights.Length][];
        for (int i = 0; i < weights.Length; i++)
        {
            var row = new double[] { 0, 0, biases[i] };
            var w = weights[i];
            for (int j = 0; j < w.Length; j++)
            {
                double wij = w[j];
                if (wij == 0) continue;
                row[0] += wij * map[j][0]; row[1] += wij * map[j][1]; row[2] += wij * map[j][2];
            }
            pre[i] = row;
        }
        return pre;
    }
}
