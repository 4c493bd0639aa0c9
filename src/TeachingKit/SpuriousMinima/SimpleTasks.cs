using TeachingKit.Networks;

namespace TeachingKit.SpuriousMinima;

/// <summary>
/// The two 2-D classification tasks of the lecture's table "Even simple task can be difficult" (Swirszcz,
/// Czarnecki &amp; Pascanu 2016): XOR and a "Jellyfish", with one-hot targets for a two-output softmax network.
/// </summary>
/// <remarks>
/// <para>XOR is the four corners of the unit square, class 1 where exactly one coordinate is 1.</para>
/// <para>Jellyfish is the kit's own construction: the paper's coordinates were not available to the kit (its text
/// could not be retrieved; the lecture shows only the table and two pictures titled "optimally converged net" and
/// "stuck net"). It keeps what the name and the table say: a small 2-D set, a bell over a body with hanging
/// tentacles, solvable by two hidden units. Class 1, the bell: 11 points on the upper unit half-circle, angles
/// π·i/10. Class 0, the body and tentacles: 5 points on the half-circle of radius ½ at angles π·j/6 (j = 1…5) and
/// three tentacles of 5 points each, x ∈ {−½, 0, ½}, y = −¼, −½, …, −1¼. The union of the two half-planes
/// y &gt; 0.9 − 1.2|x| (one per sign of x) holds exactly the bell (<see cref="JellyfishSeparator"/>), so a network
/// with h = 2 hidden units can classify every point, with margins of only 0.1 (bell) and 0.12 (body); a single
/// horizontal line at y ≈ 0.55 already gets 27 of the 31 points right — the "stuck" partition.</para>
/// </remarks>
public static class SimpleTasks
{
    /// <summary>The four XOR points; targets one-hot (class 1 = exactly one input is 1).</summary>
    public static Dataset Xor() => Build([([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)]);

    /// <summary>The kit's Jellyfish: 11 bell points (class 1), 5 body and 15 tentacle points (class 0); see the remarks.</summary>
    public static Dataset Jellyfish()
    {
        var points = new List<(double[] X, int Label)>();
        for (int i = 0; i <= 10; i++)
            points.Add(([Math.Cos(Math.PI * i / 10), Math.Sin(Math.PI * i / 10)], 1));
        for (int j = 1; j <= 5; j++)
            points.Add(([0.5 * Math.Cos(Math.PI * j / 6), 0.5 * Math.Sin(Math.PI * j / 6)], 0));
        foreach (double x in new[] { -0.5, 0, 0.5 })
            for (int t = 1; t <= 5; t++)
                points.Add(([x, -0.25 * t], 0));
        return Build(points);
    }

    /// <summary>The two lines whose upper half-planes together hold exactly the Jellyfish's bell: y = 0.9 − 1.2·(±x).</summary>
    /// <remarks>Each as (w₁, w₂, b) with the bell on the side w·x + b &gt; 0: 1.2x + y − 0.9 and −1.2x + y − 0.9.</remarks>
    public static IReadOnlyList<UnitLine> JellyfishSeparator { get; } = [new(1.2, 1, -0.9), new(-1.2, 1, -0.9)];

    /// <summary>The class of each sample: the index of its target's largest entry.</summary>
    public static int[] Labels(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Targets.Select(t => Array.IndexOf(t, t.Max())).ToArray();
    }

    private static Dataset Build(IReadOnlyList<(double[] X, int Label)> points) => new(
        points.Select(p => p.X).ToArray(),
        points.Select(p => p.Label == 1 ? new double[] { 0, 1 } : [1, 0]).ToArray());
}
