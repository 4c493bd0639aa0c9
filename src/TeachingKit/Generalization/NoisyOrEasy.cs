using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using TeachingKit.Validation;

namespace TeachingKit.Generalization;

/// <summary>Points (x, y) of a one-dimensional regression problem, with held-out points drawn the same way.</summary>
/// <param name="Name">"A" or "B".</param>
/// <param name="TrainX">Training inputs.</param>
/// <param name="TrainY">Training targets.</param>
/// <param name="TestX">Held-out inputs.</param>
/// <param name="TestY">Held-out targets.</param>
public sealed record RegressionData(string Name, double[] TrainX, double[] TrainY, double[] TestX, double[] TestY);

/// <summary>A model class's least-squares fit to one data set and its root-mean-square errors.</summary>
/// <param name="DataSet">The data set's name.</param>
/// <param name="Model">The model class.</param>
/// <param name="TrainRmse">Root-mean-square error on the training points.</param>
/// <param name="TestRmse">Root-mean-square error on the held-out points.</param>
/// <param name="Predict">The fitted function.</param>
public sealed record RegressionFit(string DataSet, string Model, double TrainRmse, double TestRmse, Func<double, double> Predict);

/// <summary>
/// The lecture's quiz "which data set looks more noisy? which is easier to fit?", rebuilt: data set A looks like noise but
/// is a noise-free high-frequency sinusoid; B looks like a clean line but carries noise no model can remove.
/// </summary>
/// <remarks>
/// The explanation the slide hides: "noisy" and "easy" are judgements of a prior. A learner whose model class holds
/// sinusoids fits A exactly and generalises with zero error, and cannot do better than the noise on B; a learner with low
/// polynomials finds A unfittable and B easy. No model class wins on both: No Free Lunch in one picture.
/// </remarks>
public static class NoisyOrEasy
{
    /// <summary>A's frequency: y = sin(2π·Frequency·x) on x ∈ [0, 1].</summary>
    public const int Frequency = 23;

    /// <summary>B's noise: y = 0.8x − 0.4 + N(0, NoiseLevel²).</summary>
    public const double NoiseLevel = 0.1;

    /// <summary>The largest frequency the periodic learner tries.</summary>
    public const int MaxFrequency = 40;

    /// <summary>Data set A: <paramref name="count"/> training and as many held-out points of sin(2π·23x), x uniform on [0, 1] (seeded).</summary>
    public static RegressionData DataSetA(int count, int seed) =>
        Draw("A", count, seed, (x, _) => Math.Sin(2 * Math.PI * Frequency * x));

    /// <summary>Data set B: <paramref name="count"/> training and as many held-out points of 0.8x − 0.4 plus Gaussian noise of standard deviation 0.1 (seeded).</summary>
    public static RegressionData DataSetB(int count, int seed) =>
        Draw("B", count, seed, (x, random) => 0.8 * x - 0.4 + Normal.Sample(random, 0, NoiseLevel));

    /// <summary>The least-squares polynomial of degree <paramref name="degree"/>: the smooth prior.</summary>
    public static RegressionFit FitPolynomial(RegressionData data, int degree)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.AtLeast(degree, 0, nameof(degree));
        var coefficients = Fit.Polynomial(data.TrainX, data.TrainY, degree);
        return Score(data, $"polynomial, degree {degree}", x => Polynomial.Evaluate(x, coefficients));
    }

    /// <summary>The periodic prior: c + a sin(2πνx) + b cos(2πνx), least squares for each integer ν in 1 … <see cref="MaxFrequency"/>, keeping the ν with the lowest training error.</summary>
    public static RegressionFit FitSinusoid(RegressionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        RegressionFit? best = null;
        for (int nu = 1; nu <= MaxFrequency; nu++)
        {
            double w = 2 * Math.PI * nu;
            var p = Fit.LinearCombination(data.TrainX, data.TrainY, _ => 1.0, x => Math.Sin(w * x), x => Math.Cos(w * x));
            var fit = Score(data, $"sinusoid, ν = {nu}", x => p[0] + p[1] * Math.Sin(w * x) + p[2] * Math.Cos(w * x));
            if (best is null || fit.TrainRmse < best.TrainRmse) best = fit;
        }
        return best!;
    }

    private static RegressionData Draw(string name, int count, int seed, Func<double, Random, double> target)
    {
        Require.AtLeast(count, 4, nameof(count));
        var random = new Random(seed);
        double[] Xs() => Enumerable.Range(0, count).Select(_ => random.NextDouble()).ToArray();
        var trainX = Xs();
        var trainY = trainX.Select(x => target(x, random)).ToArray();
        var testX = Xs();
        var testY = testX.Select(x => target(x, random)).ToArray();
        return new RegressionData(name, trainX, trainY, testX, testY);
    }

    private static RegressionFit Score(RegressionData data, string model, Func<double, double> f) =>
        new(data.Name, model, Rmse(data.TrainX, data.TrainY, f), Rmse(data.TestX, data.TestY, f), f);

    private static double Rmse(double[] x, double[] y, Func<double, double> f) =>
        Math.Sqrt(x.Zip(y).Average(p => (f(p.First) - p.Second) * (f(p.First) - p.Second)));
}
