using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Plateaus;

/// <summary>One optimizer's full-batch run through a plateau.</summary>
/// <param name="Optimizer">The optimizer's name.</param>
/// <param name="Losses">The loss at every step.</param>
/// <param name="GradientNorms">‖∇L‖ at every step.</param>
/// <param name="PlateauEnd">The first step whose loss is below the threshold, or null if the run never got there.</param>
public sealed record PlateauRun(string Optimizer, IReadOnlyList<double> Losses, IReadOnlyList<double> GradientNorms, int? PlateauEnd);

/// <summary>
/// The lecture's third plateau: a long stretch of a training curve where the loss stays high and the gradient is tiny —
/// here a tanh network started with tiny weights near the symmetric saddle at θ = 0, on XOR, which no linear function fits.
/// </summary>
/// <remarks>
/// Near θ = 0 the network is almost linear, so gradient descent first fits the best linear model (loss ¼ on XOR,
/// the plateau) and escapes only along the saddle's slowly growing negative-curvature direction. Momentum accumulates
/// the small, consistent gradient (up to 1/(1 − α) times the step, notebook 04); Adam divides it by its own size
/// (notebook 05), so a tiny gradient still gives a step of about the learning rate.
/// </remarks>
public static class PlateauRace
{
    /// <summary>XOR: inputs (±1, ±1), target 1 when the signs differ and 0 when they agree.</summary>
    public static Dataset Xor() => new(
        [[-1, -1], [-1, 1], [1, -1], [1, 1]],
        [[0], [1], [1], [0]]);

    /// <summary>Xavier weights (seed) scaled by <paramref name="scale"/>: a start as close to θ = 0 as the scale says.</summary>
    public static double[] ScaledStart(BatchMlp network, double scale, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.Positive(scale, nameof(scale));
        return network.InitialParameters(Initialization.Xavier, seed).Select(w => w * scale).ToArray();
    }

    /// <summary>Each optimizer for <paramref name="steps"/> full-batch steps from <paramref name="start"/>; the plateau ends at the first loss below <paramref name="threshold"/>.</summary>
    public static PlateauRun[] Run(BatchMlp network, Dataset data, IReadOnlyList<double> start, IReadOnlyList<Optimizer> optimizers, int steps, double threshold)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.NotEmpty(optimizers, nameof(optimizers));
        Require.AtLeast(steps, 1, nameof(steps));
        Require.Positive(threshold, nameof(threshold));
        var objective = network.ToObjective(data);
        var options = new RunOptions { MaxSteps = steps, RecordParameters = false };
        return optimizers.Select(optimizer =>
        {
            var trajectory = Optimize.Run(objective, optimizer, start, options).Trajectory;
            var losses = trajectory.Losses.ToArray();
            int end = Array.FindIndex(losses, l => l < threshold);
            return new PlateauRun(optimizer.Name, losses, trajectory.GradientNorms.ToArray(), end < 0 ? null : end);
        }).ToArray();
    }
}
