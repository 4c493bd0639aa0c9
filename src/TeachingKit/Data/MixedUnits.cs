using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Networks;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.Data;

/// <summary>
/// A synthetic regression set whose features are measured in different units (a height in centimetres, a mass in
/// kilograms, …): each feature has its own mean and spread, and the features have a prescribed correlation that
/// holds <em>exactly</em> in the sample.
/// </summary>
/// <remarks>
/// Draw standard normal columns Z, centre them and make them orthonormal in the sample (Gram–Schmidt, then scale to
/// sample variance 1), so that their sample correlation is exactly I; multiply by the Cholesky factor L of the
/// correlation matrix R (Z Lᵀ has sample correlation L Lᵀ = R); then scale feature j by σⱼ and shift it by μⱼ.
/// The target is y = Σⱼ βⱼ (xⱼ − μⱼ)/σⱼ + noise: it depends on the standardised features, so the same coefficients
/// describe the problem in any units.
/// </remarks>
public static class MixedUnits
{
    /// <summary>A height in cm (170 ± 10) and a mass in kg (70 ± 12) with sample correlation exactly <paramref name="correlation"/>.</summary>
    public static Dataset HeightAndMass(int count = 200, double correlation = 0.8, int seed = 0) =>
        Generate([170, 70], [10, 12], Matrix<double>.Build.DenseOfArray(new[,] { { 1, correlation }, { correlation, 1 } }),
            [1.0, 0.5], noise: 0.1, count, seed);

    /// <summary>
    /// Height (cm, 170 ± 10), mass (kg, 70 ± 12) and yearly income (€, 40,000 ± 15,000), with sample correlations
    /// 0.8 (height, mass), 0.3 (height, income) and 0.2 (mass, income).
    /// </summary>
    public static Dataset HeightMassIncome(int count = 200, int seed = 0) =>
        Generate([170, 70, 40_000], [10, 12, 15_000],
            Matrix<double>.Build.DenseOfArray(new[,] { { 1, 0.8, 0.3 }, { 0.8, 1, 0.2 }, { 0.3, 0.2, 1 } }),
            [1.0, 0.5, -0.8], noise: 0.1, count, seed);

    /// <summary>
    /// <paramref name="count"/> samples with feature means <paramref name="means"/>, standard deviations
    /// <paramref name="standardDeviations"/> and sample correlation matrix exactly <paramref name="correlation"/>;
    /// target Σⱼ βⱼ·(standardised feature j) + N(0, <paramref name="noise"/>²).
    /// </summary>
    public static Dataset Generate(IReadOnlyList<double> means, IReadOnlyList<double> standardDeviations, Matrix<double> correlation,
        IReadOnlyList<double> coefficients, double noise, int count, int seed)
    {
        int d = Require.NotEmpty(means, nameof(means)).Count;
        Require.SameLength(standardDeviations.Count, d, nameof(standardDeviations), nameof(means));
        Require.SameLength(coefficients.Count, d, nameof(coefficients), nameof(means));
        ArgumentNullException.ThrowIfNull(correlation);
        if (correlation.RowCount != d || correlation.ColumnCount != d)
            throw new ArgumentException($"{nameof(correlation)} must be {d}×{d}, but is {correlation.RowCount}×{correlation.ColumnCount}.", nameof(correlation));
        for (int j = 0; j < d; j++) Require.Positive(standardDeviations[j], $"{nameof(standardDeviations)}[{j}]");
        Require.AtLeast(count, d + 2, nameof(count));
        if (noise < 0 || !double.IsFinite(noise)) throw new ArgumentOutOfRangeException(nameof(noise), noise, $"{nameof(noise)} must be finite and non-negative, but was {noise}.");
        var cholesky = CholeskyOf(correlation);

        var sampler = new GaussianSampler(seed);
        var z = SampleWhitened(count, d, sampler);
        var standardised = z * cholesky.Transpose();
        var inputs = new double[count][];
        var targets = new double[count][];
        for (int s = 0; s < count; s++)
        {
            inputs[s] = new double[d];
            double y = noise * sampler.Next();
            for (int j = 0; j < d; j++)
            {
                inputs[s][j] = means[j] + standardDeviations[j] * standardised[s, j];
                y += coefficients[j] * standardised[s, j];
            }
            targets[s] = [y];
        }
        return new Dataset(inputs, targets);
    }

    // Columns with sample mean 0 and sample correlation exactly the identity (population variance 1).
    private static Matrix<double> SampleWhitened(int count, int d, GaussianSampler sampler)
    {
        var z = Matrix<double>.Build.Dense(count, d, (_, _) => sampler.Next());
        for (int j = 0; j < d; j++)
        {
            var column = z.Column(j);
            column -= column.Average();
            for (int k = 0; k < j; k++) column -= column.DotProduct(z.Column(k)) / count * z.Column(k);
            column *= Math.Sqrt(count) / column.L2Norm();
            z.SetColumn(j, column);
        }
        return z;
    }

    private static Matrix<double> CholeskyOf(Matrix<double> correlation)
    {
        for (int j = 0; j < correlation.RowCount; j++)
            if (Math.Abs(correlation[j, j] - 1) > 1e-12)
                throw new ArgumentException($"correlation[{j},{j}] must be 1, but was {correlation[j, j]}.", nameof(correlation));
        try { return correlation.Cholesky().Factor; }
        catch (ArgumentException e) { throw new ArgumentException("correlation must be symmetric positive definite.", nameof(correlation), e); }
    }
}
