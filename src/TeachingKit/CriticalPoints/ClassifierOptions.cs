using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// Tolerances of <see cref="HessianClassifier"/>. They are relative to the scale of the Hessian's
/// spectrum, s = max(1, maxᵢ|λᵢ|), so that rescaling f does not change a verdict.
/// </summary>
/// <remarks>
/// An eigenvalue counts as zero when |λ| ≤ <see cref="EigenvalueTolerance"/>·s; a point is critical when
/// |∇f| ≤ <see cref="GradientTolerance"/>·s (near a critical point g ≈ H·δ, so |g| scales with H).
/// With exact derivatives the lecture's degenerate examples give eigenvalues that are exactly 0.
/// </remarks>
public sealed record ClassifierOptions
{
    private readonly double _gradientTolerance = 1e-8;
    private readonly double _eigenvalueTolerance = 1e-10;
    private readonly double _probeRadius = 1e-2;

    /// <summary>The defaults: gradient 1e-8, eigenvalues 1e-10 (relative), probe radius 1e-2, probe on.</summary>
    public static ClassifierOptions Default { get; } = new();

    /// <summary>|∇f| below this times the spectrum scale counts as zero.</summary>
    public double GradientTolerance
    {
        get => _gradientTolerance;
        init => _gradientTolerance = Require.Positive(value, nameof(GradientTolerance));
    }

    /// <summary>|λ| below this times the spectrum scale counts as a zero eigenvalue.</summary>
    public double EigenvalueTolerance
    {
        get => _eigenvalueTolerance;
        init => _eigenvalueTolerance = Require.Positive(value, nameof(EigenvalueTolerance));
    }

    /// <summary>Whether a degenerate verdict is followed by the <see cref="HigherOrderProbe"/>.</summary>
    public bool ProbeDegenerate { get; init; } = true;

    /// <summary>Distance from the point at which the higher-order probe samples f.</summary>
    public double ProbeRadius
    {
        get => _probeRadius;
        init => _probeRadius = Require.Positive(value, nameof(ProbeRadius));
    }

    /// <summary>Seed of the random null-space directions the probe uses in three or more null dimensions.</summary>
    public int ProbeSeed { get; init; } = 1;
}
