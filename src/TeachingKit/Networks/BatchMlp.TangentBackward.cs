using TeachingKit.Optimization;

namespace TeachingKit.Networks;

/// <summary>The backward half of the exact Hessian-vector product (see <see cref="HessianTimes(ReadOnlySpan{double}, Dataset, ReadOnlySpan{int}, ReadOnlySpan{double}, Span{double}, Span{double})"/>).</summary>
public sealed partial class BatchMlp
{
    // Backpropagation of (δ, R δ) from the output down, accumulating ∂L/∂θ into `gradient` and H v into `product`.
    private void TangentBackward(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> gradient, Span<double> product, int rows)
    {
        int last = _sizes.Length - 1;
        for (int l = last; l >= 1; l--)
        {
            int fanIn = _sizes[l - 1], width = _sizes[l];
            if (l < last) HiddenDeltaTangents(theta, v, gradient, product, l, rows);
            int w0 = _weightStart[l], b0 = w0 + width * fanIn;
            var weights = theta.Slice(w0, width * fanIn);
            var weightTangents = v.Slice(w0, width * fanIn);
            for (int s = 0; s < rows; s++)
            {
                var x = _activations[l - 1].AsSpan(s * fanIn, fanIn);
                var rx = _tangents[l - 1].AsSpan(s * fanIn, fanIn);
                var delta = _deltas[l].AsSpan(s * width, width);
                var rDelta = _deltaTangents[l].AsSpan(s * width, width);
                for (int i = 0; i < width; i++)
                {
                    VectorKernels.AddScaled(gradient.Slice(w0 + i * fanIn, fanIn), delta[i], x);
                    var productRow = product.Slice(w0 + i * fanIn, fanIn);
                    VectorKernels.AddScaled(productRow, rDelta[i], x);
                    VectorKernels.AddScaled(productRow, delta[i], rx);
                    gradient[b0 + i] += delta[i];
                    product[b0 + i] += rDelta[i];
                }
                if (l == 1) continue;
                var upstream = _upstream[l - 1].AsSpan(s * fanIn, fanIn);
                var rUpstream = _upstreamTangents[l - 1].AsSpan(s * fanIn, fanIn);
                upstream.Clear();
                rUpstream.Clear();
                for (int i = 0; i < width; i++)
                {
                    VectorKernels.AddScaled(upstream, delta[i], weights.Slice(i * fanIn, fanIn));
                    VectorKernels.AddScaled(rUpstream, delta[i], weightTangents.Slice(i * fanIn, fanIn));
                    VectorKernels.AddScaled(rUpstream, rDelta[i], weights.Slice(i * fanIn, fanIn));
                }
                if (!SkipsInto(l)) continue;
                VectorKernels.AddScaled(upstream, 1, _upstream[l].AsSpan(s * width, width));
                VectorKernels.AddScaled(rUpstream, 1, _upstreamTangents[l].AsSpan(s * width, width));
            }
        }
    }

    // Hidden layer l: ∂L/∂y_l = g_l ⊙ f′ and its tangent R g_l ⊙ f′ + g_l ⊙ f″ ⊙ R y_l, then back through batch normalisation.
    private void HiddenDeltaTangents(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> gradient, Span<double> product, int l, int rows)
    {
        int width = _sizes[l];
        var hidden = Architecture.HiddenActivation;
        for (int s = 0; s < rows; s++)
        {
            var a = _activations[l].AsSpan(s * width, width);
            var input = SkipsInto(l) ? _activations[l - 1].AsSpan(s * width, width) : default;
            var g = _upstream[l].AsSpan(s * width, width);
            var rg = _upstreamTangents[l].AsSpan(s * width, width);
            var ry = _preTangents[l].AsSpan(s * width, width);
            var delta = _deltas[l].AsSpan(s * width, width);
            var rDelta = _deltaTangents[l].AsSpan(s * width, width);
            for (int i = 0; i < width; i++)
            {
                double output = input.IsEmpty ? a[i] : a[i] - input[i];
                double slope = hidden.DerivativeFromOutput(output);
                delta[i] = g[i] * slope;
                rDelta[i] = rg[i] * slope + g[i] * hidden.SecondDerivativeFromOutput(output) * ry[i];
            }
        }
        if (!HasBatchNormalization || _normalizations[l] is not { } normalization) return;
        int start = _gammaStart[l];
        normalization.TangentBackward(_deltas[l], _deltaTangents[l], theta.Slice(start, width), v.Slice(start, width),
            gradient.Slice(start, 2 * width), product.Slice(start, 2 * width));
    }
}
