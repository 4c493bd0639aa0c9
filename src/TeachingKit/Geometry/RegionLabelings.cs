using System.Numerics;
using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// Many regions do not mean arbitrary labels: which of the 2^R labelings of the R regions of a line
/// arrangement can one linear readout of the line units realise, and which can a second layer?
/// </summary>
/// <remarks>
/// Each hidden unit is the step function of one line, so a region is represented by its code: its side
/// (0/1) of every line. One readout realises a labeling iff the codes labelled 1 and those labelled 0
/// are linearly separable (<see cref="LinearSeparability"/>). With a second layer every labeling is
/// realisable: a second-layer unit Σ_k (2c_k − 1)·h_k &gt; |c| − 1/2 fires on exactly one code c (a
/// vertex of the cube is separable from all others), and the readout ORs the units of the regions
/// labelled 1 — or, when fewer, NORs those labelled 0.
/// </remarks>
public static class RegionLabelings
{
    /// <summary>Largest number of regions whose 2^R labelings are enumerated.</summary>
    public const int MaxRegions = 22;

    /// <summary>The 0/1 codes (side of every line) of all regions of a line arrangement, checked against the exact count.</summary>
    /// <exception cref="ArgumentException">
    /// The arrangement is not in the plane, or it is nearly degenerate (see <see cref="LinearRegionPartition.OfAllRegions"/>).
    /// </exception>
    public static int[][] RegionCodes(HyperplaneArrangement lines)
    {
        var partition = LinearRegionPartition.OfAllRegions(lines);   // checks lines: not null, in the plane, not nearly degenerate
        return partition.Regions.Select(r => r.ActivationPattern.Select(a => a ? 1 : 0).ToArray()).ToArray();
    }

    /// <summary>The 2^bits corners of the cube {0, 1}^bits, corner v having bit k of v as coordinate k.</summary>
    public static int[][] HypercubeCorners(int bits)
    {
        Require.AtLeast(bits, 1, nameof(bits));
        if (bits > 20) throw new ArgumentOutOfRangeException(nameof(bits), bits, "bits may be at most 20 (2^bits corners are listed).");
        return Enumerable.Range(0, 1 << bits).Select(v => Enumerable.Range(0, bits).Select(k => (v >> k) & 1).ToArray()).ToArray();
    }

    /// <summary>
    /// Counts the labelings of the regions (given by their distinct codes) that one linear readout of
    /// the codes realises, by an exact separability test for every labeling.
    /// </summary>
    /// <exception cref="ArgumentException">Two codes are equal: a region is listed twice.</exception>
    public static LabelingCount CountRealizable(IReadOnlyList<int[]> codes)
    {
        Require.NotEmpty(codes, nameof(codes));
        if (codes.Count > MaxRegions)
            throw new ArgumentOutOfRangeException(nameof(codes), codes.Count, $"codes may hold at most {MaxRegions} regions (2^R labelings are enumerated).");
        RequireDistinct(codes);
        int regions = codes.Count;
        long half = 0;
        var labels = new bool[regions];
        // A labeling and its complement are realised together (negate the readout): fix region 0 to 0.
        for (long mask = 0; mask < 1L << (regions - 1); mask++)
        {
            for (int i = 1; i < regions; i++) labels[i] = ((mask >> (i - 1)) & 1) == 1;
            if (LinearSeparability.IsSeparable(codes, labels)) half++;
        }
        return new LabelingCount(regions, BigInteger.One << regions, 2 * half);
    }

    /// <summary>
    /// Builds the two-layer threshold network of the remarks for <paramref name="labels"/> and checks it
    /// on every code; returns the number of second-layer units it used, min(#labelled 1, #labelled 0).
    /// </summary>
    /// <exception cref="ArgumentException">Two codes are equal: a region is listed twice.</exception>
    public static int SecondLayerUnits(IReadOnlyList<int[]> codes, IReadOnlyList<bool> labels)
    {
        Require.NotEmpty(codes, nameof(codes));
        ArgumentNullException.ThrowIfNull(labels);
        Require.SameLength(labels.Count, codes.Count, nameof(labels), nameof(codes));
        RequireDistinct(codes);
        int ones = labels.Count(l => l);
        bool detectOnes = ones <= codes.Count - ones;
        var detected = codes.Where((_, i) => labels[i] == detectOnes).ToArray();
        foreach (var (code, label) in codes.Zip(labels))
        {
            bool anyFires = detected.Any(c => Fires(c, code));
            if ((detectOnes ? anyFires : !anyFires) != label)
                throw new InvalidOperationException("The two-layer construction failed on distinct codes: a bug.");
        }
        return detected.Length;
    }

    /// <summary>Throws unless every code is given once: a region listed twice would be counted (and labelled) twice.</summary>
    private static void RequireDistinct(IReadOnlyList<int[]> codes)
    {
        var distinct = new HashSet<string>();
        for (int i = 0; i < codes.Count; i++)
        {
            if (codes[i] is null) throw new ArgumentException($"codes[{i}] is null.", nameof(codes));
            if (!distinct.Add(string.Join(",", codes[i])))
                throw new ArgumentException(
                    $"codes must be distinct (one per region), but codes[{i}] = [{string.Join(", ", codes[i])}] repeats an earlier code.",
                    nameof(codes));
        }
    }

    /// <summary>The second-layer unit for code c: Σ_k (2c_k − 1)·h_k − (|c| − 1/2) &gt; 0, true only at h = c.</summary>
    private static bool Fires(int[] c, int[] h)
    {
        double s = 0.5;
        for (int k = 0; k < c.Length; k++) s += (2 * c[k] - 1) * h[k] - c[k];
        return s > 0;
    }
}

/// <summary>How many of the 2^R labelings of R regions a readout realises.</summary>
/// <param name="Regions">R.</param>
/// <param name="Labelings">2^R.</param>
/// <param name="Realizable">Labelings realised by one linear readout.</param>
public sealed record LabelingCount(int Regions, BigInteger Labelings, long Realizable)
{
    /// <summary>Realizable / Labelings.</summary>
    public double Fraction => Realizable / (double)Labelings;
}
