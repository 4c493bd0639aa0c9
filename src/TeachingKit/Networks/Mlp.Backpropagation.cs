namespace TeachingKit.Networks;

/// <summary>The forward pass and backpropagation, written once for any <see cref="IScalar{T}"/> arithmetic.</summary>
public sealed partial class Mlp
{
    // The loss, and ∂L/∂θ accumulated into `gradient` when given; generic so that Dual gives Hessian columns.
    private T Backpropagate<T>(T[] theta, Dataset data, T[]? gradient) where T : struct, IScalar<T>
    {
        var (z, a) = Workspace<T>();
        var delta = _sizes.Select(s => new T[s]).ToArray();
        int last = _sizes.Length - 1;
        double scale = 1.0 / data.Count;
        T loss = T.Constant(0);
        for (int s = 0; s < data.Count; s++)
        {
            var x = a[0];
            for (int j = 0; j < x.Length; j++) x[j] = T.Constant(data.Inputs[s][j]);
            Forward(theta, x, z, a);
            for (int i = 0; i < _sizes[last]; i++)
            {
                T error = a[last][i] - T.Constant(data.Targets[s][i]);
                loss += scale * (error * error);
                delta[last][i] = 2 * scale * (error * OutputActivation.Derivative(z[last][i]));
            }
            if (gradient is null) continue;
            for (int l = last; l >= 1; l--)
            {
                int fanIn = _sizes[l - 1], w0 = _offsets[l - 1], b0 = w0 + _sizes[l] * fanIn;
                for (int i = 0; i < _sizes[l]; i++)
                {
                    T d = delta[l][i];
                    for (int j = 0; j < fanIn; j++) gradient[w0 + i * fanIn + j] += d * a[l - 1][j];
                    gradient[b0 + i] += d;
                }
                if (l == 1) break;
                for (int j = 0; j < fanIn; j++)
                {
                    T sum = T.Constant(0);
                    for (int i = 0; i < _sizes[l]; i++) sum += theta[w0 + i * fanIn + j] * delta[l][i];
                    delta[l - 1][j] = sum * HiddenActivation.Derivative(z[l - 1][j]);
                }
            }
        }
        return loss;
    }

    private void Forward<T>(T[] theta, T[] input, T[][] z, T[][] a) where T : struct, IScalar<T>
    {
        a[0] = input;
        int last = _sizes.Length - 1;
        for (int l = 1; l <= last; l++)
        {
            int fanIn = _sizes[l - 1], w0 = _offsets[l - 1], b0 = w0 + _sizes[l] * fanIn;
            var activation = l == last ? OutputActivation : HiddenActivation;
            for (int i = 0; i < _sizes[l]; i++)
            {
                T sum = theta[b0 + i];
                for (int j = 0; j < fanIn; j++) sum += theta[w0 + i * fanIn + j] * a[l - 1][j];
                z[l][i] = sum;
                a[l][i] = activation.Apply(sum);
            }
        }
    }

    private (T[][] Z, T[][] A) Workspace<T>() where T : struct, IScalar<T> =>
        (_sizes.Select(s => new T[s]).ToArray(), _sizes.Select(s => new T[s]).ToArray());
}
