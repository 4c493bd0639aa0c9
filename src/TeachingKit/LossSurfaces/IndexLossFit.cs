using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>
/// Pennington &amp; Bahri's law for the index of critical points against their loss: α(ε) = α₀ (ε/ε_c − 1)^{3/2} above ε_c, 0 below
/// ("Geometry of neural network loss surfaces via random matrix theory", ICML 2017, eq. 22: the fraction of negative Hessian
/// eigenvalues of a critical point at loss ε, for a Hessian modelled as Wishart plus Wigner).
/// </summary>
/// <param name="Alpha0">The scale α₀.</param>
/// <param name="CriticalLoss">ε_c, the loss below which critical points are minima (α = 0).</param>
/// <param name="RootMeanSquare">The root-mean-square residual of the fit over the points.</param>
public sealed record IndexLossFit(double Alpha0, double CriticalLoss, double RootMeanSquare)
{
    /// <summary>The fitted α at loss <paramref name="loss"/>.</summary>
    public double At(double loss) => Law(loss, CriticalLoss) * Alpha0;

    // (ε/ε_c − 1)^{3/2} for ε > ε_c, else 0 — the one place the law is written.
    private static double Law(double loss, double criticalLoss) => loss > criticalLoss ? Math.Pow(loss / criticalLoss - 1, 1.5) : 0;

    /// <summary>
    /// Least squares over (α₀, ε_c): for each ε_c on a fine grid between 0 and the largest loss, α₀ is linear and has a closed form;
    /// the pair with the smallest residual wins.
    /// </summary>
    public static IndexLossFit Fit(IReadOnlyList<double> losses, IReadOnlyList<double> fractions, int gridPoints = 2000)
    {
        Require.NotEmpty(losses, nameof(losses));
        Require.SameLength(fractions.Count, losses.Count, nameof(fractions), nameof(losses));
        Require.AllFinite(losses, nameof(losses));
        Require.AllFinite(fractions, nameof(fractions));
        Require.AtLeast(gridPoints, 2, nameof(gridPoints));
        if (losses.Any(l => l <= 0)) throw new ArgumentException("Every loss must be positive.", nameof(losses));
        double top = losses.Max();
        IndexLossFit? best = null;
        for (int k = 1; k < gridPoints; k++)
        {
            double criticalLoss = top * k / gridPoints;
            double sff = 0, sfa = 0;
            for (int i = 0; i < losses.Count; i++)
            {
                double f = Law(losses[i], criticalLoss);
                sff += f * f;
                sfa += f * fractions[i];
            }
            double alpha0 = sff > 0 ? Math.Max(0, sfa / sff) : 0, residual = 0;
            for (int i = 0; i < losses.Count; i++)
            {
                double r = fractions[i] - alpha0 * Law(losses[i], criticalLoss);
                residual += r * r;
            }
            double rms = Math.Sqrt(residual / losses.Count);
            if (best is null || rms < best.RootMeanSquare) best = new IndexLossFit(alpha0, criticalLoss, rms);
        }
        return best!;
    }
}
