using TeachingKit.Differentiation;
using TeachingKit.Networks;
using TeachingKit.Tests.Networks;

namespace TeachingKit.Tests.Support;

/// <summary>A <see cref="BatchMlp"/>'s softmax cross-entropy loss written independently, layer by layer over the whole batch, in the AutoDiff arithmetic: batch normalisation and skips included.</summary>
internal static class ReferenceNetwork
{
    public static Var Loss(BatchMlp network, Var[] theta, Dataset data, int[] batch)
    {
        var mlp = network.Architecture;
        var sizes = mlp.LayerSizes;
        int n = batch.Length, last = sizes.Count - 1;
        var a = batch.Select(s => data.Inputs[s].Select(v => (Var)v).ToArray()).ToArray();
        for (int l = 1; l <= last; l++)
        {
            var z = new Var[n * sizes[l]];
            for (int s = 0; s < n; s++)
                for (int i = 0; i < sizes[l]; i++)
                {
                    Var sum = theta[mlp.BiasIndex(l, i)];
                    for (int j = 0; j < sizes[l - 1]; j++) sum += theta[mlp.WeightIndex(l, i, j)] * a[s][j];
                    z[s * sizes[l] + i] = sum;
                }
            if (l < last)
            {
                if (network.HasBatchNormalization)
                {
                    var gamma = Enumerable.Range(0, sizes[l]).Select(f => theta[network.GammaIndex(l, f)]).ToArray();
                    var beta = Enumerable.Range(0, sizes[l]).Select(f => theta[network.GammaIndex(l, f) + sizes[l]]).ToArray();
                    z = BatchNormalizationTests.ReferenceNormalize(z, n, sizes[l], gamma, beta);
                }
                z = z.Select(v => Apply(mlp.HiddenActivation, v)).ToArray();
                if (network.SkipsInto(l))
                    for (int k = 0; k < z.Length; k++) z[k] += a[k / sizes[l]][k % sizes[l]];
            }
            a = Enumerable.Range(0, n).Select(s => z[(s * sizes[l])..((s + 1) * sizes[l])]).ToArray();
        }
        Var total = 0;
        for (int s = 0; s < n; s++)
        {
            Var sum = 0;
            foreach (var zk in a[s]) sum += Var.Exp(zk);
            var y = data.Targets[batch[s]];
            for (int k = 0; k < y.Length; k++) total += y[k] * (Var.Log(sum) - a[s][k]);
        }
        return total / n;
    }

    private static Var Apply(Activation activation, Var z) => activation switch
    {
        Activation.Tanh => Var.Tanh(z),
        Activation.Sigmoid => Var.Sigmoid(z),
        Activation.Relu => Var.Relu(z),
        _ => throw new ArgumentOutOfRangeException(nameof(activation)),
    };
}
