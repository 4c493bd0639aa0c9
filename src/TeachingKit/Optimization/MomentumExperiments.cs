using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>Momentum's measured speed-up on a constant slope next to the limit 1/(1 − α).</summary>
/// <param name="Momentum">α.</param>
/// <param name="Steps">How many steps were taken.</param>
/// <param name="Measured">Momentum's last step length over gradient descent's.</param>
/// <param name="AfterSteps">The prediction (1 − αⁿ)/(1 − α) after that many steps.</param>
/// <param name="Limit">The limit 1/(1 − α).</param>
public sealed record SpeedUpPoint(double Momentum, int Steps, double Measured, double AfterSteps, double Limit);

/// <summary>Measured and predicted convergence factors on a quadratic of condition number κ.</summary>
/// <param name="ConditionNumber">κ = λmax/λmin.</param>
/// <param name="GradientDescentMeasured">Measured factor of gradient descent with the optimal step.</param>
/// <param name="GradientDescentTheory">(κ − 1)/(κ + 1).</param>
/// <param name="HeavyBallMeasured">Measured factor of heavy ball with Polyak's optimal (γ, α).</param>
/// <param name="HeavyBallTheory">(√κ − 1)/(√κ + 1).</param>
public sealed record ConditionPoint(
    double ConditionNumber, double GradientDescentMeasured, double GradientDescentTheory,
    double HeavyBallMeasured, double HeavyBallTheory);

/// <summary>The notebook's experiments on momentum, each a short loop over library calls.</summary>
public static class MomentumExperiments
{
    /// <summary>
    /// Runs gradient descent and momentum for <paramref name="steps"/> steps down the slope E(w) = w
    /// and returns momentum's last step length over gradient descent's.
    /// </summary>
    public static SpeedUpPoint SpeedUpOnSlope(double momentum, int steps, double learningRate = 0.01)
    {
        Require.AtLeast(steps, 1, nameof(steps));
        var slope = new LinearSlope([1.0]);
        var options = new RunOptions { MaxSteps = steps, RecordParameters = false };
        double gd = Optimize.Run(slope, new GradientDescent(learningRate), [0.0], options).Trajectory.StepLengths[^1];
        double heavy = Optimize.Run(slope, new Momentum(learningRate, momentum), [0.0], options).Trajectory.StepLengths[^1];
        return new SpeedUpPoint(momentum, steps, heavy / gd,
            QuadraticTheory.ConstantSlopeSpeedUp(momentum, steps), QuadraticTheory.ConstantSlopeSpeedUp(momentum));
    }

    /// <summary><see cref="SpeedUpOnSlope"/> for each of <paramref name="momenta"/>.</summary>
    public static SpeedUpPoint[] SpeedUpSweep(IReadOnlyList<double> momenta, int steps) =>
        Require.NotEmpty(momenta, nameof(momenta)).Select(a => SpeedUpOnSlope(a, steps)).ToArray();

    /// <summary>
    /// Feeds momentum the alternating gradient +1, −1, +1, … for <paramref name="steps"/> steps
    /// and returns its last step length over γ (the lecture's damping across the valley; → 1/(1 + α)).
    /// </summary>
    public static double AlternatingGradientGain(double momentum, int steps, double learningRate = 0.01)
    {
        Require.AtLeast(steps, 1, nameof(steps));
        var optimizer = new Momentum(learningRate, momentum);
        double[] w = [0.0], g = [1.0];
        double before = 0;
        for (int k = 0; k < steps; k++)
        {
            before = w[0];
            g[0] = k % 2 == 0 ? 1 : -1;
            optimizer.Step(w, g);
        }
        return Math.Abs(w[0] - before) / learningRate;
    }

    /// <summary>
    /// Runs both forms of Nesterov momentum from <paramref name="start"/> and returns
    /// max over k of ‖p(k) − (w(k) + αΔw(k))‖: how far the framework's parameters p ever are from
    /// the lecture's look-ahead points (zero up to rounding; see <see cref="NesterovMomentum"/>).
    /// </summary>
    public static double NesterovFormsGap(Objective objective, double learningRate, double momentum, IReadOnlyList<double> start, int steps)
    {
        ArgumentNullException.ThrowIfNull(objective);
        Require.AtLeast(steps, 0, nameof(steps));
        var options = new RunOptions { MaxSteps = steps, RecordVectors = true };
        var lecture = Optimize.Run(objective, new NesterovMomentum(learningRate, momentum, NesterovForm.LookAhead), start, options).Trajectory;
        var framework = Optimize.Run(objective, new NesterovMomentum(learningRate, momentum, NesterovForm.Framework), start, options).Trajectory;
        var lookAhead = new double[objective.Dimension];
        double gap = 0;
        for (int k = 0; k < Math.Min(lecture.Count, framework.Count); k++)
        {
            VectorKernels.Combine(lecture.Parameters(k), momentum, lecture.Vector("velocity", k), lookAhead);
            gap = Math.Max(gap, VectorKernels.Distance(lookAhead, framework.Parameters(k)));
        }
        return gap;
    }

    /// <summary>
    /// For each κ, runs gradient descent with the optimal step and heavy ball with Polyak's optimal
    /// (γ, α) for <paramref name="steps"/> steps on <see cref="Quadratic.WithConditionNumber"/>
    /// (from w = (1, …, 1)), and measures their factors with <see cref="ConvergenceRate"/>.
    /// </summary>
    public static ConditionPoint[] ConditionSweep(IReadOnlyList<double> conditionNumbers, int steps, int dimension = 3)
    {
        Require.NotEmpty(conditionNumbers, nameof(conditionNumbers));
        Require.AtLeast(steps, 2, nameof(steps));
        var options = new RunOptions { MaxSteps = steps };
        var points = new ConditionPoint[conditionNumbers.Count];
        for (int i = 0; i < points.Length; i++)
        {
            double kappa = conditionNumbers[i];
            var quadratic = Quadratic.WithConditionNumber(kappa, dimension);
            var start = Enumerable.Repeat(1.0, dimension).ToArray();
            var minimizer = new double[dimension];
            var gd = QuadraticTheory.OptimalGradientDescent(1, kappa);
            var hb = QuadraticTheory.OptimalHeavyBall(1, kappa);
            var gdRun = Optimize.Run(quadratic, new GradientDescent(gd.LearningRate), start, options);
            var hbRun = Optimize.Run(quadratic, new Momentum(hb.LearningRate, hb.Momentum), start, options);
            points[i] = new ConditionPoint(kappa,
                ConvergenceRate.Measure(gdRun.Trajectory, minimizer), gd.Factor,
                ConvergenceRate.Measure(hbRun.Trajectory, minimizer), hb.Factor);
        }
        return points;
    }
}
