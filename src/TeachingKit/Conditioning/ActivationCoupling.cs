using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>The Hessian of a one-hidden-layer network with one output and how strongly it couples the output layer's weights.</summary>
/// <param name="Activation">The hidden units' activation.</param>
/// <param name="Spectrum">The spectrum of the exact Hessian at the initial weights.</param>
/// <param name="OutputSpectrum">The spectrum of the output layer's block (weights and bias).</param>
/// <param name="MeanHiddenActivation">The hidden activations' mean over units and samples.</param>
/// <param name="OutputCoupling">The mean of |Hᵢⱼ|/√(Hᵢᵢ Hⱼⱼ) over the pairs i ≠ j of the output layer's block: 0 for uncoupled weights, 1 for fully coupled.</param>
/// <param name="BiasCoupling">The same mean over the pairs (weight, bias) of the block only, |E[aᵢ]|/√E[aᵢ²]: what the hidden units' mean does.</param>
/// <param name="OutputBlock">The output layer's block of the Hessian (weights of one output, then its bias).</param>
public sealed record HessianCoupling(Activation Activation, CurvatureSpectrum Spectrum, CurvatureSpectrum OutputSpectrum,
    double MeanHiddenActivation, double OutputCoupling, double BiasCoupling, Matrix<double> OutputBlock)
{
    /// <summary>The output block scaled to unit diagonal, Bᵢⱼ/√(Bᵢᵢ Bⱼⱼ): the picture of which weights are coupled.</summary>
    public Matrix<double> NormalisedOutputBlock() => OutputBlock.MapIndexed((i, j, h) => h / Math.Sqrt(OutputBlock[i, i] * OutputBlock[j, j]));
}

/// <summary>
/// The lecture's cure B for ravines: centred hidden activations. With the squared error and a linear output unit,
/// the Hessian's block for output k's weights and bias is exactly 2·E[ããᵀ], ã = (a₁, …, a_h, 1), at any θ —
/// the same matrix as for linear regression on the hidden activations.
/// </summary>
/// <remarks>
/// Logistic units output values in (0, 1) with mean about ½, so E[aᵢaⱼ] ≈ ¼ for every pair: all entries of the block are
/// alike, the block is nearly rank one, and the weights move together (one steep direction, the rest flat: a ravine).
/// tanh units are centred (mean about 0 for centred inputs), the off-diagonal entries average out and the block is
/// nearly diagonal (Gerstner, "Ravines and plateaux", cure B; LeCun et al., "Efficient BackProp", §4.4).
/// </remarks>
public static class ActivationCoupling
{
    /// <summary>The exact Hessian of a d-<paramref name="hidden"/>-1 network with <paramref name="activation"/> hidden units at its Xavier start (seed).</summary>
    public static HessianCoupling AtStart(Dataset data, int hidden, Activation activation, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.AtLeast(hidden, 2, nameof(hidden));
        Require.SameLength(data.OutputDimension, 1, "data targets", "one output");
        var network = new BatchMlp([data.InputDimension, hidden, data.OutputDimension], activation, LossFunction.SquaredError);
        var theta = network.InitialParameters(Initialization.Xavier, seed);
        var hessian = network.Architecture.Hessian(theta, data);
        var output = OutputIndices(network.Architecture);
        var block = Matrix<double>.Build.Dense(output.Length, output.Length, (i, j) => hessian[output[i], output[j]]);
        double meanActivation = network.LayerOutputs(theta, data, 1).Average(a => a.Average());
        return new HessianCoupling(activation, new CurvatureSpectrum(hessian), new CurvatureSpectrum(block), meanActivation, Coupling(block), BiasCoupling(block), block);
    }

    /// <summary>The mean of |Bᵢⱼ|/√(Bᵢᵢ Bⱼⱼ) over i ≠ j: how far a symmetric block with positive diagonal is from diagonal.</summary>
    public static double Coupling(Matrix<double> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int n = block.RowCount;
        if (n < 2 || block.ColumnCount != n) throw new ArgumentException($"{nameof(block)} must be square and at least 2×2.", nameof(block));
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            Require.Positive(block[i, i], $"{nameof(block)}[{i},{i}]");
            for (int j = 0; j < n; j++)
                if (i != j) sum += Math.Abs(block[i, j]) / Math.Sqrt(block[i, i] * block[j, j]);
        }
        return sum / (n * (n - 1));
    }

    /// <summary>The mean of |Bᵢ,b|/√(Bᵢᵢ B_bb) over the weights i, b the last row (the bias): for the block 2E[ããᵀ] that is |E[aᵢ]|/√E[aᵢ²].</summary>
    public static double BiasCoupling(Matrix<double> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int bias = block.RowCount - 1;
        if (bias < 1 || block.ColumnCount != block.RowCount) throw new ArgumentException($"{nameof(block)} must be square and at least 2×2.", nameof(block));
        Require.Positive(block[bias, bias], $"{nameof(block)}[{bias},{bias}]");
        return Enumerable.Range(0, bias).Average(i => Math.Abs(block[i, bias]) / Math.Sqrt(Require.Positive(block[i, i], $"{nameof(block)}[{i},{i}]") * block[bias, bias]));
    }

    // The last layer's weights (row by row) and biases: the last block of θ.
    internal static int[] OutputIndices(Mlp architecture)
    {
        int last = architecture.LayerSizes.Count - 1;
        int first = architecture.WeightIndex(last, 0, 0);
        return Enumerable.Range(first, architecture.ParameterCount - first).ToArray();
    }
}
