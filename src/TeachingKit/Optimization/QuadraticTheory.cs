using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>Step size and momentum chosen for a quadratic, with the convergence factor they achieve.</summary>
/// <param name="LearningRate">The step size γ.</param>
/// <param name="Momentum">The momentum α (0 for gradient descent).</param>
/// <param name="Factor">The worst per-step contraction of the distance to the minimum.</param>
public sealed record TunedParameters(double LearningRate, double Momentum, double Factor);

/// <summary>
/// The lecture's theory of gradient descent and heavy-ball momentum on the quadratic
/// E(w) = ½ Σᵢ λᵢ wᵢ², where every eigendirection evolves on its own.
/// </summary>
/// <remarks>
/// <para>Gradient descent: wᵢ(k+1) = (1 − γλᵢ) wᵢ(k), so the factor per step is max |1 − γλᵢ|;
/// it converges iff 0 &lt; γλᵢ &lt; 2 for all i.</para>
/// <para>Heavy ball: wᵢ(k+1) = (1 + α − γλᵢ) wᵢ(k) − α wᵢ(k−1), a 2×2 linear recurrence on
/// (wᵢ(k), wᵢ(k−1)); its factor is the spectral radius of that matrix (Polyak 1964; Goh,
/// "Why momentum really works", Distill 2017).</para>
/// </remarks>
public static class QuadraticTheory
{
    /// <summary>|1 − γλ|: how gradient descent scales the eigendirection of curvature <paramref name="eigenvalue"/> per step.</summary>
    public static double GradientDescentFactor(double learningRate, double eigenvalue)
    {
        Require.Positive(learningRate, nameof(learningRate));
        Require.Positive(eigenvalue, nameof(eigenvalue));
        return Math.Abs(1 - learningRate * eigenvalue);
    }

    /// <summary>max |1 − γλᵢ| over <paramref name="eigenvalues"/>: gradient descent's convergence factor.</summary>
    public static double GradientDescentFactor(double learningRate, IReadOnlyList<double> eigenvalues) =>
        Require.NotEmpty(eigenvalues, nameof(eigenvalues)).Max(l => GradientDescentFactor(learningRate, l));

    /// <summary>
    /// The step size 2 / (λmin + λmax) that minimises max |1 − γλ|, and its factor (κ − 1)/(κ + 1).
    /// </summary>
    public static TunedParameters OptimalGradientDescent(double smallestEigenvalue, double largestEigenvalue)
    {
        CheckSpectrum(smallestEigenvalue, largestEigenvalue);
        double kappa = largestEigenvalue / smallestEigenvalue;
        return new TunedParameters(2 / (smallestEigenvalue + largestEigenvalue), 0, (kappa - 1) / (kappa + 1));
    }

    /// <summary>The heavy-ball iteration matrix [[1 + α − γλ, −α], [1, 0]] acting on (w(k), w(k−1)).</summary>
    public static Matrix<double> HeavyBallMatrix(double learningRate, double momentum, double eigenvalue)
    {
        CheckHeavyBall(learningRate, momentum, eigenvalue);
        return Matrix<double>.Build.DenseOfArray(new[,] { { 1 + momentum - learningRate * eigenvalue, -momentum }, { 1, 0 } });
    }

    /// <summary>
    /// The spectral radius of <see cref="HeavyBallMatrix"/>: the largest |z| with
    /// z² − (1 + α − γλ) z + α = 0.
    /// </summary>
    /// <remarks>Complex roots (the damped, oscillating case) have |z| = √α exactly.</remarks>
    public static double HeavyBallFactor(double learningRate, double momentum, double eigenvalue)
    {
        CheckHeavyBall(learningRate, momentum, eigenvalue);
        return SpectralRadius(1 + momentum - learningRate * eigenvalue, momentum);
    }

    /// <summary>The largest <see cref="HeavyBallFactor(double, double, double)"/> over <paramref name="eigenvalues"/>.</summary>
    public static double HeavyBallFactor(double learningRate, double momentum, IReadOnlyList<double> eigenvalues) =>
        Require.NotEmpty(eigenvalues, nameof(eigenvalues)).Max(l => HeavyBallFactor(learningRate, momentum, l));

    /// <summary>
    /// Nesterov's iteration matrix [[(1 + α)(1 − γλ), −α(1 − γλ)], [1, 0]] on (w(k), w(k−1)): from
    /// w(k+1) = w(k) + αΔw(k) − γλ (w(k) + αΔw(k)), the gradient taken at the look-ahead point.
    /// </summary>
    public static Matrix<double> NesterovMatrix(double learningRate, double momentum, double eigenvalue)
    {
        CheckHeavyBall(learningRate, momentum, eigenvalue);
        double shrink = 1 - learningRate * eigenvalue;
        return Matrix<double>.Build.DenseOfArray(new[,] { { (1 + momentum) * shrink, -momentum * shrink }, { 1, 0 } });
    }

