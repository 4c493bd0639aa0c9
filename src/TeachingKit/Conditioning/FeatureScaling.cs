using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>
/// The lecture's first cure for ravines: shift every input feature to mean 0 and scale it to variance 1, with the
/// means and standard deviations of the training set.
/// </summary>
/// <remarks>
/// <para>Lecture (Gerstner, "Ravines and plateaux", cure A; LeCun, Bottou, Orr &amp; Müller, "Efficient BackProp",
/// 1998, §4.3): "the input variables should be centred and of unit variance". The statistics are the population
/// ones (divide by N), so a standardised feature has sample mean exactly 0 and mean square exactly 1, and
/// (1/N) X̃ᵀX̃ is the features' correlation matrix.</para>
/// <para>A feature with zero variance (a pixel that is blank in every image) cannot be scaled; it carries no
/// information and makes every Hessian singular, so <see cref="WithoutConstantFeatures"/> removes such features
/// from raw and standardised data alike before the two are compared.</para>
/// </remarks>
public sealed class FeatureScaling
{
    private FeatureScaling(double[] means, double[] standardDeviations)
    {
        Means = means;
        StandardDeviations = standardDeviations;
    }

    /// <summary>The feature means of the data the scaling was fitted on.</summary>
    public IReadOnlyList<double> Means { get; }

    /// <summary>The feature standard deviations (population, divided by N).</summary>
    public IReadOnlyList<double> StandardDeviations { get; }

    /// <summary>The means and standard deviations of <paramref name="data"/>'s inputs; every feature must vary.</summary>
    public static FeatureScaling Fit(Dataset data)
    {
        var (means, deviations) = Moments(data);
        for (int j = 0; j < deviations.Length; j++)
            if (deviations[j] == 0)
                throw new ArgumentException($"Feature {j} of data is constant and cannot be standardised: remove it first ({nameof(WithoutConstantFeatures)}).", nameof(data));
        return new FeatureScaling(means, deviations);
    }

    /// <summary>The data with every input feature replaced by (x − mean)/sd; the targets are unchanged.</summary>
    public Dataset Apply(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.SameLength(data.InputDimension, Means.Count, "data inputs", "the fitted features");
        var inputs = data.Inputs.Select(x => x.Select((v, j) => (v - Means[j]) / StandardDeviations[j]).ToArray()).ToArray();
        return new Dataset(inputs, data.Targets);
    }

    /// <summary>Fits the scaling on <paramref name="data"/> and applies it there.</summary>
    public static Dataset Standardise(Dataset data) => Fit(data).Apply(data);

    /// <summary>The indices of the features of <paramref name="data"/> that take more than one value.</summary>
    public static int[] VaryingFeatures(Dataset data)
    {
        var (_, deviations) = Moments(data);
        return Enumerable.Range(0, deviations.Length).Where(j => deviations[j] > 0).ToArray();
    }

    /// <summary>The data restricted to the input features listed in <paramref name="features"/>.</summary>
    public static Dataset SelectFeatures(Dataset data, IReadOnlyList<int> features)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.NotEmpty(features, nameof(features));
        foreach (int j in features)
            if ((uint)j >= (uint)data.InputDimension)
                throw new ArgumentOutOfRangeException(nameof(features), j, $"Every feature must lie in [0, {data.InputDimension}), but one was {j}.");
        return new Dataset(data.Inputs.Select(x => features.Select(j => x[j]).ToArray()).ToArray(), data.Targets);
    }

    /// <summary>The data without its constant input features.</summary>
    public static Dataset WithoutConstantFeatures(Dataset data) => SelectFeatures(data, VaryingFeatures(data));

    /// <summary>
    /// The eigenvalues (ascending) of the inputs' correlation matrix (1/N) X̃ᵀX̃ of the standardised features: the
    /// closed form for the Hessian of standardised linear regression (see <see cref="LinearRegression"/>).
    /// </summary>
    public static double[] CorrelationEigenvalues(Dataset data)
    {
        var standardised = Standardise(data);
        var x = Matrix<double>.Build.DenseOfRowArrays(standardised.Inputs);
        return CriticalPoints.HessianClassifier.Eigenvalues(x.TransposeThisAndMultiply(x) / data.Count);
    }

    private static (double[] Means, double[] Deviations) Moments(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int d = data.InputDimension;
        var means = new double[d];
        var deviations = new double[d];
        foreach (var x in data.Inputs)
            for (int j = 0; j < d; j++) means[j] += x[j] / data.Count;
        foreach (var x in data.Inputs)
            for (int j = 0; j < d; j++) deviations[j] += (x[j] - means[j]) * (x[j] - means[j]) / data.Count;
        for (int j = 0; j < d; j++) deviations[j] = Math.Sqrt(deviations[j]);
        return (means, deviations);
    }
}
