using TeachingKit.Sampling;
using TeachingKit.Execution;
using TeachingKit.Validation;

namespace TeachingKit.CriticalPoints;

/// <summary>Which random symmetric matrices stand in for "the Hessian at a random critical point".</summary>
public enum RandomHessianModel
{
    /// <summary>Independent eigenvalues, each symmetric about 0: the lecture's independent-sign model.</summary>
    IndependentSigns,
    /// <summary>Gaussian Orthogonal Ensemble: H = A + Aᵀ with iid standard normal A (eigenvalues repel).</summary>
    Goe,
}

/// <summary>Counts of the index (number of negative eigenvalues) over random Hessians.</summary>
/// <param name="Model">The ensemble.</param>
/// <param name="Dimension">N.</param>
/// <param name="Samples">Number of matrices drawn.</param>
/// <param name="Seed">The seed: the same seed gives the same counts.</param>
/// <param name="IndexCounts">IndexCounts[k] = how many matrices had exactly k negative eigenvalues.</param>
public sealed record RandomHessianSample(RandomHessianModel Model, int Dimension, int Samples, int Seed, int[] IndexCounts)
{
    /// <summary>The fraction of matrices with all eigenvalues positive ("minima"), with its 95 % interval.</summary>
    public Proportion FractionOfMinima => Proportion.Of(IndexCounts[0], Samples);

    /// <summary>The fraction with index k, for k = 0 … N, each with its 95 % interval.</summary>
    public Proportion[] IndexDistribution => IndexCounts.Select(c => Proportion.Of(c, Samples)).ToArray();
}

/// <summary>One row of the fraction-of-minima comparison: the sign model against GOE at one N.</summary>
/// <param name="Dimension">N.</param>
/// <param name="IndependentSigns">2⁻ᴺ, exact.</param>
/// <param name="Goe">The Monte Carlo estimate for GOE with its interval.</param>
/// <param name="GoeLeadingOrder">exp(−(ln 3/4)N²), Dean–Majumdar's leading term.</param>
public sealed record FractionOfMinimaRow(int Dimension, double IndependentSigns, Proportion Goe, double GoeLeadingOrder);

/// <summary>
/// Monte Carlo over random symmetric matrices: how often are all eigenvalues positive, and how is
/// the index distributed? The index is counted by Sylvester's law of inertia — the number of
/// negative pivots of an LDLᵀ factorization — which needs no eigenvalues.
/// </summary>
public static class RandomHessianMonteCarlo
{
    /// <summary>Draws <paramref name="samples"/> N×N matrices of the model and counts their indices.</summary>
    public static RandomHessianSample Sample(RandomHessianModel model, int dimension, int samples, int seed)
    {
        Require.AtLeast(dimension, 1, nameof(dimension));
        Require.AtLeast(samples, 1, nameof(samples));
        if (!Enum.IsDefined(model)) throw new ArgumentOutOfRangeException(nameof(model), model, "model must be a defined RandomHessianModel.");
        var gaussian = new GaussianSampler(seed);
        var counts = new int[dimension + 1];
        var matrix = new double[dimension * dimension];
        var interruption = Interruption.Current;
        for (int s = 0; s < samples; s++)
        {
            interruption.ThrowIfCancellationRequested();
            int index;
            if (model == RandomHessianModel.IndependentSigns)
            {
                index = 0;
                for (int i = 0; i < dimension; i++) if (gaussian.Next() < 0) index++;
            }
            else
            {
                FillGoe(matrix, dimension, gaussian);
                index = NegativePivots(matrix, dimension);
            }
            counts[index]++;
        }
        return new RandomHessianSample(model, dimension, samples, seed, counts);
    }

    /// <summary>For N = 1 … maxDimension: 2⁻ᴺ, the GOE estimate (seed + N per dimension) and the Dean–Majumdar guide.</summary>
    public static IReadOnlyList<FractionOfMinimaRow> FractionOfMinima(int maxDimension, int samples, int seed)
    {
        Require.AtLeast(maxDimension, 1, nameof(maxDimension));
        return Enumerable.Range(1, maxDimension).Select(n => new FractionOfMinimaRow(
            n, IndependentSignModel.FractionOfMinima(n),
            Sample(RandomHessianModel.Goe, n, samples, seed + n).FractionOfMinima,
            IndependentSignModel.GoeAllPositiveLeadingOrder(n))).ToList();
    }

    /// <summary>
    /// The number of negative eigenvalues of a symmetric matrix, by Sylvester's law of inertia (the
    /// negative pivots of LDLᵀ) instead of an eigen-decomposition. Reads the lower triangle.
    /// </summary>
    public static int NegativeEigenvalueCount(MathNet.Numerics.LinearAlgebra.Matrix<double> symmetric)
    {
        ArgumentNullException.ThrowIfNull(symmetric);
        if (symmetric.RowCount != symmetric.ColumnCount)
            throw new ArgumentException($"symmetric must be square, but is {symmetric.RowCount}×{symmetric.ColumnCount}.", nameof(symmetric));
        return NegativePivots(symmetric.ToRowMajorArray(), symmetric.RowCount);
    }

    /// <summary>
    /// The number of negative eigenvalues of a symmetric matrix (row-major, overwritten) as the number
    /// of negative pivots of its LDLᵀ factorization (Sylvester's law of inertia). Without pivoting: a
    /// zero pivot has probability zero for a continuous random matrix, and is counted as positive.
    /// </summary>
    internal static int NegativePivots(double[] a, int n)
    {
        int negative = 0;
        for (int k = 0; k < n; k++)
        {
            double pivot = a[k * n + k];
            if (pivot < 0) negative++;
            if (pivot == 0) continue;
            for (int i = k + 1; i < n; i++)
            {
                double factor = a[i * n + k] / pivot;
                if (factor == 0) continue;
                for (int j = k + 1; j <= i; j++) a[i * n + j] -= factor * a[j * n + k];
            }
        }
        return negative;
    }

    /// <summary>H = A + Aᵀ, A iid N(0, 1): diagonal variance 4, off-diagonal 2, the GOE ratio 2 : 1. Lower triangle only.</summary>
    private static void FillGoe(double[] a, int n, GaussianSampler gaussian)
    {
        for (int i = 0; i < n; i++)
        {
            a[i * n + i] = 2 * gaussian.Next();
            for (int j = 0; j < i; j++) a[i * n + j] = gaussian.Next() + gaussian.Next();
        }
    }
}
