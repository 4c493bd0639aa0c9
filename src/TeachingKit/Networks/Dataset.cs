using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>Input–target pairs for a regression network; every row has the same length.</summary>
public sealed class Dataset
{
    /// <summary>Wraps inputs and targets after checking their shapes and that every entry is finite.</summary>
    public Dataset(double[][] inputs, double[][] targets)
    {
        Require.NotEmpty(inputs, nameof(inputs));
        Require.NotEmpty(targets, nameof(targets));
        Require.SameLength(targets.Length, inputs.Length, nameof(targets), nameof(inputs));
        InputDimension = CheckRows(inputs, nameof(inputs));
        OutputDimension = CheckRows(targets, nameof(targets));
        Inputs = inputs;
        Targets = targets;
    }

    /// <summary>Input vectors, one per sample.</summary>
    public double[][] Inputs { get; }

    /// <summary>Target vectors, one per sample.</summary>
    public double[][] Targets { get; }

    /// <summary>Number of samples.</summary>
    public int Count => Inputs.Length;

    /// <summary>Length of each input vector.</summary>
    public int InputDimension { get; }

    /// <summary>Length of each target vector.</summary>
    public int OutputDimension { get; }

    /// <summary>The first <paramref name="count"/> samples (1 ≤ count ≤ <see cref="Count"/>), e.g. a small training set on which a network overfits.</summary>
    public Dataset Take(int count)
    {
        Require.AtLeast(count, 1, nameof(count));
        if (count > Count) throw new ArgumentOutOfRangeException(nameof(count), count, $"{nameof(count)} must be at most the {Count} samples, but was {count}.");
        return new Dataset(Inputs[..count], Targets[..count]);
    }

    private static int CheckRows(double[][] rows, string paramName)
    {
        int length = rows[0]?.Length ?? throw new ArgumentNullException(paramName, $"{paramName}[0] is null.");
        if (length == 0) throw new ArgumentException($"{paramName}[0] must not be empty.", paramName);
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i] is null) throw new ArgumentNullException(paramName, $"{paramName}[{i}] is null.");
            Require.SameLength(rows[i].Length, length, $"{paramName}[{i}]", $"{paramName}[0]");
            Require.AllFinite(rows[i], $"{paramName}[{i}]");
        }
        return length;
    }
}
