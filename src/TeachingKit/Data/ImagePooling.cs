using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Data;

/// <summary>Smaller images by average pooling, for networks small enough that their exact Hessian is cheap.</summary>
public static class ImagePooling
{
    /// <summary>
    /// Each input of <paramref name="data"/> read as a <paramref name="side"/> × <paramref name="side"/> image (row by row) and replaced by
    /// the means of its <paramref name="factor"/> × <paramref name="factor"/> blocks: the digits' 8 × 8 become 4 × 4 with factor 2. Targets are kept.
    /// </summary>
    public static Dataset AveragePool(Dataset data, int side, int factor)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.AtLeast(factor, 1, nameof(factor));
        Require.SameLength(data.InputDimension, side * side, nameof(side), "the inputs (side² pixels)");
        if (side % factor != 0) throw new ArgumentException($"{nameof(factor)} must divide the side {side}, but was {factor}.", nameof(factor));
        int small = side / factor;
        var inputs = data.Inputs.Select(image =>
        {
            var pooled = new double[small * small];
            for (int r = 0; r < side; r++)
                for (int c = 0; c < side; c++) pooled[r / factor * small + c / factor] += image[r * side + c] / (factor * factor);
            return pooled;
        }).ToArray();
        return new Dataset(inputs, data.Targets);
    }
}
