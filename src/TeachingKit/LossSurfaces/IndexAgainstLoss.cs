using TeachingKit.CriticalPoints;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.LossSurfaces;

/// <summary>The sizes and settings of the index-against-loss experiment; the defaults run in a few seconds.</summary>
public sealed record IndexLossOptions
{
    /// <summary>Hidden units of the tanh network (inputs and outputs come from the data).</summary>
    public int HiddenUnits { get; init; } = 4;

    /// <summary>
    /// The loss: squared error on the one-hot targets by default, as in Pennington &amp; Bahri — with more residuals than parameters it has
    /// minima at a positive loss, whereas cross-entropy on separable data has none (the loss falls forever as the weights grow).
    /// </summary>
    public LossFunction Loss { get; init; } = LossFunction.SquaredError;

    /// <summary>Training runs (seeds 0, 1, …) whose trajectories give the starts.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>The epochs of each run at which its parameters become starts (0 = the initial weights).</summary>
    public IReadOnlyList<int> StartEpochs { get; init; } = [0, 3, 30];

    /// <summary>Minibatch SGD's learning rate for the trajectories.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>Minibatch size of the trajectories.</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>A point counts as critical when ‖∇L‖ is at most this.</summary>
    public double GradientThreshold { get; init; } = 1e-8;

    /// <summary>Steps each search may take.</summary>
    public int MaxIterations { get; init; } = 100;
}

/// <summary>One critical point found, with its exact Hessian spectrum.</summary>
/// <param name="Method">The search that found it.</param>
/// <param name="Run">The training run whose trajectory gave the start.</param>
/// <param name="StartEpoch">The epoch of that run the search started from.</param>
/// <param name="Loss">The training loss ε at the point.</param>
/// <param name="GradientNorm">‖∇L‖ there (at most the threshold).</param>
/// <param name="Eigenvalues">The Hessian's eigenvalues, ascending.</param>
/// <param name="Index">The number of negative eigenvalues (below −10⁻⁸·max|λ|, so that flat directions do not count).</param>
public sealed record FoundCriticalPoint(CriticalPointMethod Method, int Run, int StartEpoch, double Loss, double GradientNorm, double[] Eigenvalues, int Index)
{
    /// <summary>α = index / number of parameters: the fraction of negative eigenvalues.</summary>
    public double IndexFraction => (double)Index / Eigenvalues.Length;
}

/// <summary>What each method did: searches that ended below the gradient threshold and those that did not.</summary>
/// <param name="Method">The search.</param>
/// <param name="Found">Searches that reached ‖∇L‖ ≤ threshold.</param>
/// <param name="Failed">Searches that stopped above it (iteration limit, or no step lowered the merit function).</param>
/// <param name="Distinct">Different points among those found (two are the same when their losses agree to 10⁻⁹ and their indices match).</param>
public sealed record MethodCount(CriticalPointMethod Method, int Found, int Failed, int Distinct);

/// <summary>The experiment's points, counts and Pennington–Bahri fit.</summary>
/// <param name="Network">The network's description.</param>
/// <param name="Parameters">N, the number of parameters (the Hessian is N × N).</param>
/// <param name="Samples">Training samples.</param>
/// <param name="Points">Every point found below the threshold.</param>
/// <param name="Counts">Per method: found, failed, distinct.</param>
/// <param name="Fit">α(ε) = α₀(ε/ε_c − 1)^{3/2} fitted to the points.</param>
public sealed record IndexLossResult(string Network, int Parameters, int Samples, IReadOnlyList<FoundCriticalPoint> Points, IReadOnlyList<MethodCount> Counts, IndexLossFit Fit);

/// <summary>
/// Dauphin et al. 2014's Figure 1 at a size where everything is exact: critical points of a small tanh network found by Newton's
/// method, by minimising ‖∇L‖² and by saddle-free Newton, started from points along SGD trajectories; each point's exact Hessian
/// spectrum gives its index, plotted against its loss. The lecture's claim: high-loss critical points are saddles with many
/// negative directions, and the index falls as the loss falls.
/// </summary>
public static class IndexAgainstLoss
{
    /// <summary>Runs the experiment on <paramref name="data"/> (e.g. a <see cref="TeacherStudent"/> task) with the given sizes.</summary>
    public static IndexLossResult Run(Dataset data, IndexLossOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new IndexLossOptions();
        Require.AtLeast(options.HiddenUnits, 1, nameof(options));
        Require.AtLeast(options.Runs, 1, nameof(options));
        var network = new BatchMlp([data.InputDimension, options.HiddenUnits, data.OutputDimension], Activation.Tanh, options.Loss);
        var objective = SecondOrderObjective.FromNetwork(network, data);
        var points = new List<FoundCriticalPoint>();
        var found = new Dictionary<CriticalPointMethod, int>();
        var failed = new Dictionary<CriticalPointMethod, int>();
        foreach (var method in Enum.GetValues<CriticalPointMethod>()) (found[method], failed[method]) = (0, 0);
        for (int run = 0; run < options.Runs; run++)
            foreach (var (epoch, start) in Trajectory(network, data, run, options))
                foreach (var method in Enum.GetValues<CriticalPointMethod>())
                {
                    var result = CriticalPointFinder.Find(objective, start, method, options.GradientThreshold, options.MaxIterations);
                    if (!result.Converged) { failed[method]++; continue; }
                    found[method]++;
                    var eigenvalues = HessianClassifier.Eigenvalues(objective.Hessian(result.Point));
                    double zero = 1e-8 * eigenvalues.Max(Math.Abs);
                    points.Add(new FoundCriticalPoint(method, run, epoch, result.Value, result.GradientNorm, eigenvalues, eigenvalues.Count(l => l < -zero)));
                }
        var counts = Enum.GetValues<CriticalPointMethod>().Select(m => new MethodCount(m, found[m], failed[m], Distinct(points.Where(p => p.Method == m)))).ToArray();
        var fit = IndexLossFit.Fit(points.Select(p => p.Loss).ToArray(), points.Select(p => p.IndexFraction).ToArray());
        return new IndexLossResult(network.ToString(), network.ParameterCount, data.Count, points, counts, fit);
    }

    // θ after each start epoch of one SGD run (Xavier start, seed = run).
    private static IEnumerable<(int Epoch, double[] Parameters)> Trajectory(BatchMlp network, Dataset data, int run, IndexLossOptions options)
    {
        var trainer = new Trainer(network, data, new GradientDescent(options.LearningRate), network.InitialParameters(Initialization.Xavier, run),
            new TrainingOptions { BatchSize = options.BatchSize, Seed = run });
        var losses = new double[trainer.StepsPerEpoch];
        var norms = new double[trainer.StepsPerEpoch];
        foreach (int epoch in options.StartEpochs.Order())
        {
            while (trainer.Epochs < epoch) trainer.TrainEpoch(losses, norms);
            yield return (epoch, [.. trainer.Parameters]);
        }
    }

    private static int Distinct(IEnumerable<FoundCriticalPoint> points)
    {
        var kept = new List<FoundCriticalPoint>();
        foreach (var p in points)
            if (!kept.Any(q => q.Index == p.Index && Math.Abs(q.Loss - p.Loss) <= 1e-9)) kept.Add(p);
        return kept.Count;
    }
}
