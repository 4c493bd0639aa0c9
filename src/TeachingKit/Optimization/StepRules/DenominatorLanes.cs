using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeachingKit.Optimization;

/// <summary><see cref="Denominator"/> broadcast once per step: √(scale·r + inside) + outside, lane by lane.</summary>
internal readonly struct DenominatorLanes(Denominator d)
{
    private readonly Vector<double> _scale = new(d.Scale), _inside = new(d.Inside), _outside = new(d.Outside);

    /// <summary>The scale on the raw second moment (1/(1 − β₂ᵗ) with bias correction, else 1).</summary>
    public Vector<double> Scale => _scale;

    /// <summary>The denominator for the raw second moment <paramref name="r"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<double> Of(Vector<double> r) => Vector.SquareRoot(r * _scale + _inside) + _outside;
}
