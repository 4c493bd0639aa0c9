using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>The loss along a straight line θ(t) = (1 − t) θ_A + t θ_B: Loss[k] at T[k].</summary>
/// <param name="T">The positions t (0 at θ_A, 1 at θ_B).</param>
/// <param name="Loss">The full-data loss at each position.</param>
/// <param name="Accuracy">The fraction of samples classified correctly at each position.</param>
public sealed record LinearProfile(double[] T, double[] Loss, double[] Accuracy)
{
    /// <summary>
    /// The barrier between the end points: the largest loss on the line between t = 0 and t = 1 minus the larger of the two ends
    /// (0 or less when the loss never rises above both ends, as Goodfellow et al. found from initial to trained weights).
    /// </summary>
    public double Barrier
    {
        get
        {
            double ends = Math.Max(LossAt(0), LossAt(1)), peak = double.NegativeInfinity;
            for (int k = 0; k < T.Length; k++)
                if (T[k] >= 0 && T[k] <= 1) peak = Math.Max(peak, Loss[k]);
            return peak - ends;
        }
    }

    private double LossAt(double t)
    {
        int best = 0;
        for (int k = 1; k < T.Length; k++)
            if (Math.Abs(T[k] - t) < Math.Abs(T[best] - t)) best = k;
        return Loss[best];
    }

    /// <summary>
    /// Goodfellow, Vinyals &amp; Saxe 2015 ("Qualitatively characterizing neural network optimization problems", ICLR): the
    /// loss on <paramref name="points"/> evenly spaced t in [<paramref name="tMin"/>, <paramref name="tMax"/>] of the line through
    /// <paramref name="from"/> (t = 0) and <paramref name="to"/> (t = 1), on all of <paramref name="data"/>.
    /// </summary>
    public static LinearProfile Between(BatchMlp network, IReadOnlyList<double> from, IReadOnlyList<double> to, Dataset data,
        double tMin = -0.5, double tMax = 1.5, int points = 81)
    {
        ArgumentNullException.ThrowIfNull(network);
        double[] a = [.. Require.AllFinite(from, nameof(from))], b = [.. Require.AllFinite(to, nameof(to))];
        Require.SameLength(a.Length, network.ParameterCount, nameof(from), "the network's parameter count");
        Require.SameLength(b.Length, network.ParameterCount, nameof(to), "the network's parameter count");
        if (!(tMax > tMin)) throw new ArgumentException($"{nameof(tMax)} must exceed {nameof(tMin)}, but [{tMin}, {tMax}] is empty.", nameof(tMax));
        Require.AtLeast(points, 2, nameof(points));
        var t = Grid.Linspace(tMin, tMax, points);
        var loss = new double[points];
        var accuracy = new double[points];
        var direction = new double[a.Length];
        VectorKernels.Combine(b, -1, a, direction);
        var theta = new double[a.Length];
        for (int k = 0; k < points; k++)
        {
            Execution.Interruption.ThrowIfRequested();
            VectorKernels.Combine(a, t[k], direction, theta);
            (loss[k], accuracy[k]) = network.Evaluate(theta, data);
        }
        return new LinearProfile(t, loss, accuracy);
    }
}
