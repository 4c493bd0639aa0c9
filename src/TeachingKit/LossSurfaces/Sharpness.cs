using TeachingKit.CriticalPoints;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>The sharpness of a network at θ: the largest eigenvalue of the Hessian of its full-data loss.</summary>
/// <remarks>
/// Power iteration (<see cref="PowerIteration"/>) on exact Hessian-vector products (<see cref="BatchMlp.HessianTimes(ReadOnlySpan{double}, Dataset, ReadOnlySpan{double}, Span{double}, Span{double})"/>):
/// near a minimum the Hessian is almost positive semi-definite, so its dominant eigenvalue is the top one, λ_max. Gradient
/// descent with step η is stable there only if η &lt; 2/λ_max; Li et al. 2018 relate sharper minima to the slices' narrow basins.
/// A batch-normalised network is differentiated in training mode (the loss as a function of the whole data set).
/// </remarks>
public static class Sharpness
{
    /// <summary>The dominant Hessian eigenvalue of the mean loss over <paramref name="data"/> at <paramref name="parameters"/>, from a start drawn with <paramref name="seed"/>.</summary>
    public static DominantEigenvalue TopEigenvalue(BatchMlp network, IReadOnlyList<double> parameters, Dataset data, int seed,
        double tolerance = 1e-4, int maxIterations = 300)
    {
        ArgumentNullException.ThrowIfNull(network);
        double[] theta = [.. Require.AllFinite(parameters, nameof(parameters))];
        var gradient = new double[theta.Length];
        return PowerIteration.Run(theta.Length, (v, product) => network.HessianTimes(theta, data, v, product, gradient), seed, maxIterations, tolerance);
    }
}
