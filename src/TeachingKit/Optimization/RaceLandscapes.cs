using TeachingKit.Landscapes;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The test functions of the optimizer race (after Alec Radford's animations): a saddle, Rosenbrock's
/// long curved valley and Beale's function, each with its exact gradient.
/// </summary>
/// <remarks>
/// Rosenbrock's and Beale's functions come from the kit's catalogue (<see cref="LandscapeCatalogue"/>);
/// the saddle x² − y² and the n-dimensional chained Rosenbrock function of the reference fixture are
/// defined here, tested against finite differences. Each access returns a fresh instance, so parallel
/// runs share nothing.
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

    /// <summary>Rosenbrock's valley (1 − x)² + 100(y − x²)² (Rosenbrock 1960), from the kit's catalogue: minimum 0 at (1, 1) at the end of a long, curved, flat valley.</summary>
    public static Objective Rosenbrock => LandscapeCatalogue.Rosenbrock.ToObjective();

    /// <summary>
    /// Beale's function (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)² (Beale 1958), from the
    /// kit's catalogue: minimum 0 at (3, ½), flat plateaus and steep walls.
    /// </summary>
    public static Objective Beale => LandscapeCatalogue.Beale.ToObjective();

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
