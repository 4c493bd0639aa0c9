namespace TeachingKit.Geometry;

/// <summary>A convex polygon in the plane, vertices in counter-clockwise order.</summary>
/// <remarks>
/// Built only by the library (from a box, by clipping), so convexity and orientation hold by
/// construction. Splitting by a line is Sutherland–Hodgman clipping against both half-planes.
/// </remarks>
public sealed class ConvexPolygon
{
    private readonly double[] _xs, _ys;

    internal ConvexPolygon(double[] xs, double[] ys)
    {
        _xs = xs;
        _ys = ys;
        Area = ShoelaceArea(xs, ys);
    }

    /// <summary>x coordinates of the vertices.</summary>
    public IReadOnlyList<double> Xs => _xs;

    /// <summary>y coordinates of the vertices.</summary>
    public IReadOnlyList<double> Ys => _ys;

    /// <summary>Number of vertices.</summary>
    public int VertexCount => _xs.Length;

    /// <summary>Area by the shoelace formula.</summary>
    public double Area { get; }

    /// <summary>The vertex average: a point strictly inside a non-degenerate convex polygon.</summary>
    public (double X, double Y) Interior => (_xs.Average(), _ys.Average());

    /// <summary>True when (x, y) lies inside or within <paramref name="tolerance"/> of the boundary.</summary>
    public bool Contains(double x, double y, double tolerance = 0)
    {
        for (int i = 0; i < _xs.Length; i++)
        {
            int j = (i + 1) % _xs.Length;
            double ex = _xs[j] - _xs[i], ey = _ys[j] - _ys[i];
            double cross = ex * (y - _ys[i]) - ey * (x - _xs[i]);
            if (cross < -tolerance * Math.Sqrt(ex * ex + ey * ey)) return false;
        }
        return true;
    }

    /// <summary>
    /// Splits by the line a·x + b·y + c = 0 into the parts where it is ≤ 0 and ≥ 0. Vertices with
    /// |a·x + b·y + c| ≤ <paramref name="tolerance"/> count as on the line; a part with fewer than
    /// three vertices or area ≤ <paramref name="minArea"/> is merged into the other part (returned as null).
    /// </summary>
    internal (ConvexPolygon? Negative, ConvexPolygon? Positive) Split(double a, double b, double c, double tolerance, double minArea)
    {
        int n = _xs.Length;
        var s = new double[n];
        bool anyPositive = false, anyNegative = false;
        for (int i = 0; i < n; i++)
        {
            double v = a * _xs[i] + b * _ys[i] + c;
            s[i] = Math.Abs(v) <= tolerance ? 0 : v;
            anyPositive |= s[i] > 0;
            anyNegative |= s[i] < 0;
        }
        if (!anyPositive) return (this, null);
        if (!anyNegative) return (null, this);

        var negX = new List<double>(n + 2); var negY = new List<double>(n + 2);
        var posX = new List<double>(n + 2); var posY = new List<double>(n + 2);
        for (int i = 0; i < n; i++)
        {
            int j = (i + 1) % n;
            if (s[i] <= 0) { negX.Add(_xs[i]); negY.Add(_ys[i]); }
            if (s[i] >= 0) { posX.Add(_xs[i]); posY.Add(_ys[i]); }
            if ((s[i] < 0 && s[j] > 0) || (s[i] > 0 && s[j] < 0))
            {
                double t = s[i] / (s[i] - s[j]);
                double x = _xs[i] + t * (_xs[j] - _xs[i]), y = _ys[i] + t * (_ys[j] - _ys[i]);
                negX.Add(x); negY.Add(y);
                posX.Add(x); posY.Add(y);
            }
        }
        var negative = Make(negX, negY, minArea);
        var positive = Make(posX, posY, minArea);
        // A sliver below minArea is given to the other side, so the parts still tile this polygon.
        if (negative is null) return (null, this);
        if (positive is null) return (this, null);
        return (negative, positive);
    }

    private static ConvexPolygon? Make(List<double> xs, List<double> ys, double minArea)
    {
        if (xs.Count < 3) return null;
        var polygon = new ConvexPolygon(xs.ToArray(), ys.ToArray());
        return polygon.Area > minArea ? polygon : null;
    }

    private static double ShoelaceArea(double[] xs, double[] ys)
    {
        double twice = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            int j = (i + 1) % xs.Length;
            twice += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return twice / 2;
    }
}
