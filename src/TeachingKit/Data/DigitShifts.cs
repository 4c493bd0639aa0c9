using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Data;

/// <summary>Digit images moved by whole pixels: the translations an image prior should be invariant to.</summary>
/// <remarks>Inputs are the <see cref="Digits.PixelCount"/> pixels of an 8×8 image row by row (as <see cref="Digits.ToDataset"/>
/// makes them); a shift moves every pixel by (dx, dy) and fills the uncovered border with 0 (no ink).</remarks>
public static class DigitShifts
{
    /// <summary>The four one-pixel moves: right, left, down, up.</summary>
    public static IReadOnlyList<(int Dx, int Dy)> OnePixel { get; } = [(1, 0), (-1, 0), (0, 1), (0, -1)];

    /// <summary>One image moved by (<paramref name="dx"/>, <paramref name="dy"/>) pixels (x to the right, y down).</summary>
    public static double[] Shift(IReadOnlyList<double> image, int dx, int dy)
    {
        ArgumentNullException.ThrowIfNull(image);
        Require.SameLength(image.Count, Digits.PixelCount, nameof(image), "an 8×8 image");
        var shifted = new double[Digits.PixelCount];
        for (int row = 0; row < Digits.Side; row++)
            for (int column = 0; column < Digits.Side; column++)
            {
                int fromRow = row - dy, fromColumn = column - dx;
                if (fromRow is >= 0 and < Digits.Side && fromColumn is >= 0 and < Digits.Side)
                    shifted[row * Digits.Side + column] = image[fromRow * Digits.Side + fromColumn];
            }
        return shifted;
    }

    /// <summary>Every image of <paramref name="data"/> moved by one pixel in a direction drawn (seeded) from <see cref="OnePixel"/>; targets unchanged.</summary>
    public static Dataset ShiftedOnePixel(Dataset data, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        var random = new Random(seed);
        var inputs = data.Inputs.Select(image =>
        {
            var (dx, dy) = OnePixel[random.Next(OnePixel.Count)];
            return Shift(image, dx, dy);
        }).ToArray();
        return new Dataset(inputs, data.Targets);
    }

    /// <summary>The data set with its four one-pixel shifted copies appended (5N samples): training on it teaches the prior by data augmentation.</summary>
    public static Dataset WithOnePixelShifts(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var inputs = data.Inputs.Concat(OnePixel.SelectMany(m => data.Inputs.Select(image => Shift(image, m.Dx, m.Dy)))).ToArray();
        var targets = Enumerable.Repeat(data.Targets, OnePixel.Count + 1).SelectMany(t => t).ToArray();
        return new Dataset(inputs, targets);
    }
}
