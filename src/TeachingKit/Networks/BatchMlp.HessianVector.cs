using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>Exact Hessian-vector products of the mean loss by Pearlmutter's R-operator (forward tangent, then backward with tangents).</summary>
/// <remarks>
/// <para>Pearlmutter 1994, "Fast exact multiplication by the Hessian" (Neural Computation 6): H v = R{∇L} = d/dt ∇L(θ + t v) at t = 0,
/// computed by differentiating every line of backpropagation along v. With u_l = W_l a_{l−1} + b_l, y_l = BN(u_l) (or u_l),
/// a_l = f(y_l) (+ a_{l−1} with a skip), g_l = ∂L/∂a_l and δ_l = ∂L/∂u_l:
/// forward R u_l = V_l a_{l−1} + W_l R a_{l−1} + R b_l, R a_l = f′(y_l) R y_l (+ R a_{l−1});
/// output R δ_L = scale·(diag p − p pᵀ) R z_L for softmax cross-entropy (scale·Σy per sample), 2·scale·(f′² + (a − y) f″) R z_L for squared error;
/// backward R g_{l−1} = V_lᵀ δ_l + W_lᵀ R δ_l (+ R g_l), R(∂L/∂y_l) = R g_l ⊙ f′ + g_l ⊙ f″ ⊙ R y_l,
/// R(∂L/∂W_l) = R δ_l a_{l−1}ᵀ + δ_l R a_{l−1}ᵀ. The cost is about that of two gradients; nothing is approximated.</para>
/// <para>Batch normalisation must be in training mode (the Hessian of the loss as a function of the whole batch); ReLU's f″ is 0.</para>
/// </remarks>
public sealed partial class BatchMlp
{
    private double[][] _tangents = [], _preTangents = [], _upstream = [], _upstreamTangents = [], _deltaTangents = [];
    private double[] _gradientScratch = [];

    /// <summary>
    /// The mean loss over <paramref name="batch"/> of <paramref name="data"/>, with the exact Hessian-vector product H v written into
    /// <paramref name="product"/> and, when it is not empty, the gradient into <paramref name="gradient"/>.
    /// </summary>
    public double HessianTimes(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, ReadOnlySpan<double> direction,
        Span<double> product, Span<double> gradient = default)
    {
        Check(parameters, data);
        Require.SameLength(direction.Length, ParameterCount, nameof(direction), "the parameter vector");
        Require.SameLength(product.Length, ParameterCount, nameof(product), "the parameter vector");
        if (!gradient.IsEmpty) Require.SameLength(gradient.Length, ParameterCount, nameof(gradient), "the parameter vector");
        if (batch.IsEmpty) throw new ArgumentException("batch must list at least one sample.", nameof(batch));
        if (HasBatchNormalization && NormalizationMode == BatchNormalizationMode.Inference)
            throw new InvalidOperationException("Hessian-vector products of a batch-normalised network are taken in training mode.");
        if (gradient.IsEmpty)
        {
            if (_gradientScratch.Length != ParameterCount) _gradientScratch = new double[ParameterCount];
            gradient = _gradientScratch;
        }
        gradient.Clear();
        product.Clear();
        int rows = RowsPerBlock(batch.Length, NormalizationStatistics.Batch);
        EnsureTangentRows(rows);
        double scale = 1.0 / batch.Length, total = 0;
        int correct = 0;
        for (int start = 0; start < batch.Length; start += rows)
        {
            var block = LoadBlock(data, batch, start, rows);
            Forward(parameters, block.Length, statistics: NormalizationStatistics.Batch);
            TangentForward(parameters, direction, block.Length);
            total += OutputLayer(data, block, scale, ref correct);
            OutputTangent(data, block, scale);
            TangentBackward(parameters, direction, gradient, product, block.Length);
        }
        return total * scale;
    }

    /// <summary>The exact Hessian-vector product of the mean loss over all of <paramref name="data"/>; returns the loss.</summary>
    public double HessianTimes(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<double> direction, Span<double> product, Span<double> gradient = default) =>
        HessianTimes(parameters, data, AllSamples(data), direction, product, gradient);

