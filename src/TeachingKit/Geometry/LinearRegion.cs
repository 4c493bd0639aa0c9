namespace TeachingKit.Geometry;

/// <summary>One linear region: a convex polygon on which the network is the affine map f(x, y) = gx·x + gy·y + c.</summary>
/// <param name="Polygon">The region (clipped to the box).</param>
/// <param name="ActivationPattern">Which hidden neurons are active on it, layer after layer.</param>
/// <param name="GradientX">∂f/∂x on the region.</param>
/// <param name="GradientY">∂f/∂y on the region.</param>
/// <param name="Intercept">f(0, 0) of the region's affine map.</param>
public sealed record LinearRegion(ConvexPolygon Polygon, bool[] ActivationPattern, double GradientX, double GradientY, double Intercept)
{
    /// <summary>The region's area.</summary>
    public double Area => Polygon.Area;

    /// <summary>The affine map's value at (x, y).</summary>
    public double Evaluate(double x, double y) => GradientX * x + GradientY * y + Intercept;

    /// <summary>The pattern as 0/1 digits, e.g. "1011".</summary>
    public string PatternText => string.Concat(ActivationPattern.Select(a => a ? '1' : '0'));
}
