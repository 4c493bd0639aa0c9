using TeachingKit.Networks;
using TeachingKit.Sampling;
using TeachingKit.Validation;

namespace TeachingKit.Symmetry;

/// <summary>One point of the permutation-saddle path.</summary>
/// <param name="Distance">The fixed distance d between the two chosen first-layer weight vectors (incoming weights and bias).</param>
/// <param name="Loss">The loss after every other weight relaxed.</param>
/// <param name="Parameters">All student parameters at that point.</param>
/// <param name="LabelsExchanged">False while merging, true after the two labels were exchanged at d = 0.</param>
public sealed record SaddlePathPoint(double Distance, double Loss, double[] Parameters, bool LabelsExchanged);

/// <summary>
/// The path between two permutation minima through a permutation point (lecture slide "From one
/// minimum to its permuted copy"; Brea et al. 2019, Fig. 2): start at the teacher, hold the distance
/// between first-layer neurons a and b at d while every other weight relaxes, sweep d to 0, exchange
/// the two labels there at no cost, and sweep d back up, ending at the teacher with a and b exchanged.
/// </summary>
/// <remarks>
/// The constraint is built into the coordinates: θ_a = c + (d/2)·u, θ_b = c − (d/2)·u with u = v/‖v‖,
/// and BFGS minimizes over c, v and every other weight at each d, warm-started from the previous d.
/// At d = 0 the two neurons coincide, so exchanging their labels (their outgoing weights, and u → −u)
/// changes no output; the way back is computed, not mirrored, and then relaxed freely.
/// </remarks>
public sealed class PermutationSaddlePath
{
    private PermutationSaddlePath() { }

    // The largest change of one weight per BFGS step while following the path: without it a relaxation
    // can leap to a distant branch (e.g. a neuron saturating into a step function) between two values of d.
    private const double MaxStep = 0.5;
    private const int MaxIterationsPerDistance = 500;

    /// <summary>The teacher–student problem the path was computed on.</summary>
    public required CommitteeMachine Problem { get; init; }

    /// <summary>The two neurons whose weight vectors are moved together.</summary>
    public required (int A, int B) Neurons { get; init; }

    /// <summary>d from the teacher's distance down to 0.</summary>
    public required IReadOnlyList<SaddlePathPoint> Merging { get; init; }

    /// <summary>d from 0 back up, after the labels were exchanged.</summary>
    public required IReadOnlyList<SaddlePathPoint> Separating { get; init; }

    /// <summary>The point at d = 0: the two hidden units coincide.</summary>
    public SaddlePathPoint PermutationPoint => Merging[^1];

    /// <summary>The end of the way back after a free (unconstrained) relaxation.</summary>
    public required BfgsResult RelaxedEnd { get; init; }

    /// <summary>The teacher with neurons a and b exchanged: the permuted global minimum.</summary>
    public required double[] PermutedTeacher { get; init; }

    /// <summary>max |θ_end − Pθ*|: how close the way back lands to the permuted teacher.</summary>
    public double DistanceToPermutedTeacher => MaxAbsDifference(RelaxedEnd.Point, PermutedTeacher);

    /// <summary>max |θ_end − θ*|: how far the end is from the unpermuted teacher it started at.</summary>
    public double DistanceToTeacher => MaxAbsDifference(RelaxedEnd.Point, Problem.TeacherParameters);

    /// <summary>
    /// True when the way back ended within 10⁻⁴ (every parameter) of the permuted teacher. It can fail: the
    /// constrained minimum may jump to another branch (see <see cref="FollowedOneBranch"/>) and end in another minimum.
    /// </summary>
    public bool ReachedPermutedMinimum => DistanceToPermutedTeacher <= 1e-4;

    /// <summary>The Hessian spectrum of the loss (every parameter free) at the permutation point.</summary>
    public required HessianSpectrum Spectrum { get; init; }

    /// <summary>
    /// uᵀHu for u = (e_{out,a} − e_{out,b})/√2, the difference of the two outgoing weights: at d = 0 the
    /// network depends only on their sum, so the symmetry makes this curvature zero.
    /// </summary>
    public required double SymmetryDirectionCurvature { get; init; }

    /// <summary>
    /// The largest change of any parameter between consecutive points of the path. Its size depends on the
    /// spacing of d; <see cref="LargestJumpPerDistance"/> is the spacing-free version that the verdict
    /// <see cref="FollowedOneBranch"/> uses.
    /// </summary>
    public double LargestJump => Steps().Max(step => step.Jump);

    /// <summary>
    /// max over consecutive points of max|Δθ|/|Δd|: on a branch that moves smoothly with d this is a slope that
    /// does not grow when d is sampled more finely; a leap to another branch is a finite jump over a shrinking
    /// |Δd|, so this ratio grows like 1/|Δd|.
    /// </summary>
    public double LargestJumpPerDistance => Steps().Max(step => step.Jump / step.DistanceStep);

