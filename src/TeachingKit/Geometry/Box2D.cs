using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>The axis-aligned rectangle [XMin, XMax] × [YMin, YMax] of a 2-D input space.</summary>
public sealed record Box2D
{
    /// <summary>A box with finite bounds and positive width and height.</summary>
    public Box2D(double xMin, double xMax, double yMin, double yMax)
    {
        Require.Finite(xMin, nameof(xMin));
        Require.Finite(xMax, nameof(xMax));
        Require.Finite(yMin, nameof(yMin));
        Require.Finite(yMax, nameof(yMax));
        if (!(xMax > xMin)) throw new ArgumentException($"The box is empty: xMax ({xMax}) must exceed xMin ({xMin}).", nameof(xMax));
        if (!(yMax > yMin)) throw new ArgumentException($"The box is empty: yMax ({yMax}) must exceed yMin ({yMin}).", nameof(yMax));
        (XMin, XMax, YMin, YMax) = (xMin, xMax, yMin, yMax);
    }

    /// <summary>The unit square [0, 1]².</summary>
    public static Box2D UnitSquare => new(0, 1, 0, 1);

    /// <summary>The square [−halfWidth, halfWidth]².</summary>
    public static Box2D Centered(double halfWidth) => new(-Require.Positive(halfWidth, nameof(halfWidth)), halfWidth, -halfWidth, halfWidth);

    /// <summary>Left edge.</summary>
    public double XMin { get; }

    /// <summary>Right edge.</summary>
    public double XMax { get; }

    /// <summary>Bottom edge.</summary>
    public double YMin { get; }

    /// <summary>Top edge.</summary>
    public double YMax { get; }

    /// <summary>Width × height.</summary>
    public double Area => (XMax - XMin) * (YMax - YMin);

    /// <summary>The box as a counter-clockwise polygon.</summary>
    public ConvexPolygon ToPolygon() => new([XMin, XMax, XMax, XMin], [YMin, YMin, YMax, YMax]);
}
