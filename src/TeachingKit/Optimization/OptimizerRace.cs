using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// One course of the optimizer race (after Alec Radford's animations): a 2-D landscape, a start, the
/// box to draw, a step budget and the field of racers with hyperparameters chosen for the course.
/// </summary>
/// <remarks>
/// The racers are created afresh for every <see cref="Run"/>, and every objective is deterministic,
/// so a rerun gives the same paths. Learning rates are per method, as in the original animation:
/// each is roughly the largest that keeps the method stable on the course, so the race compares how
/// the methods cope with the landscape rather than one arbitrary step size.
/// </remarks>
public sealed class RaceCourse
{
    private readonly Func<Optimizer[]> _racers;

    /// <summary>A course on <paramref name="objective"/> (2 parameters) from <paramref name="start"/> with <paramref name="steps"/> steps.</summary>
    public RaceCourse(string title, Objective objective, IReadOnlyList<double> start,
        (double Min, double Max) x, (double Min, double Max) y, int steps, Func<Optimizer[]> racers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(racers);
        if (objective.Dimension != 2) throw new ArgumentException($"objective must have 2 parameters, but has {objective.Dimension}.", nameof(objective));
        Require.SameLength(Require.AllFinite(start, nameof(start)).Count, 2, nameof(start), nameof(objective));
        Title = title;
        Objective = objective;
        Start = start.ToArray();
        X = x;
        Y = y;
        Steps = Require.AtLeast(steps, 1, nameof(steps));
        _racers = racers;
    }

    /// <summary>A title for the charts.</summary>
    public string Title { get; }

    /// <summary>The landscape.</summary>
    public Objective Objective { get; }

    /// <summary>Where every racer starts.</summary>
    public IReadOnlyList<double> Start { get; }

    /// <summary>The x range to draw.</summary>
    public (double Min, double Max) X { get; }

    /// <summary>The y range to draw.</summary>
    public (double Min, double Max) Y { get; }

    /// <summary>The step budget.</summary>
    public int Steps { get; }

    /// <summary>A fresh field of racers.</summary>
    public Optimizer[] Racers() => _racers();

    /// <summary>Runs every racer for <see cref="Steps"/> steps (a racer that diverges stops early, and says so).</summary>
    public OptimizationResult[] Run()
    {
        var options = new RunOptions { MaxSteps = Steps };
        return Racers().Select(r => Optimize.Run(Objective, r, Start, options)).ToArray();
    }
}

/// <summary>The three courses of the race: the saddle, Rosenbrock's long valley and Beale's function.</summary>
public static class OptimizerRace
{
    /// <summary>
    /// The saddle x² − y² from (1, 10⁻³), just off the ridge: gradient descent and momentum first slide
    /// to the saddle point and leave it only as fast as 10⁻³ grows geometrically; the adaptive methods
    /// divide the tiny y-gradient by its own size and walk off within 6 (AdaGrad) to 21 (Adadelta) steps.
    /// </summary>
    public static RaceCourse Saddle(int steps = 40) => new("saddle x² − y²", RaceLandscapes.Saddle, [1.0, 1e-3],
        (-1.2, 1.2), (-1.2, 1.2), steps, () =>
        [
            new GradientDescent(0.05), new Momentum(0.01, 0.9), new NesterovMomentum(0.01, 0.9),
            new AdaGrad(0.1), new AdaDelta(), new RmsProp(0.02), new Adam(0.05),
        ]);

    /// <summary>
    /// Rosenbrock's valley from (−1.5, 2): down the steep wall, then the long, flat, curved floor to (1, 1).
    /// With <paramref name="everyMethod"/> the field also has the variants: centered RMSprop, RMSprop with
    /// Nesterov momentum (Alg. 8.6), Adam without bias correction, AMSGrad and AdamW (whose weight decay
    /// pulls towards 0, so it settles slightly short of (1, 1)).
    /// </summary>
    public static RaceCourse Rosenbrock(int steps = 800, bool everyMethod = false) => new("Rosenbrock's valley", RaceLandscapes.Rosenbrock, [-1.5, 2.0],
        (-2.0, 2.0), (-1.0, 3.0), steps, () =>
        [
            new GradientDescent(1e-3), new Momentum(2e-4, 0.9), new NesterovMomentum(2e-4, 0.9),
            new AdaGrad(0.5), new AdaDelta(), new RmsProp(0.01), new Adam(0.05),
            .. everyMethod
                ? new Optimizer[]
                {
                    new RmsProp(0.01, centered: true), new RmsProp(0.001, momentum: 0.9, nesterov: true),
                    new Adam(0.05, biasCorrection: false), Adam.AmsGrad(0.05), Adam.AdamW(0.05, weightDecay: 0.01),
                }
                : [],
        ]);

    /// <summary>
    /// Beale's function from (1, 1.5): a plateau, steep walls and the minimum at (3, ½). The drawing box
    /// [0, 4] × [−1.5, 2] holds every racer's path of the default 400 steps (x from 0.40 to 2.99, y from −0.95
    /// to 1.5), so the paths are not lost in the function's usual [−4.5, 4.5]² square.
    /// </summary>
    public static RaceCourse Beale(int steps = 400) => new("Beale's function", RaceLandscapes.Beale, [1.0, 1.5],
        (0.0, 4.0), (-1.5, 2.0), steps, () =>
        [
            new GradientDescent(1e-3), new Momentum(1e-3, 0.9), new NesterovMomentum(1e-3, 0.9),
            new AdaGrad(0.5), new AdaDelta(), new RmsProp(0.01), new Adam(0.05),
        ]);

    /// <summary>
    /// The badly scaled quadratic 0.1x² + 2y² from (−5, −2) with the step sizes of the d2l RMSprop lesson
    /// (learning rate 0.4, δ = 10⁻⁶ inside the square root as d2l has it): gradient descent zig-zags across y
    /// and crawls along x; RMSprop equalises the two. d2l reports x₁ = −0.010599 for RMSprop and
    /// (−2.382563, −0.158591) for AdaGrad after 20 steps.
    /// </summary>
    public static RaceCourse BadlyScaledQuadratic(int steps = 20) => new("0.1x² + 2y²", RaceLandscapes.BadlyScaledQuadratic, [-5.0, -2.0],
        (-5.5, 1.5), (-3.0, 2.0), steps, () =>
        [
            new GradientDescent(0.4), new Momentum(0.4, 0.5), new AdaGrad(0.4, 1e-6, EpsilonPlacement.InsideSquareRoot), new RmsProp(0.4, 0.9, 1e-6), new Adam(0.4),
        ]);
}
