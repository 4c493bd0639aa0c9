namespace TeachingKit.CriticalPoints;

/// <summary>What a point is, judged by the gradient and the Hessian's eigenvalues (lecture: "the Hessian decides").</summary>
public enum CriticalPointKind
{
    /// <summary>The gradient does not vanish.</summary>
    NotCritical,
    /// <summary>All eigenvalues positive: a strict local minimum (from the higher-order probe: a minimum whose strictness is untested or refuted).</summary>
    Minimum,
    /// <summary>All eigenvalues negative: a strict local maximum (from the higher-order probe: a maximum whose strictness is untested or refuted).</summary>
    Maximum,
    /// <summary>Eigenvalues of both signs: k negative ones make a saddle of order k.</summary>
    Saddle,
    /// <summary>A zero eigenvalue and no sign change: the Hessian alone cannot tell.</summary>
    Degenerate,
    /// <summary>Only from the higher-order probe: f does not change in any probed direction (h ≡ 0).</summary>
    Flat,
}
