using System.Globalization;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Data;

/// <summary>
/// The UCI handwritten digits: 8×8 images whose pixels count the ink of a 4×4 block (0..16), each labelled with its digit.
/// </summary>
/// <remarks>
/// Alpaydin &amp; Kaynak (1998), UCI "Optical Recognition of Handwritten Digits", licence CC BY 4.0; the kit's copy
/// is data/digits.csv (1,797 images, written by data/make_digits.py). A network sees the pixels divided by
/// <see cref="MaxInk"/>, so inputs lie in [0, 1], and one-hot targets.
/// </remarks>
public sealed class Digits
{
    /// <summary>Pixels per side of an image.</summary>
    public const int Side = 8;

    /// <summary>Pixels per image (the network's input size).</summary>
    public const int PixelCount = Side * Side;

    /// <summary>Number of classes, the digits 0..9 (the network's output size).</summary>
    public const int ClassCount = 10;

    /// <summary>The largest pixel value: a 4×4 block fully inked.</summary>
    public const int MaxInk = 16;

    /// <summary>Training images in the default split, as in the benchmark (80 % of 1,797).</summary>
    public const int DefaultTrainCount = 1437;

    /// <summary>Validation images in the default split (half of the remaining 360; the other half is the test set).</summary>
    public const int DefaultValidationCount = 180;

    private readonly double[][] _images;
    private readonly int[] _labels;

    private Digits(double[][] images, int[] labels)
    {
        _images = images;
        _labels = labels;
    }

    /// <summary>The images, each <see cref="PixelCount"/> ink counts row by row.</summary>
    public IReadOnlyList<double[]> Images => _images;

    /// <summary>The digit of each image.</summary>
    public IReadOnlyList<int> Labels => _labels;

    /// <summary>Number of images.</summary>
    public int Count => _labels.Length;

    /// <summary>Reads a digits CSV: a <c># source:</c> line, optional further <c>#</c> lines, a header of 65 names, then 64 pixels and a digit per line.</summary>
    /// <exception cref="InvalidDataException">The file breaks the format; the message names the file and the line.</exception>
    public static Digits Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var images = new List<double[]>();
        var labels = new List<int>();
        var ending = SourcedCsv.Read(path, PixelCount + 1, $"{PixelCount} pixels and the digit", (lineNumber, fields) =>
        {
            var image = new double[PixelCount];
            for (int p = 0; p < PixelCount; p++) image[p] = Field(fields[p], 0, MaxInk, $"pixel {p}", path, lineNumber);
            images.Add(image);
            labels.Add(Field(fields[PixelCount], 0, ClassCount - 1, "the digit", path, lineNumber));
        });
        if (images.Count == 0)
            throw SourcedCsv.Malformed(path, ending.Lines, ending.HadHeader ? "the file has a header but no images" : "the file has no header and no images");
        return new Digits([.. images], [.. labels]);
    }

    /// <summary>The images as network inputs (pixels / <see cref="MaxInk"/>) with one-hot targets; all of them, or those at <paramref name="indices"/>.</summary>
    public Dataset ToDataset(IReadOnlyList<int>? indices = null)
    {
        indices ??= Enumerable.Range(0, Count).ToArray();
        Require.NotEmpty(indices, nameof(indices));
        var inputs = new double[indices.Count][];
        var targets = new double[indices.Count][];
        for (int s = 0; s < indices.Count; s++)
        {
            int i = indices[s];
            if ((uint)i >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(indices), i, $"{nameof(indices)}[{s}] must lie in [0, {Count}), but was {i}.");
            inputs[s] = _images[i].Select(v => v / MaxInk).ToArray();
            targets[s] = new double[ClassCount];
            targets[s][_labels[i]] = 1;
        }
        return new Dataset(inputs, targets);
    }

    /// <summary>
    /// A seeded random split: after a shuffle of all images by <paramref name="seed"/>, the first
    /// <paramref name="trainCount"/> train, the next <paramref name="validationCount"/> validate, the rest test.
    /// </summary>
    /// <remarks>The default (seed 0, 1,437 / 180 / 180) is the kit's fixed split, used by the notebook, the tests and the benchmark.</remarks>
    public DataSplit Split(int seed = 0, int trainCount = DefaultTrainCount, int validationCount = DefaultValidationCount)
    {
        Require.AtLeast(trainCount, 1, nameof(trainCount));
        Require.AtLeast(validationCount, 1, nameof(validationCount));
        if (trainCount + validationCount >= Count)
            throw new ArgumentException($"{nameof(trainCount)} + {nameof(validationCount)} = {trainCount + validationCount} must leave at least one of the {Count} images for the test set.", nameof(validationCount));
        var order = Enumerable.Range(0, Count).ToArray();
        new Random(seed).Shuffle(order);
        return new DataSplit(
            ToDataset(order[..trainCount]),
            ToDataset(order[trainCount..(trainCount + validationCount)]),
            ToDataset(order[(trainCount + validationCount)..]));
    }

    private static int Field(string text, int lowest, int highest, string what, string path, int lineNumber)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            throw SourcedCsv.Malformed(path, lineNumber, $"{what} must be an integer, but was '{text}'");
        if (value < lowest || value > highest)
            throw SourcedCsv.Malformed(path, lineNumber, $"{what} must lie in {lowest}..{highest}, but was {value}");
        return value;
    }
}
