using TeachingKit.Optimization;

namespace TeachingKit.Networks;

/// <summary>The batch forward pass, the loss layer and backpropagation, block by block through preallocated rows.</summary>
public sealed partial class BatchMlp
{
    // Mean loss over `batch`; with a non-empty `gradient`, ∂(mean loss)/∂θ is written there. Counts correct argmaxes.
    private double Propagate(ReadOnlySpan<double> theta, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, out int correct)
    {
        if (batch.IsEmpty) throw new ArgumentException("batch must list at least one sample.", nameof(batch));
        bool backward = !gradient.IsEmpty;
        if (backward) gradient.Clear();
        double scale = 1.0 / batch.Length, total = 0;
        correct = 0;
        var statistics = StatisticsFor(trainingStep: backward);
        int rows = RowsPerBlock(batch.Length, statistics);
        for (int start = 0; start < batch.Length; start += rows)
        {
            var block = LoadBlock(data, batch, start, rows);
            Forward(theta, block.Length, statistics: statistics);
            total += OutputLayer(data, block, scale, ref correct);
            if (backward) Backward(theta, gradient, block.Length);
        }
        return total * scale;
    }

    /// <summary>The activations a_l of layer <paramref name="layer"/> (0 = the inputs) for every sample of <paramref name="data"/>: the network's representation of each sample there.</summary>
    public double[][] LayerOutputs(ReadOnlySpan<double> parameters, Dataset data, int layer)
    {
        Check(parameters, data);
        if ((uint)layer >= (uint)_sizes.Length)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"{nameof(layer)} must lie in [0, {_sizes.Length - 1}], but was {layer}.");
        var all = AllSamples(data);
        var outputs = new double[data.Count][];
        int width = _sizes[layer];
        var statistics = StatisticsFor(trainingStep: false);
        int rows = RowsPerBlock(all.Length, statistics);
        for (int start = 0; start < all.Length; start += rows)
        {
            var block = LoadBlock(data, all, start, rows);
            Forward(parameters, block.Length, layer, statistics);
            for (int s = 0; s < block.Length; s++) outputs[start + s] = _activations[layer].AsSpan(s * width, width).ToArray();
        }
        return outputs;
    }

    // Copies the inputs of batch[start ..] (at most `rows`) into the first rows of a_0; returns those indices.
    private ReadOnlySpan<int> LoadBlock(Dataset data, ReadOnlySpan<int> batch, int start, int rows)
    {
        var block = batch.Slice(start, Math.Min(rows, batch.Length - start));
        int inputs = _sizes[0];
        for (int s = 0; s < block.Length; s++)
        {
            int i = block[s];
            if ((uint)i >= (uint)data.Count)
                throw new ArgumentOutOfRangeException(nameof(batch), i, $"batch[{start + s}] must lie in [0, {data.Count}), but was {i}.");
            data.Inputs[i].CopyTo(_activations[0].AsSpan(s * inputs, inputs));
        }
        return block;
    }

    // a_l = f_l(W_l a_{l−1} + b_l) for the first `rows` rows: each pre-activation is one dot product of contiguous rows
    // (with batch normalisation, f_l(BN(W_l a_{l−1} + b_l)) for hidden layers).
    private void Forward(ReadOnlySpan<double> theta, int rows, int upTo = int.MaxValue, NormalizationStatistics statistics = NormalizationStatistics.Batch)
    {
        int last = _sizes.Length - 1;
        for (int l = 1; l <= Math.Min(last, upTo); l++)
        {
            int fanIn = _sizes[l - 1], width = _sizes[l];
            var weights = theta.Slice(_weightStart[l], width * fanIn);
            var biases = theta.Slice(_weightStart[l] + width * fanIn, width);
            var activation = l == last ? Architecture.OutputActivation : Architecture.HiddenActivation;
            for (int s = 0; s < rows; s++)
            {
                var x = _activations[l - 1].AsSpan(s * fanIn, fanIn);
                var a = _activations[l].AsSpan(s * width, width);
                for (int i = 0; i < width; i++) a[i] = biases[i] + VectorKernels.Dot(weights.Slice(i * fanIn, fanIn), x);
            }
            NormalizeForward(theta, l, rows, statistics);
            if (activation == Activation.Linear) continue;
            var layer = _activations[l].AsSpan(0, rows * width);
            for (int i = 0; i < layer.Length; i++) layer[i] = activation.Apply(layer[i]);
        }
    }

    // The loss of each row of the block, and δ_L = ∂(mean loss)/∂z_L into the last delta buffer.
    private double OutputLayer(Dataset data, ReadOnlySpan<int> block, double scale, ref int correct)
    {
        int width = _sizes[^1];
        double total = 0;
        for (int s = 0; s < block.Length; s++)
        {
            var output = _activations[^1].AsSpan(s * width, width);
            var delta = _deltas[^1].AsSpan(s * width, width);
            var target = data.Targets[block[s]];
            if (ArgMax(output) == ArgMax(target)) correct++;
            if (LossFunction == LossFunction.SoftmaxCrossEntropy)
            {
                // Σₖ yₖ(lse − zₖ) with lse = ln Σ e^z computed after subtracting max z, so e^z never overflows;
                // its gradient is softmax(z)·Σy − y (= p − y for a one-hot target).
                double logSumExp = Softmax(output, delta), mass = 0;
                for (int k = 0; k < width; k++)
                {
                    total += target[k] * (logSumExp - output[k]);
                    mass += target[k];
                }
                for (int k = 0; k < width; k++) delta[k] = scale * (delta[k] * mass - target[k]);
            }
            else
            {
                var activation = Architecture.OutputActivation;
                for (int k = 0; k < width; k++)
                {
                    double error = output[k] - target[k];
                    total += error * error;
                    delta[k] = 2 * scale * error * activation.DerivativeFromOutput(output[k]);
                }
            }
        }
        return total;
    }

    // ∂/∂W_l += δ_l a_{l−1}ᵀ and ∂/∂b_l += δ_l summed over the rows; δ_{l−1} = (W_lᵀ δ_l) ⊙ f′(a_{l−1}).
    private void Backward(ReadOnlySpan<double> theta, Span<double> gradient, int rows)
    {
        for (int l = _sizes.Length - 1; l >= 1; l--)
        {
            int fanIn = _sizes[l - 1], width = _sizes[l];
            var weights = theta.Slice(_weightStart[l], width * fanIn);
            var weightGradient = gradient.Slice(_weightStart[l], width * fanIn);
            var biasGradient = gradient.Slice(_weightStart[l] + width * fanIn, width);
            NormalizeBackward(theta, gradient, l);
            for (int s = 0; s < rows; s++)
            {
                var x = _activations[l - 1].AsSpan(s * fanIn, fanIn);
                var delta = _deltas[l].AsSpan(s * width, width);
                for (int i = 0; i < width; i++)
                {
                    VectorKernels.AddScaled(weightGradient.Slice(i * fanIn, fanIn), delta[i], x);
                    biasGradient[i] += delta[i];
                }
                if (l == 1) continue;
                var below = _deltas[l - 1].AsSpan(s * fanIn, fanIn);
                below.Clear();
                for (int i = 0; i < width; i++) VectorKernels.AddScaled(below, delta[i], weights.Slice(i * fanIn, fanIn));
                var hidden = Architecture.HiddenActivation;
                for (int j = 0; j < fanIn; j++) below[j] *= hidden.DerivativeFromOutput(x[j]);
            }
        }
    }

    // probabilities ← softmax(logits); returns ln Σ e^logits. The two spans may be the same.
    private static double Softmax(ReadOnlySpan<double> logits, Span<double> probabilities)
    {
        double max = MaxOf(logits), sum = 0;
        for (int k = 0; k < logits.Length; k++) sum += probabilities[k] = Math.Exp(logits[k] - max);
        for (int k = 0; k < logits.Length; k++) probabilities[k] /= sum;
        return max + Math.Log(sum);
    }

    private static int ArgMax(ReadOnlySpan<double> values)
    {
        int best = 0;
        for (int k = 1; k < values.Length; k++)
            if (values[k] > values[best]) best = k;
        return best;
    }

    private static double MaxOf(ReadOnlySpan<double> values)
    {
        double max = values[0];
        for (int k = 1; k < values.Length; k++) max = Math.Max(max, values[k]);
        return max;
    }
}