    /// <summary>
    /// The threshold of <see cref="FollowedOneBranch"/>: at most this much change of a parameter per unit of d.
    /// Chosen between the measured values (teacher seed 1: 3.2 at 20 and 3.7 at 40 distances, a smooth path;
    /// seed 5: 39 and 34, a leap to another branch near d = 0).
    /// </summary>
    public const double MaxJumpPerDistance = 10.0;

    /// <summary>
    /// True when no step of the path changed a parameter by more than <see cref="MaxJumpPerDistance"/> per unit of d,
    /// i.e. the relaxation followed one continuous branch; false suggests a leap, and d should be sampled more finely.
    /// </summary>
    public bool FollowedOneBranch => LargestJumpPerDistance <= MaxJumpPerDistance;

    /// <summary>True when the relaxation at every d reached the gradient tolerance within its iteration limit.</summary>
    public required bool AllConverged { get; init; }

    /// <summary>Function-and-gradient evaluations over the whole path.</summary>
    public required int Evaluations { get; init; }

    /// <summary>Computes the path on <paramref name="problem"/> with <paramref name="distances"/> values of d from the teacher's distance to 0.</summary>
    public static PermutationSaddlePath Compute(CommitteeMachine problem, int neuronA = 0, int neuronB = 1,
        int distances = 40, double gradientTolerance = 1e-8)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int n = problem.HiddenNeurons;
        if ((uint)neuronA >= (uint)n) throw new ArgumentOutOfRangeException(nameof(neuronA), neuronA, $"{nameof(neuronA)} must lie in [0, {n}), but was {neuronA}.");
        if ((uint)neuronB >= (uint)n) throw new ArgumentOutOfRangeException(nameof(neuronB), neuronB, $"{nameof(neuronB)} must lie in [0, {n}), but was {neuronB}.");
        if (neuronA == neuronB) throw new ArgumentException($"{nameof(neuronA)} and {nameof(neuronB)} must be different neurons, but both are {neuronA}.", nameof(neuronB));
        Require.AtLeast(distances, 2, nameof(distances));
        Require.Positive(gradientTolerance, nameof(gradientTolerance));

        var net = problem.Network;
        var coordinates = new PairCoordinates(net, neuronA, neuronB);
        var teacher = problem.TeacherParameters;
        var z = coordinates.FromFull(teacher);
        double d0 = coordinates.Distance(teacher);
        var grid = Grid.Linspace(d0, 0, distances);
        int evaluations = 0;
        bool allConverged = true;

        List<SaddlePathPoint> Sweep(IEnumerable<double> ds, bool exchanged)
        {
            var points = new List<SaddlePathPoint>();
            foreach (double d in ds)
            {
                var result = Bfgs.Minimize((x, g) => coordinates.LossAndGradient(x, g, d, problem.Data), z, gradientTolerance, MaxIterationsPerDistance, MaxStep);
                allConverged &= result.Converged;
                evaluations += result.Evaluations;
                z = coordinates.NormalizeDirection(result.Point);
                points.Add(new SaddlePathPoint(d, result.Value, coordinates.ToFull(z, d), exchanged));
            }
            return points;
        }

        var merging = Sweep(grid, exchanged: false);
        z = coordinates.ExchangeLabels(z);
        var separating = Sweep(Enumerable.Reverse(grid), exchanged: true);

        var relaxed = Bfgs.Minimize((x, g) => net.LossAndGradient(x, problem.Data, g), separating[^1].Parameters, gradientTolerance);
        evaluations += relaxed.Evaluations;

        var swap = Enumerable.Range(0, n).Select(i => i == neuronA ? neuronB : i == neuronB ? neuronA : i).ToArray();
        var saddle = merging[^1].Parameters;
        var hessian = net.Hessian(saddle, problem.Data);
        var gradient = net.Gradient(saddle, problem.Data);
        int outA = net.WeightIndex(2, 0, neuronA), outB = net.WeightIndex(2, 0, neuronB);
        double symmetryCurvature = 0.5 * (hessian[outA, outA] - 2 * hessian[outA, outB] + hessian[outB, outB]);

        return new PermutationSaddlePath
        {
            Problem = problem,
            Neurons = (neuronA, neuronB),
            Merging = merging,
            Separating = separating,
            RelaxedEnd = relaxed,
            PermutedTeacher = net.PermuteHidden(teacher, 1, swap),
            Spectrum = HessianSpectrum.Classify(hessian, gradient.Max(Math.Abs), criticalTolerance: 100 * gradientTolerance),
            SymmetryDirectionCurvature = symmetryCurvature,
            Evaluations = evaluations,
            AllConverged = allConverged,
        };
    }

    private IEnumerable<(double Jump, double DistanceStep)> Steps() =>
        Merging.Zip(Merging.Skip(1)).Concat(Separating.Zip(Separating.Skip(1))).Select(pair =>
            (MaxAbsDifference(pair.First.Parameters, pair.Second.Parameters), Math.Abs(pair.First.Distance - pair.Second.Distance)));

    private static double MaxAbsDifference(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        x.Zip(y, (a, b) => Math.Abs(a - b)).Max();
}
