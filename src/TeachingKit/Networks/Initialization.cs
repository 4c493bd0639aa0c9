namespace TeachingKit.Networks;

/// <summary>How <see cref="BatchMlp.InitialParameters"/> draws the weights; biases always start at 0.</summary>
public enum Initialization
{
    /// <summary>wᵢⱼ ~ N(0, 2/fan-in) (He et al. 2015, for ReLU layers).</summary>
    He,
    /// <summary>wᵢⱼ ~ U(−r, r), r = √(6/(fan-in + fan-out)) (Glorot &amp; Bengio 2010's normalized initialization, for tanh layers).</summary>
    Xavier,
    /// <summary>Every weight 0: the hidden neurons of a layer stay identical, the symmetry training cannot break.</summary>
    Zero,
}
