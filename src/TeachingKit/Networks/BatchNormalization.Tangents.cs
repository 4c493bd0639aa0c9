namespace TeachingKit.Networks;

/// <summary>Directional derivatives of batch normalisation's forward and backward passes, for exact Hessian-vector products.</summary>
/// <remarks>
/// Pearlmutter's R{·} = d/dt|₀ of each quantity when θ moves along v (Pearlmutter 1994, "Fast exact multiplication by the
/// Hessian"), applied to <see cref="BatchNormalization"/>'s formulas with c = u − μ = x̂/s, s = (σ² + ε)^(−1/2):
/// R x̂ = s (Rc − x̂ · mean(x̂ Rc)) with Rc = Ru − mean(Ru), R s = −s² mean(x̂ Rc), R y = Rγ x̂ + γ R x̂ + Rβ; and with
/// m₁ = mean(d), m₂ = mean(d x̂) for the incoming d = ∂L/∂y, R δ = (Rγ s + γ R s)(d − m₁ − x̂ m₂) + γ s (Rd − Rm₁ − R x̂ m₂ − x̂ Rm₂).
/// </remarks>
public sealed partial class BatchNormalization
{
    private double[] _normalizedTangent = [];
    private double[] _deviationTangent = [];   // R s per feature

    /// <summary>
    /// After a training-mode <see cref="Forward"/>: replaces R u (the pre-activations' tangent) in the first rows of
    /// <paramref name="tangents"/> by R y, for the parameter tangents <paramref name="gammaTangent"/> and <paramref name="betaTangent"/>.
    /// </summary>
    public void TangentForward(Span<double> tangents, ReadOnlySpan<double> gamma, ReadOnlySpan<double> gammaTangent, ReadOnlySpan<double> betaTangent)
    {
        if (_rows == 0) throw new InvalidOperationException("TangentForward needs a training-mode Forward first.");
        CheckShape(tangents, _rows, gammaTangent, betaTangent);
        int rows = _rows;
        if (_normalizedTangent.Length < rows * Features) _normalizedTangent = new double[rows * Features];
        if (_deviationTangent.Length < Features) _deviationTangent = new double[Features];
        var meanTangent = _sumDelta;
        var correlation = _sumDeltaNormalized;   // mean(x̂ Rc) = mean(x̂ Ru), as Σ x̂ = 0
        Array.Clear(meanTangent);
        Array.Clear(correlation);
        for (int s = 0; s < rows; s++)
            for (int f = 0; f < Features; f++)
            {
                meanTangent[f] += tangents[s * Features + f];
                correlation[f] += tangents[s * Features + f] * _normalized[s * Features + f];
            }
        for (int f = 0; f < Features; f++)
        {
            meanTangent[f] /= rows;
            correlation[f] /= rows;
            _deviationTangent[f] = -_inverseDeviation[f] * _inverseDeviation[f] * correlation[f];
        }
        for (int s = 0; s < rows; s++)
            for (int f = 0; f < Features; f++)
            {
                int k = s * Features + f;
                double normalized = _inverseDeviation[f] * (tangents[k] - meanTangent[f] - _normalized[k] * correlation[f]);
                _normalizedTangent[k] = normalized;
                tangents[k] = gammaTangent[f] * _normalized[k] + gamma[f] * normalized + betaTangent[f];
            }
    }

    /// <summary>
    /// After <see cref="TangentForward"/>: replaces d = ∂L/∂y and R d in <paramref name="deltas"/> and <paramref name="deltaTangents"/>
    /// by ∂L/∂u and R(∂L/∂u); adds ∂L/∂γ, ∂L/∂β to <paramref name="gradient"/> (γ part then β part) and their tangents to <paramref name="gradientTangent"/>.
    /// </summary>
    public void TangentBackward(Span<double> deltas, Span<double> deltaTangents, ReadOnlySpan<double> gamma, ReadOnlySpan<double> gammaTangent,
        Span<double> gradient, Span<double> gradientTangent)
    {
        int rows = _rows, n = Features;
        if (_normalizedTangent.Length < rows * n) throw new InvalidOperationException("TangentBackward needs TangentForward first.");
        Span<double> sums = n <= 256 ? stackalloc double[4 * n] : new double[4 * n];
        sums.Clear();
        Span<double> sumD = sums[..n], sumDx = sums[n..(2 * n)], sumRd = sums[(2 * n)..(3 * n)], sumRdx = sums[(3 * n)..];
        for (int s = 0; s < rows; s++)
            for (int f = 0; f < n; f++)
            {
                int k = s * n + f;
                sumD[f] += deltas[k];
                sumDx[f] += deltas[k] * _normalized[k];
                sumRd[f] += deltaTangents[k];
                sumRdx[f] += deltaTangents[k] * _normalized[k] + deltas[k] * _normalizedTangent[k];
            }
        for (int f = 0; f < n; f++)
        {
            gradient[f] += sumDx[f];
            gradient[n + f] += sumD[f];
            gradientTangent[f] += sumRdx[f];
            gradientTangent[n + f] += sumRd[f];
        }
        double perRow = 1.0 / rows;
        for (int s = 0; s < rows; s++)
            for (int f = 0; f < n; f++)
            {
                int k = s * n + f;
                double m1 = perRow * sumD[f], m2 = perRow * sumDx[f];
                double centred = deltas[k] - m1 - _normalized[k] * m2;
                double centredTangent = deltaTangents[k] - perRow * sumRd[f] - _normalizedTangent[k] * m2 - _normalized[k] * perRow * sumRdx[f];
                double scale = gamma[f] * _inverseDeviation[f];
                deltaTangents[k] = (gammaTangent[f] * _inverseDeviation[f] + gamma[f] * _deviationTangent[f]) * centred + scale * centredTangent;
                deltas[k] = scale * centred;
            }
    }
}
