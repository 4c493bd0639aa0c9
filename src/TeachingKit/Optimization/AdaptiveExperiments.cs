using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>Adam's t-th step on a constant gradient, divided by the learning rate, with and without bias correction.</summary>
/// <param name="Step">t (1-based).</param>
/// <param name="Corrected">Measured |Δθ|/learningRate with bias correction (≈ 1 at every t).</param>
/// <param name="Uncorrected">Measured |Δθ|/learningRate without it.</param>
/// <param name="UncorrectedTheory">(1 − β₁ᵗ)/√(1 − β₂ᵗ + δ) from the closed form (<see cref="AdamTheory.StepOnConstantGradient"/>).</param>
public sealed record BiasCorrectionPoint(int Step, double Corrected, double Uncorrected, double UncorrectedTheory);

/// <summary>Adam's raw and bias-corrected moments of one coordinate, step by step (entry k: after step k + 1).</summary>
/// <param name="FirstMoment">s.</param>
/// <param name="CorrectedFirstMoment">ŝ = s/(1 − β₁ᵗ).</param>
/// <param name="SecondMoment">r.</param>
/// <param name="CorrectedSecondMoment">r̂ = r/(1 − β₂ᵗ).</param>
public sealed record MomentTrace(double[] FirstMoment, double[] CorrectedFirstMoment, double[] SecondMoment, double[] CorrectedSecondMoment);

/// <summary>Per-weight effective learning rate and step of a run, both divided by the learning rate (entry k: step k + 1).</summary>
/// <param name="EffectiveLearningRate">[weight][step]: ηᵢ/learningRate.</param>
/// <param name="Step">[weight][step]: |Δθᵢ|/learningRate.</param>
public sealed record PerWeightTrace(double[][] EffectiveLearningRate, double[][] Step);

/// <summary>The notebook's experiments on the adaptive methods, each a short loop over library calls.</summary>
public static class AdaptiveExperiments
{
    /// <summary>
    /// Runs Adam with and without bias correction for <paramref name="steps"/> steps on the constant
    /// gradient g = 1 and returns both step sizes per learning rate with the closed form.
    /// </summary>
    public static BiasCorrectionPoint[] BiasCorrectionSteps(int steps = 200, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        Require.AtLeast(steps, 1, nameof(steps));
        const double learningRate = 1e-3;
        var constant = GradientSequence.Constant([1.0]);
        var options = new RunOptions { MaxSteps = steps, RecordParameters = false };
        var corrected = Optimize.Run(constant, new Adam(learningRate, beta1, beta2, epsilon), [0.0], options).Trajectory.StepLengths.ToArray();
        var uncorrected = Optimize.Run(constant, new Adam(learningRate, beta1, beta2, epsilon, biasCorrection: false), [0.0], options).Trajectory.StepLengths.ToArray();
        return Enumerable.Range(1, steps).Select(t => new BiasCorrectionPoint(t, corrected[t] / learningRate, uncorrected[t] / learningRate,
            -AdamTheory.StepOnConstantGradient(t, 1.0, learningRate, beta1, beta2, epsilon, biasCorrection: false) / learningRate)).ToArray();
    }

    /// <summary>
    /// Runs <paramref name="adam"/> for <paramref name="steps"/> steps on <paramref name="source"/> from
    /// <paramref name="start"/> and returns the raw and corrected moments of coordinate <paramref name="coordinate"/>.
    /// </summary>
    public static MomentTrace Moments(Objective source, Adam adam, IReadOnlyList<double> start, int steps = 200, int coordinate = 0)
    {
        ArgumentNullException.ThrowIfNull(adam);
        if (!adam.Diagnostics) throw new ArgumentException("adam must fill its diagnostic vectors (diagnostics: true).", nameof(adam));
        ArgumentNullException.ThrowIfNull(start);
        RequireIndex(coordinate, start.Count, nameof(coordinate));
        var trajectory = RecordedRun(source, adam, start, steps);
        return new MomentTrace(
            Series(trajectory, AdaptiveVectors.FirstMoment, coordinate), Series(trajectory, AdaptiveVectors.CorrectedFirstMoment, coordinate),
            Series(trajectory, AdaptiveVectors.SecondMoment, coordinate), Series(trajectory, AdaptiveVectors.CorrectedSecondMoment, coordinate));
    }

