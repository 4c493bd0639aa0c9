namespace TeachingKit.Sampling;

/// <summary>
/// Standard normal numbers from a seeded generator by the Box–Muller transform (Box &amp; Muller 1958):
/// two uniforms u₁, u₂ give √(−2 ln u₁)·cos 2πu₂ and √(−2 ln u₁)·sin 2πu₂, the second kept for the next call.
/// </summary>
/// <remarks>The one Gaussian generator of the kit's critical-point code: the same seed gives the same sequence.</remarks>
public sealed class GaussianSampler
{
    private readonly Random _random;
    private double _spare;
    private bool _hasSpare;

    /// <summary>A sampler whose sequence is fixed by <paramref name="seed"/>.</summary>
    public GaussianSampler(int seed) => _random = new Random(seed);

    /// <summary>The next standard normal number.</summary>
    public double Next()
    {
        if (_hasSpare) { _hasSpare = false; return _spare; }
        // 1 − u lies in (0, 1], so the logarithm is finite.
        double radius = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())), angle = 2 * Math.PI * _random.NextDouble();
        _spare = radius * Math.Sin(angle);
        _hasSpare = true;
        return radius * Math.Cos(angle);
    }
}
