using TeachingKit.Geometry;

namespace TeachingKit.NoFreeLunch;

/// <summary>Structured classes of Boolean targets: the ones a prior can favour, where learners stop being equal.</summary>
public static class BooleanFunctionClasses
{
    /// <summary>Known counts of linearly separable (threshold) Boolean functions of n = 1 … 4 inputs (OEIS A000609: 4, 14, 104, 1882).</summary>
    public static IReadOnlyList<int> KnownLinearlySeparableCounts { get; } = [4, 14, 104, 1882];

    /// <summary>Every target f whose points labelled 1 and 0 a hyperplane separates, decided exactly for each of the 2^(2ⁿ) targets.</summary>
    /// <remarks>Uses <see cref="LinearSeparability.IsSeparable"/> (an exact integer linear program); the constants count as separable.</remarks>
    public static int[] LinearlySeparable(BooleanCube cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var points = Enumerable.Range(0, cube.PointCount).Select(cube.Coordinates).ToArray();
        var labels = new bool[cube.PointCount];
        var separable = new List<int>();
        for (int f = 0; f < cube.TargetCount; f++)
        {
            for (int x = 0; x < cube.PointCount; x++) labels[x] = ((f >> x) & 1) == 1;
            if (LinearSeparability.IsSeparable(points, labels)) separable.Add(f);
        }
        return [.. separable];
    }

    /// <summary>Every symmetric target: f(x) depends only on the number of 1s in x, so there are 2^(n+1) of them.</summary>
    public static int[] Symmetric(BooleanCube cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var symmetric = new int[1 << (cube.Inputs + 1)];
        for (int pattern = 0; pattern < symmetric.Length; pattern++)   // bit j of pattern: f's value on inputs with j ones
            for (int x = 0; x < cube.PointCount; x++)
                if (((pattern >> BooleanCube.Size(x)) & 1) == 1) symmetric[pattern] |= 1 << x;
        return [.. symmetric.Order()];
    }
}