    /// <summary>
    /// Runs <paramref name="optimizer"/> on the fixed gradients of <paramref name="sequence"/> and returns each
    /// weight's effective learning rate and step, divided by <paramref name="learningRate"/>.
    /// </summary>
    public static PerWeightTrace PerWeight(GradientSequence sequence, Optimizer optimizer, double learningRate, int steps = 200)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        Require.Positive(learningRate, nameof(learningRate));
        var trajectory = RecordedRun(sequence, optimizer, new double[sequence.Dimension], steps);
        var eta = new double[sequence.Dimension][];
        var step = new double[sequence.Dimension][];
        for (int i = 0; i < eta.Length; i++)
        {
            eta[i] = Series(trajectory, AdaptiveVectors.EffectiveLearningRate, i).Select(e => e / learningRate).ToArray();
            var w = trajectory.Coordinate(i);
            step[i] = Enumerable.Range(1, steps).Select(k => Math.Abs(w[k] - w[k - 1]) / learningRate).ToArray();
        }
        return new PerWeightTrace(eta, step);
    }

    /// <summary>The mean of <paramref name="values"/> over their last <paramref name="count"/> entries (a long-run level).</summary>
    public static double TailMean(IReadOnlyList<double> values, int count)
    {
        Require.NotEmpty(values, nameof(values));
        Require.AtLeast(count, 1, nameof(count));
        count = Math.Min(count, values.Count);
        double sum = 0;
        for (int k = values.Count - count; k < values.Count; k++) sum += values[k];
        return sum / count;
    }

    /// <summary>Entry <paramref name="index"/> of the recorded vector <paramref name="name"/> after steps 1 … Count − 1.</summary>
    public static double[] Series(Trajectory trajectory, string name, int index)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        RequireIndex(index, trajectory.Dimension, nameof(index));
        var values = new double[trajectory.Count - 1];
        for (int k = 1; k < trajectory.Count; k++) values[k - 1] = trajectory.Vector(name, k)[index];
        return values;
    }

    /// <summary>
    /// The effective learning rate Adam is expected to have at each step of a recorded run on
    /// <paramref name="mean"/> plus gradient noise of variance <paramref name="variance"/> on coordinate
    /// <paramref name="coordinate"/>: step k averages E[gᵢ²] = σ² + (∇E(w⁽ᵏ⁻¹⁾))ᵢ² along the recorded path with the
    /// bias-corrected running average of decay <paramref name="beta2"/>, and η = learningRate/√(r̂ + δ)
    /// (δ inside the root, the slide's convention). Entry k − 1 belongs to step k, as in <see cref="Series"/>.
    /// </summary>
    /// <param name="mean">The noise-free objective whose gradient the noise is added to.</param>
    /// <param name="trajectory">A run that recorded its parameters.</param>
    /// <param name="coordinate">The parameter coordinate.</param>
    /// <param name="variance">σ² of the noise on that coordinate, non-negative.</param>
    /// <param name="learningRate">Adam's learning rate, positive.</param>
    /// <param name="beta2">Decay of the second moment, in [0, 1).</param>
    /// <param name="epsilon">δ, positive.</param>
    public static double[] ExpectedEffectiveLearningRate(Objective mean, Trajectory trajectory, int coordinate, double variance,
        double learningRate, double beta2 = 0.999, double epsilon = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(trajectory);
        if (!trajectory.HasParameters || trajectory.Count < 2)
            throw new ArgumentException("The trajectory must record its parameters for at least one step.", nameof(trajectory));
        RequireIndex(coordinate, trajectory.Dimension, nameof(coordinate));
        if (!(variance >= 0) || double.IsInfinity(variance))
            throw new ArgumentException($"variance must be finite and non-negative, but was {variance}.", nameof(variance));
        Require.InHalfOpenRange(beta2, 0, 1, nameof(beta2));
        Require.Positive(learningRate, nameof(learningRate));
        Require.Positive(epsilon, nameof(epsilon));
        var gradient = new double[trajectory.Dimension];
        var expectedSquares = new double[trajectory.Count - 1];
        for (int k = 0; k < expectedSquares.Length; k++)
        {
            mean.Evaluate(trajectory.Parameters(k), gradient);
            expectedSquares[k] = variance + gradient[coordinate] * gradient[coordinate];
        }
        double[] rHat = ExponentialMovingAverage.Smooth(expectedSquares, beta2, biasCorrection: true);
        return rHat.Select(r => learningRate / Math.Sqrt(r + epsilon)).ToArray();
    }

    private static void RequireIndex(int index, int count, string paramName)
    {
        if (index < 0 || index >= count)
            throw new ArgumentOutOfRangeException(paramName, index, $"{paramName} must be a coordinate in [0, {count}), but was {index}.");
    }

    private static Trajectory RecordedRun(Objective source, Optimizer optimizer, IReadOnlyList<double> start, int steps)
    {
        Require.AtLeast(steps, 1, nameof(steps));
        var result = Optimize.Run(source, optimizer, start, new RunOptions { MaxSteps = steps, RecordVectors = true });
        return result.EnsureNotDiverged().Trajectory;
    }
}
