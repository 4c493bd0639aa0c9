using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Differentiation;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>A twice-differentiable function given by its value with gradient and by its exact Hessian, for the critical-point finders.</summary>
public sealed class SecondOrderObjective
{
    private readonly Func<double[], double[], double> _valueAndGradient;
    private readonly Func<double[], Matrix<double>> _hessian;

    private SecondOrderObjective(string name, int dimension, Func<double[], double[], double> valueAndGradient, Func<double[], Matrix<double>> hessian)
    {
        Name = name;
        Dimension = dimension;
        _valueAndGradient = valueAndGradient;
        _hessian = hessian;
    }

    /// <summary>What the function is.</summary>
    public string Name { get; }

    /// <summary>The number of variables.</summary>
    public int Dimension { get; }

    /// <summary>f(x), writing ∇f(x) into <paramref name="gradient"/>.</summary>
    public double ValueAndGradient(double[] point, double[] gradient)
    {
        Require.SameLength(point.Length, Dimension, nameof(point), "the dimension");
        Require.SameLength(gradient.Length, Dimension, nameof(gradient), "the dimension");
        return _valueAndGradient(point, gradient);
    }

    /// <summary>The exact Hessian at <paramref name="point"/>.</summary>
    public Matrix<double> Hessian(double[] point)
    {
        Require.SameLength(point.Length, Dimension, nameof(point), "the dimension");
        return _hessian(point);
    }

    /// <summary>A function written over <see cref="Var"/>: gradient and Hessian by the library's AutoDiff.</summary>
    public static SecondOrderObjective FromFunction(string name, int dimension, Func<Var[], Var> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        Require.AtLeast(dimension, 1, nameof(dimension));
        return new SecondOrderObjective(name, dimension, (x, g) => AutoDiff.ValueAndGradient(f, x, g), x => AutoDiff.SecondOrder(f, x).Hessian);
    }

    /// <summary>
    /// A network's mean loss over all of <paramref name="data"/>: the gradient by backpropagation, the Hessian column by column from
    /// exact Hessian-vector products H eᵢ (<see cref="BatchMlp.HessianTimes(ReadOnlySpan{double}, Dataset, ReadOnlySpan{double}, Span{double}, Span{double})"/>), symmetrised.
    /// </summary>
    public static SecondOrderObjective FromNetwork(BatchMlp network, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        int n = network.ParameterCount;
        return new SecondOrderObjective($"{network} on {data.Count} samples", n, (x, g) => network.LossAndGradient(x, data, g), x =>
        {
            var columns = new double[n * n];   // column-major: column i is H eᵢ
            var unit = new double[n];
            for (int i = 0; i < n; i++)
            {
                unit[i] = 1;
                network.HessianTimes(x, data, unit, columns.AsSpan(i * n, n));
                unit[i] = 0;
            }
            var hessian = Matrix<double>.Build.Dense(n, n, columns);
            return (hessian + hessian.Transpose()) * 0.5;
        });
    }
}
