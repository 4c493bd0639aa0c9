using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// Tolerances of <see cref="HessianClassifier"/>. They are relative to the scale of the Hessian's
/// spectrum, s = maxᵢ|λᵢ| (no floor), so that rescaling f → c·f does not change a verdict.
/// </summary>
/// <remarks>
/// <para>An eigenvalue counts as zero when |λ| ≤ <see cref="EigenvalueTolerance"/>·s.</para>
/// <para>A point x is critical when |∇f| ≤ <see cref="GradientTolerance"/>·s·max(1, |x|): near a critical
/// point x*, ∇f ≈ H·(x − x*), and a point known to about <see cref="GradientTolerance"/> relative digits
/// (absolute near the origin, where |x| is no scale) has |∇f| up to that bound. Both sides scale with c.</para>
/// <para>When H = 0 exactly there is no curvature to set a scale: the point is critical only when ∇f = 0
/// exactly (exact derivatives give exactly 0 at the lecture's flat points; a non-zero gradient with no
/// curvature is a slope, never a critical point). The <see cref="HigherOrderProbe"/> then judges f's
/// changes against f's own rounding level, again without an absolute floor.</para>
/// <para>With exact derivatives the lecture's degenerate examples give eigenvalues that are exactly 0.</para>
/// </remarks>
public sealed record ClassifierOptions
{
    private readonly double _gradientTolerance = 1e-8;
    private readonly double _eigenvalueTolerance = 1e-10;
    private readonly double _probeRadius = 1e-2;

    /// <summary>The defaults: gradient 1e-8, eigenvalues 1e-10 (relative), probe radius 1e-2, probe on.</summary>
    public static ClassifierOptions Default { get; } = new();

    /// <summary>|∇f| at x below this times s·max(1, |x|) (s the spectrum scale) counts as zero.</summary>
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
