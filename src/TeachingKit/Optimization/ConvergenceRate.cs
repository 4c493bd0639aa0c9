using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>Measures the per-step convergence factor of a run from its distances to the minimiser.</summary>
/// <remarks>
/// A linear method on a quadratic has ‖w(k) − w*‖ ≈ C kᵖ rᵏ with an oscillating, bounded C and
/// p &gt; 0 only for a repeated root; a least-squares fit of ln ‖w(k) − w*‖ by a + k ln r + p ln(k + 1)
/// over the second half of the run estimates ln r, insensitive to the oscillation, the
/// polynomial factor and the start-up transient. Points closer than
/// 10⁻¹⁰⁰ of the initial distance are dropped: their squares would underflow to subnormal numbers and bend the fit.
/// </remarks>
public static class ConvergenceRate
{
    /// <summary>‖w(k) − <paramref name="minimizer"/>‖ for every recorded step.</summary>
    public static double[] DistancesTo(Trajectory trajectory, IReadOnlyList<double> minimizer)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        Require.SameLength(minimizer.Count, trajectory.Dimension, nameof(minimizer), nameof(trajectory));
        var target = minimizer.ToArray();
        var distances = new double[trajectory.Count];
        for (int k = 0; k < distances.Length; k++) distances[k] = VectorKernels.Distance(trajectory.Parameters(k), target);
        return distances;
    }

    /// <summary>The measured factor r from distances d(0), d(1), … to the minimiser (0 if the minimiser was hit exactly).</summary>
    public static double Measure(IReadOnlyList<double> distances)
    {
        Require.AtLeast(Require.NotEmpty(distances, nameof(distances)).Count, 2, nameof(distances));
        Require.AllFinite(distances, nameof(distances));
        double floor = distances[0] * 1e-100;
        int usable = 0;
        while (usable < distances.Count && distances[usable] > floor) usable++;
        if (usable < 2) return 0;
        int from = usable / 2, count = usable - from;
        if (count < 3) { from = 0; count = usable; }
        if (count < 3) return Math.Pow(distances[usable - 1] / distances[0], 1.0 / (usable - 1));
        // Least squares for ln d(k) = a + k ln r + p ln(k + 1): the ln k column absorbs the kᵖ of
        // a double root (Polyak's optimal heavy ball has one at both ends of the spectrum).
        var design = Matrix<double>.Build.Dense(count, 3, (i, j) => j switch { 0 => 1.0, 1 => i, _ => Math.Log(from + i + 1) });
        var logs = Vector<double>.Build.Dense(count, i => Math.Log(distances[from + i]));
        var coefficients = design.QR().Solve(logs);
        return Math.Exp(coefficients[1]);
    }

    /// <summary>The measured factor of a run towards <paramref name="minimizer"/>.</summary>
    public static double Measure(Trajectory trajectory, IReadOnlyList<double> minimizer) =>
        Measure(DistancesTo(trajectory, minimizer));
}
