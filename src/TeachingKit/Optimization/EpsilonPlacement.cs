namespace TeachingKit.Optimization;

/// <summary>
/// Where an adaptive method puts the small constant δ (called <c>epsilon</c> in the kit and in the
/// frameworks) that keeps the division by the root-mean-square gradient finite.
/// </summary>
/// <remarks>
/// The conventions differ by far less than a step for a typical gradient, but not for tiny ones:
/// with r the (bias-corrected) second-moment estimate, the denominators are √(r + δ), √r + δ and
/// (Adam only) √r + δ/√(1 − β₂ᵗ). For r ≪ δ² they give 1/√δ-sized versus 1/δ-sized effective steps.
/// </remarks>
public enum EpsilonPlacement
{
    /// <summary>
    /// √(r + δ): the lecture's form of RMSprop (Goodfellow et al. Alg. 8.5) and of Adam as written on the
    /// slide (the printed Alg. 8.7 adds δ after the root); Zeiler's Adadelta; Keras 3's RMSprop and Adagrad
    /// (<c>keras.optimizers.RMSprop</c>, <c>keras.optimizers.Adagrad</c>); Optax's <c>eps_root</c>.
    /// </summary>
    InsideSquareRoot,
    /// <summary>
    /// √r + δ: Kingma &amp; Ba's Adam (Alg. 1), Goodfellow et al.'s AdaGrad (Alg. 8.4) and Adam (printed
    /// Alg. 8.7), PyTorch's Adam, AdamW, RMSprop and Adagrad, Optax's <c>eps</c>.
    /// </summary>
    AfterSquareRoot,
    /// <summary>
    /// √r + δ/√(1 − β₂ᵗ), i.e. δ added to the square root of the <em>uncorrected</em> r: Keras 3's
    /// <c>keras.optimizers.Adam</c> (and tf.keras 2's, documented as the "ε̂" of Kingma &amp; Ba's Sec. 2),
    /// which fold the bias corrections into the step size αₜ = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ).
    /// Without bias correction it equals <see cref="AfterSquareRoot"/>.
    /// </summary>
    AfterUncorrectedSquareRoot,
}
