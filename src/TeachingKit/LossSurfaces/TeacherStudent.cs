using MathNet.Numerics.Distributions;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>A regression task made by a random "teacher" network, for a "student" of the same shape to learn: its global minimum is at loss 0.</summary>
public static class TeacherStudent
{
    /// <summary>
    /// <paramref name="samples"/> standard Gaussian inputs in <paramref name="inputs"/> dimensions and the outputs of a tanh
    /// <paramref name="inputs"/>-<paramref name="hidden"/>-1 teacher with He weights and N(0, 0.1²) biases, all drawn with <paramref name="seed"/>.
    /// </summary>
    public static Dataset Create(int inputs, int hidden, int samples, int seed)
    {
        Require.AtLeast(inputs, 1, nameof(inputs));
        Require.AtLeast(hidden, 1, nameof(hidden));
        Require.AtLeast(samples, 1, nameof(samples));
        var teacher = new BatchMlp([inputs, hidden, 1], Activation.Tanh, LossFunction.SquaredError);
        var theta = teacher.InitialParameters(Initialization.He, seed);
        var random = new Random(seed + 1);
        for (int i = 0; i < hidden; i++) theta[teacher.Architecture.BiasIndex(1, i)] = Normal.Sample(random, 0, 0.1);
        var x = Enumerable.Range(0, samples).Select(_ => Enumerable.Range(0, inputs).Select(_ => Normal.Sample(random, 0, 1)).ToArray()).ToArray();
        var y = x.Select(input => teacher.Predict(theta, input)).ToArray();
        return new Dataset(x, y);
    }
}
