using TeachingKit.Execution;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>The loss on a square grid of a plane θ₀ + α d₁ + β d₂: Loss[i][j] at (Alphas[j], Betas[i]).</summary>
/// <param name="Alphas">The coordinates along d₁.</param>
/// <param name="Betas">The coordinates along d₂.</param>
/// <param name="Loss">Loss[i][j] = L(θ₀ + Alphas[j] d₁ + Betas[i] d₂): rows follow β, as a contour chart expects.</param>
public sealed record SurfaceGrid(double[] Alphas, double[] Betas, double[][] Loss)
{
    /// <summary>The loss at the centre of the grid (α = β = 0 when the grid is symmetric and has an odd side).</summary>
    public double Center => Loss[Betas.Length / 2][Alphas.Length / 2];

    /// <summary>The smallest and largest loss on the grid.</summary>
    public (double Min, double Max) Range => (Loss.Min(r => r.Min()), Loss.Max(r => r.Max()));
}

/// <summary>
/// A two-dimensional slice of a network's full-data loss through θ₀ (Li et al. 2018, §4): one forward pass over the data per
/// grid point, the grid's points shared out over the cores.
/// </summary>
/// <remarks>
/// Each worker owns a copy of the network (its row buffers) and one parameter vector, so evaluating a point allocates
/// nothing: θ = θ₀ + α d₁ + β d₂ is written in place and the loss is <see cref="BatchMlp.Loss(ReadOnlySpan{double}, Dataset)"/>
/// of a twin with <see cref="BatchMlp.BlockedKernels"/> on (register-blocked layers, vectorised tanh). A batch-normalised network is evaluated in its current <see cref="BatchMlp.NormalizationMode"/>.
/// </remarks>
public static class SurfaceSlice
{
    /// <summary>
    /// The loss on a <paramref name="points"/> × <paramref name="points"/> grid over [−<paramref name="radius"/>, radius]² of the plane
    /// through <paramref name="center"/> spanned by <paramref name="direction1"/> and <paramref name="direction2"/>, on all of <paramref name="data"/>.
    /// </summary>
    public static SurfaceGrid Evaluate(BatchMlp network, IReadOnlyList<double> center, IReadOnlyList<double> direction1,
        IReadOnlyList<double> direction2, Dataset data, double radius = 1, int points = 51, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        double[] theta = [.. Require.AllFinite(center, nameof(center))], u = [.. Require.AllFinite(direction1, nameof(direction1))],
            v = [.. Require.AllFinite(direction2, nameof(direction2))];
        Require.SameLength(theta.Length, network.ParameterCount, nameof(center), "the network's parameter count");
        Require.SameLength(u.Length, theta.Length, nameof(direction1), nameof(center));
        Require.SameLength(v.Length, theta.Length, nameof(direction2), nameof(center));
        Require.Positive(radius, nameof(radius));
        Require.AtLeast(points, 2, nameof(points));
        network.Loss(theta, data);   // checks the data's shape once, before the workers start
        var axis = Grid.Linspace(-radius, radius, points);
        var loss = Enumerable.Range(0, points).Select(_ => new double[points]).ToArray();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = Interruption.Current,
        };
        Parallel.For(0, points * points, options,
            () => (Network: network.Twin(blockedKernels: true), Point: new double[theta.Length]),
            (k, _, worker) =>
            {
                int i = k / points, j = k % points;
                VectorKernels.Combine(theta, axis[j], u, worker.Point);
                VectorKernels.AddScaled(worker.Point, axis[i], v);
                loss[i][j] = worker.Network.Loss(worker.Point, data);
                return worker;
            },
            _ => { });
        return new SurfaceGrid(axis, (double[])axis.Clone(), loss);
    }

    /// <summary>The same slice along two filter-normalised random directions drawn with <paramref name="seed"/> and <paramref name="seed"/> + 1.</summary>
    public static SurfaceGrid FilterNormalized(BatchMlp network, IReadOnlyList<double> center, Dataset data, int seed,
        double radius = 1, int points = 51, int? maxDegreeOfParallelism = null) =>
        Evaluate(network, center, FilterNormalization.RandomDirection(network, center, seed),
            FilterNormalization.RandomDirection(network, center, seed + 1), data, radius, points, maxDegreeOfParallelism);
}
