using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>The digits as a regression with one output: the input pixels, and the digit's value as the target.</summary>
/// <remarks>
/// The exact Hessian of a network with k linear outputs and the squared error is block diagonal in the output layer,
/// with k copies of the same block, and costs k times more to compute; one output keeps the Hessians of this notebook
/// small while the inputs — what standardisation changes — stay the digits' pixels.
/// </remarks>
public static class DigitRegression
{
    /// <summary>
    /// The inputs of a one-hot digits set (<see cref="Data.Digits.ToDataset"/>) with the target the digit d/9 ∈ [0, 1]
    /// (the index of the one-hot entry, scaled); its constant pixels removed (<see cref="FeatureScaling.WithoutConstantFeatures"/>).
    /// </summary>
    public static Dataset FromOneHot(Dataset oneHot)
    {
        ArgumentNullException.ThrowIfNull(oneHot);
        Require.AtLeast(oneHot.OutputDimension, 2, "oneHot targets");
        var targets = oneHot.Targets.Select(t => new[] { Array.IndexOf(t, t.Max()) / (double)(t.Length - 1) }).ToArray();
        return FeatureScaling.WithoutConstantFeatures(new Dataset(oneHot.Inputs, targets));
    }
}
