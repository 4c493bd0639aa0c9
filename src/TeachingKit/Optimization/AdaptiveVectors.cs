namespace TeachingKit.Optimization;

/// <summary>
/// The names of the per-parameter vectors the adaptive methods keep and report (read them with
/// <see cref="Optimizer.Vector"/> or, after a run with <see cref="RunOptions.RecordVectors"/>, with
/// <see cref="Trajectory.Vector"/>). One name per concept across AdaGrad, RMSprop, Adadelta and Adam.
/// </summary>
public static class AdaptiveVectors
{
    /// <summary>s: the running average of the gradients (Adam; centered RMSprop). State.</summary>
    public const string FirstMoment = "firstMoment";

    /// <summary>r: the running average of the squared gradients (RMSprop, Adam, Adadelta). State.</summary>
    public const string SecondMoment = "secondMoment";

    /// <summary>ŝ = s/(1 − β₁ᵗ): the bias-corrected first moment (Adam; equal to s when bias correction is off). Diagnostic.</summary>
    public const string CorrectedFirstMoment = "correctedFirstMoment";

    /// <summary>r̂ = r/(1 − β₂ᵗ): the bias-corrected second moment (Adam; for AMSGrad, of the running maximum; equal to r when bias correction is off). Diagnostic.</summary>
    public const string CorrectedSecondMoment = "correctedSecondMoment";

    /// <summary>The running maximum of the second moment (AMSGrad). State.</summary>
    public const string MaxSecondMoment = "maxSecondMoment";

    /// <summary>r = Σ g²: AdaGrad's sum of all squared gradients. State.</summary>
    public const string SumOfSquares = "sumOfSquares";

    /// <summary>The running average of the squared updates (Adadelta). State.</summary>
    public const string UpdateSecondMoment = "updateSecondMoment";

    /// <summary>v = Δθ: the velocity of RMSprop with momentum (as in <see cref="Momentum"/>'s step form). State.</summary>
    public const string Velocity = "velocity";

    /// <summary>
    /// The per-parameter effective learning rate ηᵢ of the last step: the factor by which the method
    /// multiplied its step direction (the gradient for AdaGrad, RMSprop and Adadelta; the first moment
    /// ŝ, or s without bias correction, for Adam). Diagnostic.
    /// </summary>
    public const string EffectiveLearningRate = "effectiveLearningRate";
}
