namespace TeachingKit.Networks;

/// <summary>The loss of one sample, averaged over a batch by <see cref="BatchMlp"/>.</summary>
public enum LossFunction
{
    /// <summary>−Σₖ yₖ ln softmax(z)ₖ on the output layer's logits z: the classifier's loss (Goodfellow et al. §6.2.2.3).</summary>
    SoftmaxCrossEntropy,
    /// <summary>‖f(z) − y‖², the squared error of <see cref="Mlp"/> (no factor ½).</summary>
    SquaredError,
}
