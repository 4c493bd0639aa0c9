namespace TeachingKit.Networks;

/// <summary>Optional identity skip connections between consecutive hidden layers of equal width (a residual network).</summary>
/// <remarks>
/// With skips, hidden layer l ≥ 2 whose width equals layer l − 1's computes a_l = f(z_l) + a_{l−1} (He et al. 2016's
/// identity shortcut, one layer per block), so ∂L/∂a_{l−1} = W_lᵀ δ_l + ∂L/∂a_l: the gradient reaches early layers
/// along the identity as well as through every Jacobian. Li et al. 2018 ("Visualizing the loss landscape of neural
/// nets") show that such shortcuts keep a deep network's loss surface smooth.
/// </remarks>
public sealed partial class BatchMlp
{
    // _skips[l]: whether a_l = f(z_l) + a_{l−1}; _skipGradients[l] holds ∂L/∂a_l for the rows of a block where _skips[l].
    private bool[] _skips = [];
    private double[][] _skipGradients = [];

    /// <summary>Whether some hidden layer adds its input to its output (see <see cref="SkipsInto"/>).</summary>
    public bool HasSkipConnections => _skips.Length > 0;

    /// <summary>Whether hidden layer <paramref name="layer"/> computes a_l = f(z_l) + a_{l−1}.</summary>
    public bool SkipsInto(int layer) => HasSkipConnections && layer >= 1 && layer < _skips.Length && _skips[layer];

    // A skip into every hidden layer l ≥ 2 as wide as the layer before it; at least one is needed.
    private void AddSkipConnections()
    {
        _skips = new bool[_sizes.Length];
        for (int l = 2; l < _sizes.Length - 1; l++) _skips[l] = _sizes[l] == _sizes[l - 1];
        if (!_skips.Any(s => s))
            throw new ArgumentException("Skip connections need two consecutive hidden layers of equal width.", "layerSizes");
        _skipGradients = _sizes.Select(d => new double[BlockSize * d]).ToArray();
    }

    // a_l += a_{l−1} over the first `rows` rows when layer l has a skip (equal widths, so the rows line up).
    private void AddSkip(int l, int rows)
    {
        if (!SkipsInto(l)) return;
        int count = rows * _sizes[l];
        var output = _activations[l].AsSpan(0, count);
        var input = _activations[l - 1].AsSpan(0, count);
        for (int k = 0; k < count; k++) output[k] += input[k];
    }

    // `below` holds W_lᵀ δ_l for row s. Adds the skip's ∂L/∂a_l, keeps ∂L/∂a_{l−1} when layer l − 1 has a skip, and
    // multiplies by f′ at the branch output f(z_{l−1}) = a_{l−1} (− a_{l−2} with a skip): below becomes δ_{l−1}.
    private void FinishHiddenDelta(int l, int s, Span<double> below)
    {
        int width = below.Length;
        if (SkipsInto(l)) Optimization.VectorKernels.AddScaled(below, 1, _skipGradients[l].AsSpan(s * width, width));
        var output = _activations[l - 1].AsSpan(s * width, width);
        var hidden = Architecture.HiddenActivation;
        if (!SkipsInto(l - 1))
        {
            for (int j = 0; j < width; j++) below[j] *= hidden.DerivativeFromOutput(output[j]);
            return;
        }
        below.CopyTo(_skipGradients[l - 1].AsSpan(s * width, width));
        var input = _activations[l - 2].AsSpan(s * width, width);
        for (int j = 0; j < width; j++) below[j] *= hidden.DerivativeFromOutput(output[j] - input[j]);
    }

    // Row buffers for whole-batch blocks (batch normalisation in training mode).
    private void GrowSkipGradients(int rows)
    {
        for (int l = 0; l < _skipGradients.Length; l++)
            if (_skipGradients[l].Length < rows * _sizes[l]) _skipGradients[l] = new double[rows * _sizes[l]];
    }
}
