using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>The stopping rules and recording choices of one optimization run.</summary>
/// <remarks>
/// A run stops at the first of: <see cref="MaxSteps"/> steps; gradient norm ≤
/// <see cref="GradientTolerance"/>; divergence — a NaN or infinite loss, gradient or parameter,
/// or a loss above E(w₀) + <see cref="DivergenceFactor"/>·max(1, |E(w₀)|).
/// <para>The default factor 10⁶ is chosen so that an unstable run is caught within an ordinary step
/// budget: a loss that grows geometrically by q per step crosses it after ln(10⁶)/ln q steps — about
/// 700 steps for gradient descent at γλ = 2.01 (q = 1.01² per step), 40 at γλ = 2.2 — whereas a
/// convergent method on the kit's objectives never rises above a few times its start. Raise it for
/// objectives whose loss legitimately climbs that far.</para>
/// </remarks>
public sealed record RunOptions
{
    private readonly int _maxSteps = 1000;
    private readonly double _gradientTolerance;
    private readonly double _divergenceFactor = 1e6;

    /// <summary>The default options: 1000 steps, no gradient tolerance, divergence factor 10⁶, everything recorded.</summary>
    public static RunOptions Default { get; } = new();

    /// <summary>The step budget (≥ 0).</summary>
    public int MaxSteps
    {
        get => _maxSteps;
        init => _maxSteps = Require.AtLeast(value, 0, nameof(MaxSteps));
    }

    /// <summary>Stop when ‖∇E‖ ≤ this (0, the default, never stops on the gradient).</summary>
    public double GradientTolerance
    {
        get => _gradientTolerance;
        init
        {
            Require.Finite(value, nameof(GradientTolerance));
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(GradientTolerance), value, $"{nameof(GradientTolerance)} must be non-negative, but was {value}.");
            _gradientTolerance = value;
        }
    }

    /// <summary>How far the loss may rise above its start, relative to max(1, |E(w₀)|), before the run counts as diverged.</summary>
    public double DivergenceFactor
    {
        get => _divergenceFactor;
        init => _divergenceFactor = Require.Positive(value, nameof(DivergenceFactor));
    }

    /// <summary>Record the parameters at every step (turn off for very large problems).</summary>
    public bool RecordParameters { get; init; } = true;

    /// <summary>Record a copy of every optimizer vector (state and diagnostics) at every step.</summary>
    public bool RecordVectors { get; init; }
}