    private void EnsureTangentRows(int rows)
    {
        if (_tangents.Length == _sizes.Length && _tangents[0].Length >= rows * _sizes[0]) return;
        double[][] Rows() => _sizes.Select(d => new double[rows * d]).ToArray();
        (_tangents, _preTangents, _upstream, _upstreamTangents, _deltaTangents) = (Rows(), Rows(), Rows(), Rows(), Rows());
    }

    // R a_l for every layer (R a_0 = 0), keeping R y_l (the tangent of the activation's argument) for the f″ term.
    private void TangentForward(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, int rows)
    {
        int last = _sizes.Length - 1;
        _tangents[0].AsSpan(0, rows * _sizes[0]).Clear();
        for (int l = 1; l <= last; l++)
        {
            int fanIn = _sizes[l - 1], width = _sizes[l];
            var weights = theta.Slice(_weightStart[l], width * fanIn);
            var weightTangents = v.Slice(_weightStart[l], width * fanIn);
            var biasTangents = v.Slice(_weightStart[l] + width * fanIn, width);
            for (int s = 0; s < rows; s++)
            {
                var x = _activations[l - 1].AsSpan(s * fanIn, fanIn);
                var rx = _tangents[l - 1].AsSpan(s * fanIn, fanIn);
                var ru = _preTangents[l].AsSpan(s * width, width);
                for (int i = 0; i < width; i++)
                    ru[i] = biasTangents[i] + VectorKernels.Dot(weightTangents.Slice(i * fanIn, fanIn), x) + VectorKernels.Dot(weights.Slice(i * fanIn, fanIn), rx);
            }
            if (HasBatchNormalization && _normalizations[l] is { } normalization)
                normalization.TangentForward(_preTangents[l], theta.Slice(_gammaStart[l], width), v.Slice(_gammaStart[l], width), v.Slice(_gammaStart[l] + width, width));
            var activation = l == last ? Architecture.OutputActivation : Architecture.HiddenActivation;
            for (int s = 0; s < rows; s++)
            {
                var a = _activations[l].AsSpan(s * width, width);
                var ra = _tangents[l].AsSpan(s * width, width);
                var ry = _preTangents[l].AsSpan(s * width, width);
                var input = SkipsInto(l) ? _activations[l - 1].AsSpan(s * width, width) : default;
                for (int i = 0; i < width; i++) ra[i] = activation.DerivativeFromOutput(input.IsEmpty ? a[i] : a[i] - input[i]) * ry[i];
                if (!input.IsEmpty) VectorKernels.AddScaled(ra, 1, _tangents[l - 1].AsSpan(s * width, width));
            }
        }
    }

    // R δ_L from R z_L, given δ_L in the last delta buffer (from OutputLayer).
    private void OutputTangent(Dataset data, ReadOnlySpan<int> block, double scale)
    {
        int width = _sizes[^1];
        Span<double> p = width <= 256 ? stackalloc double[width] : new double[width];
        var activation = Architecture.OutputActivation;
        for (int s = 0; s < block.Length; s++)
        {
            var output = _activations[^1].AsSpan(s * width, width);
            var rz = _preTangents[^1].AsSpan(s * width, width);
            var rDelta = _deltaTangents[^1].AsSpan(s * width, width);
            var target = data.Targets[block[s]];
            if (LossFunction == LossFunction.SoftmaxCrossEntropy)
            {
                Softmax(output, p);
                double mass = 0;
                for (int k = 0; k < width; k++) mass += target[k];
                double mean = VectorKernels.Dot(p, rz);
                for (int k = 0; k < width; k++) rDelta[k] = scale * mass * p[k] * (rz[k] - mean);
            }
            else
                for (int k = 0; k < width; k++)
                {
                    double slope = activation.DerivativeFromOutput(output[k]);
                    rDelta[k] = 2 * scale * (slope * slope + (output[k] - target[k]) * activation.SecondDerivativeFromOutput(output[k])) * rz[k];
                }
        }
    }
}
