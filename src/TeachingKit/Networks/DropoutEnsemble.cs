using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// The ensemble that dropout trains, computed by enumerating every mask of a single softmax layer's inputs, beside the
/// weight-scaling rule's one forward pass.
/// </summary>
/// <remarks>
/// Lecture "Dropout: inference" (Goodfellow et al., Deep Learning §7.12): with mask μ ∈ {0,1}ᵈ on the inputs, kept with
/// probability q each, P(y | x, μ) = softmax(W(μ ⊙ x) + b)_y. The ideal ensemble is the arithmetic mean Σ_μ p(μ) P(y | x, μ),
/// exponentially many terms. The normalised geometric mean P̃(y) ∝ Π_μ P(y | x, μ)^{p(μ)} is instead exactly
/// softmax(qWx + b): log P(y | x, μ) = W_y(μ⊙x) + b_y − (a term independent of y), and Σ_μ p(μ) μ = q·1. At q = ½ every
/// mask has p(μ) = 2⁻ᵈ and this is the lecture's 2ᵈ-th root of the product, giving softmax(½Wx + b). For a network with
/// hidden layers the rule is only an approximation ("not proven for deep models").
/// </remarks>
public static class DropoutEnsemble
{
    /// <summary>The largest input size enumerated (2²⁰ masks).</summary>
    public const int MaxInputs = 20;

    /// <summary>Σ_μ p(μ) P(· | x, μ): the arithmetic mean over all 2ᵈ input masks, each kept unit with probability <paramref name="keepProbability"/>.</summary>
    public static double[] ArithmeticMean(BatchMlp layer, ReadOnlySpan<double> parameters, IReadOnlyList<double> input, double keepProbability)
    {
        var mean = new double[Check(layer, input, keepProbability)];
        foreach (var (weight, probabilities) in Masks(layer, parameters.ToArray(), input, keepProbability))
            for (int y = 0; y < mean.Length; y++) mean[y] += weight * probabilities[y];
        return mean;
    }

    /// <summary>The normalised geometric mean Π_μ P(· | x, μ)^{p(μ)} / Σ_y′ Π_μ P(y′ | x, μ)^{p(μ)} over all 2ᵈ input masks.</summary>
    public static double[] NormalisedGeometricMean(BatchMlp layer, ReadOnlySpan<double> parameters, IReadOnlyList<double> input, double keepProbability)
    {
        var logMean = new double[Check(layer, input, keepProbability)];
        foreach (var (weight, probabilities) in Masks(layer, parameters.ToArray(), input, keepProbability))
            for (int y = 0; y < logMean.Length; y++) logMean[y] += weight * Math.Log(probabilities[y]);
        BatchMlp.Softmax(logMean, logMean);   // normalising exp(Σ p(μ) log P) is a softmax of the weighted log-probabilities
        return logMean;
    }

    /// <summary>The weight-scaling rule: one pass of the whole layer with its weights multiplied by q, softmax(qWx + b).</summary>
    public static double[] WeightScaled(BatchMlp layer, ReadOnlySpan<double> parameters, IReadOnlyList<double> input, double keepProbability)
    {
        Check(layer, input, keepProbability);
        return layer.Predict(parameters, input.Select(v => keepProbability * v).ToArray());   // W(qx) = (qW)x
    }

    // Every mask μ with its probability q^|μ| (1 − q)^(d − |μ|) and the layer's output on μ ⊙ x.
    private static IEnumerable<(double Weight, double[] Probabilities)> Masks(BatchMlp layer, double[] parameters, IReadOnlyList<double> input, double q)
    {
        int d = input.Count;
        var masked = new double[d];
        for (int mask = 0; mask < 1 << d; mask++)
        {
            int kept = 0;
            for (int j = 0; j < d; j++)
            {
                bool keep = ((mask >> j) & 1) == 1;
                masked[j] = keep ? input[j] : 0;
                kept += keep ? 1 : 0;
            }
            yield return (Math.Pow(q, kept) * Math.Pow(1 - q, d - kept), layer.Predict(parameters, masked));
        }
    }

    private static int Check(BatchMlp layer, IReadOnlyList<double> input, double keepProbability)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(input);
        if (layer.LayerSizes.Count != 2 || layer.LossFunction != LossFunction.SoftmaxCrossEntropy)
            throw new ArgumentException($"{nameof(layer)} must be a single softmax layer (two layer sizes, softmax cross-entropy), but was {layer}.", nameof(layer));
        if (input.Count > MaxInputs)
            throw new ArgumentOutOfRangeException(nameof(input), input.Count, $"{nameof(input)} must have at most {MaxInputs} entries (2^d masks are enumerated), but had {input.Count}.");
        if (!(keepProbability > 0 && keepProbability < 1))
            throw new ArgumentOutOfRangeException(nameof(keepProbability), keepProbability, $"{nameof(keepProbability)} must lie in (0, 1), but was {keepProbability}.");
        return layer.LayerSizes[^1];
    }
}
