using System.Globalization;
using TeachingKit.Execution;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// The driver: runs an <see cref="Optimizer"/> on an <see cref="Objective"/> from a starting
/// point, records the <see cref="Trajectory"/>, and applies the stopping rules of <see cref="RunOptions"/>.
/// </summary>
/// <remarks>
/// Step k evaluates the gradient once (at w(k), or at the optimizer's look-ahead point), records
/// w(k), E(w(k)), the gradient norm and ‖w(k) − w(k−1)‖, checks the stopping rules, then lets the
/// optimizer update w in place — unless the optimizer refuses the gradient (<see cref="Optimizer.Inadmissible"/>),
/// which ends the run as <see cref="StopReason.Diverged"/> with the state untouched. The loop allocates nothing beyond the growth of the recorded columns.
/// Before the run the optimizer is reset and a stochastic objective reseeded, so reruns agree.
/// </remarks>
public static class Optimize
{
    /// <summary>Runs <paramref name="optimizer"/> on <paramref name="objective"/> from <paramref name="start"/>.</summary>
    /// <param name="objective">The loss and its gradient.</param>
    /// <param name="optimizer">The method; its state is reset first.</param>
    /// <param name="start">The starting parameters w(0) (finite, length = the objective's dimension). Not modified.</param>
    /// <param name="options">Stopping rules and what to record; <see cref="RunOptions.Default"/> when null.</param>
    public static OptimizationResult Run(Objective objective, Optimizer optimizer, IReadOnlyList<double> start, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(optimizer);
        Require.AllFinite(start, nameof(start));
        Require.SameLength(start.Count, objective.Dimension, nameof(start), nameof(objective));
        options ??= RunOptions.Default;

        int n = objective.Dimension;
        var w = start.ToArray();
        var previous = new double[n];
        var gradient = new double[n];
        var point = optimizer.HasLookAhead ? new double[n] : w;
        objective.Reset();
        optimizer.Reset(n);
        var trajectory = new Trajectory(n, options.RecordParameters, options.MaxSteps + 1);

        long gradientEvaluations = 0, valueEvaluations = 0;
        double lossLimit = double.NaN, lastLoss = double.NaN;
        var interruption = Interruption.Current;
        for (int k = 0; ; k++)
        {
            interruption.ThrowIfCancellationRequested();
            if (optimizer.HasLookAhead) optimizer.LookAhead(w, point);
            double loss = objective.Evaluate(point, gradient);
            gradientEvaluations++;
            if (optimizer.HasLookAhead)
            {
                loss = objective.Value(w);
                valueEvaluations++;
            }
            double gradientNorm = VectorKernels.Norm(gradient);

            string? failure = Failure(loss, gradient, w, lossLimit);
            if (failure is not null && k == 0)
                throw new ArgumentException($"The objective is not usable at the start: {failure}.", nameof(start));
            if (failure is not null)
                return Finish(StopReason.Diverged, k - 1, previous, lastLoss,
                    string.Create(CultureInfo.InvariantCulture, $"Diverged at step {k}: {failure}; the last finite point (step {k - 1}) is returned."));

            trajectory.Add(w, loss, gradientNorm, k == 0 ? 0 : VectorKernels.Distance(w, previous));
            if (options.RecordVectors) RecordVectors(trajectory, optimizer);
            if (k == 0) lossLimit = loss + options.DivergenceFactor * Math.Max(1, Math.Abs(loss));
            lastLoss = loss;

            if (gradientNorm <= options.GradientTolerance)
                return Finish(StopReason.Converged, k, w, loss,
                    string.Create(CultureInfo.InvariantCulture, $"Converged: gradient norm {gradientNorm:G4} ≤ {options.GradientTolerance:G4} after {k} steps."));
            if (k == options.MaxSteps)
                return Finish(StopReason.MaxSteps, k, w, loss,
                    string.Create(CultureInfo.InvariantCulture, $"Used all {k} steps; gradient norm {gradientNorm:G4}."));

            // A gradient the method cannot take (it would overflow the state) ends the run as diverged
            // before anything changes; the point of step k is returned.
            w.CopyTo(previous, 0);
            string? refused;
            try
            {
                refused = optimizer.TryStep(w, gradient, gradientNorm);
            }
            catch (OverflowException overflow)
            {
                optimizer.Reset();
                return Finish(StopReason.Diverged, k, previous, loss,
                    string.Create(CultureInfo.InvariantCulture, $"Diverged at step {k + 1}: {overflow.Message} The optimizer was reset; the point of step {k} is returned."));
            }
            if (refused is not null)
                return Finish(StopReason.Diverged, k, w, loss,
                    string.Create(CultureInfo.InvariantCulture, $"Diverged at step {k}: {refused}; the optimizer's state is unchanged and the point of step {k} is returned."));
        }

        OptimizationResult Finish(StopReason reason, int steps, double[] final, double finalLoss, string message) =>
            new(optimizer.Name, objective.Name, reason, steps, (double[])final.Clone(), finalLoss,
                gradientEvaluations, valueEvaluations, trajectory, message);
    }

    private static string? Failure(double loss, ReadOnlySpan<double> gradient, ReadOnlySpan<double> w, double lossLimit)
    {
        int bad = VectorKernels.IndexOfNonFinite(w);
        if (bad >= 0) return $"parameter {bad} is {w[bad]}";
        if (!double.IsFinite(loss)) return $"the loss is {loss}";
        bad = VectorKernels.IndexOfNonFinite(gradient);
        if (bad >= 0) return $"gradient entry {bad} is {gradient[bad]}";
        if (loss > lossLimit) return string.Create(CultureInfo.InvariantCulture, $"the loss {loss:G4} exceeds the divergence limit {lossLimit:G4}");
        return null;
    }

    private static void RecordVectors(Trajectory trajectory, Optimizer optimizer)
    {
        foreach (var v in optimizer.Vectors) trajectory.AddVector(v.Name, v.Values);
    }
}