    /// <summary>The spectral radius of <see cref="NesterovMatrix"/>: Nesterov momentum's factor on one eigendirection.</summary>
    public static double NesterovFactor(double learningRate, double momentum, double eigenvalue)
    {
        CheckHeavyBall(learningRate, momentum, eigenvalue);
        double shrink = 1 - learningRate * eigenvalue;
        return SpectralRadius((1 + momentum) * shrink, momentum * shrink);
    }

    /// <summary>
    /// Polyak's optimal heavy ball for eigenvalues in [λmin, λmax]: γ = 4/(√λmax + √λmin)²,
    /// α = ((√κ − 1)/(√κ + 1))², factor (√κ − 1)/(√κ + 1) — √κ where gradient descent has κ.
    /// </summary>
    public static TunedParameters OptimalHeavyBall(double smallestEigenvalue, double largestEigenvalue)
    {
        CheckSpectrum(smallestEigenvalue, largestEigenvalue);
        double rootKappa = Math.Sqrt(largestEigenvalue / smallestEigenvalue);
        double factor = (rootKappa - 1) / (rootKappa + 1);
        double sum = Math.Sqrt(largestEigenvalue) + Math.Sqrt(smallestEigenvalue);
        return new TunedParameters(4 / (sum * sum), factor * factor, factor);
    }

    /// <summary>
    /// wᵢ(k) on one eigendirection under heavy ball from wᵢ(0) = <paramref name="start"/> with no
    /// previous step (w(−1) = w(0)), by the k-th power of <see cref="HeavyBallMatrix"/>. α = 0 is gradient descent.
    /// </summary>
    public static double HeavyBallIterate(double learningRate, double momentum, double eigenvalue, double start, int step)
    {
        Require.Finite(start, nameof(start));
        Require.AtLeast(step, 0, nameof(step));
        var state = HeavyBallMatrix(learningRate, momentum, eigenvalue).Power(step) * Vector<double>.Build.Dense([start, start]);
        return state[0];
    }

    /// <summary>
    /// 1/(1 − α): the limit of momentum's step over gradient descent's on a constant slope
    /// (lecture: "the step grows to −γ∇E/(1−α)"; α = 0.9 gives 10).
    /// </summary>
    /// <remarks>The geometric series Σ αʲ, written once in <see cref="ExponentialMovingAverage.EffectiveWindow"/>.</remarks>
    public static double ConstantSlopeSpeedUp(double momentum) =>
        ExponentialMovingAverage.EffectiveWindow(Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum)));

    /// <summary>
    /// (1 − αⁿ)/(1 − α) = 1 + α + … + αⁿ⁻¹: momentum's n-th step over gradient descent's on a constant slope.
    /// </summary>
    public static double ConstantSlopeSpeedUp(double momentum, int step)
    {
        Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum));
        Require.AtLeast(step, 1, nameof(step));
        return ExponentialMovingAverage.BiasCorrectionDivisor(momentum, step) * ExponentialMovingAverage.EffectiveWindow(momentum);
    }

    /// <summary>
    /// 1/(1 + α): momentum's step, relative to γ|g|, under a gradient that alternates in sign
    /// (+g, −g, +g, …) — the lecture's "across a steep valley the alternating gradients cancel".
    /// </summary>
    /// <remarks>The geometric series Σ (−α)ʲ = 1/(1 + α); compare <see cref="ConstantSlopeSpeedUp(double)"/>, Σ αʲ = 1/(1 − α).</remarks>
    public static double AlternatingGradientGain(double momentum) =>
        1 / (1 + Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum)));

    /// <summary>The largest |z| with z² − b z + c = 0 (complex roots have |z|² = c).</summary>
    private static double SpectralRadius(double b, double c)
    {
        double discriminant = b * b - 4 * c;
        return discriminant < 0 ? Math.Sqrt(c) : (Math.Abs(b) + Math.Sqrt(discriminant)) / 2;
    }

    private static void CheckSpectrum(double smallest, double largest)
    {
        Require.Positive(smallest, "smallestEigenvalue");
        Require.Positive(largest, "largestEigenvalue");
        if (largest < smallest)
            throw new ArgumentException($"largestEigenvalue ({largest}) must be at least smallestEigenvalue ({smallest}).", "largestEigenvalue");
    }

    private static void CheckHeavyBall(double learningRate, double momentum, double eigenvalue)
    {
        Require.Positive(learningRate, nameof(learningRate));
        Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum));
        Require.Positive(eigenvalue, nameof(eigenvalue));
    }
}
