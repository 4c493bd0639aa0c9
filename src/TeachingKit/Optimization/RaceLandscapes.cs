using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The test functions of the optimizer race (after Alec Radford's animations): a saddle, Rosenbrock's
/// long curved valley and Beale's function, each with its exact gradient.
/// </summary>
/// <remarks>
/// Kept in one small file so that they can later be taken from the kit's function catalogue
/// (Landscapes) instead; the formulas are the standard ones and are tested against finite differences. Each access returns a fresh
/// instance, so parallel runs share nothing.
/// </remarks>
public static class RaceLandscapes
{
    /// <summary>The saddle E(x, y) = x² − y²: a minimum along x, a maximum along y, a critical point at 0.</summary>
    public static Objective Saddle => Objective.Create("saddle x² − y²", 2, (w, g) =>
    {
        g[0] = 2 * w[0];
        g[1] = -2 * w[1];
        return w[0] * w[0] - w[1] * w[1];
    });

    /// <summary>Rosenbrock's valley (1 − x)² + 100(y − x²)² (Rosenbrock 1960): minimum 0 at (1, 1) at the end of a long, curved, flat valley.</summary>
    public static Objective Rosenbrock => ChainedRosenbrock(2);

    /// <summary>
    /// Beale's function (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)² (Beale 1958):
    /// minimum 0 at (3, ½), flat plateaus and steep walls.
    /// </summary>
    public static Objective Beale => Objective.Create("Beale", 2, (w, g) =>
    {
        double x = w[0], y = w[1];
        double a = 1.5 - x + x * y, b = 2.25 - x + x * y * y, c = 2.625 - x + x * y * y * y;
        g[0] = 2 * (a * (y - 1) + b * (y * y - 1) + c * (y * y * y - 1));
        g[1] = 2 * x * (a + 2 * b * y + 3 * c * y * y);
        return a * a + b * b + c * c;
    });

    /// <summary>The badly scaled quadratic 0.1x² + 2y² of the RMSprop lesson (curvatures 0.2 and 4, κ = 20).</summary>
    public static Quadratic BadlyScaledQuadratic => new([0.2, 4], "0.1x² + 2y²");

    /// <summary>
    /// The chained Rosenbrock function Σᵢ [(1 − xᵢ)² + 100(xᵢ₊₁ − xᵢ²)²] on <paramref name="dimension"/> ≥ 2
    /// parameters (the usual n-dimensional generalisation); minimum 0 at (1, …, 1).
    /// </summary>
    public static Objective ChainedRosenbrock(int dimension)
    {
        Require.AtLeast(dimension, 2, nameof(dimension));
        return Objective.Create(dimension == 2 ? "Rosenbrock" : $"Rosenbrock n={dimension}", dimension, (w, g) =>
        {
            double value = 0;
            g.Clear();
            for (int i = 0; i + 1 < w.Length; i++)
            {
                double a = 1 - w[i], b = w[i + 1] - w[i] * w[i];
                value += a * a + 100 * b * b;
                g[i] += -2 * a - 400 * w[i] * b;
                g[i + 1] += 200 * b;
            }
            return value;
        });
    }
}
