using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>The curvature of one network at its start and the largest learning rate full-batch gradient descent survives.</summary>
/// <param name="Name">A label for tables.</param>
/// <param name="Spectrum">The spectrum of the Hessian at the start.</param>
/// <param name="OutputSpectrum">The spectrum of the output layer's block (weights and bias), 2·E[ããᵀ] of the last hidden layer's outputs.</param>
/// <param name="PredictedStableRate">2/λmax at the start.</param>
/// <param name="MeasuredStableRate">The largest rate of the grid whose run did not diverge (NaN if none).</param>
public sealed record StableRateComparison(string Name, CurvatureSpectrum Spectrum, CurvatureSpectrum OutputSpectrum, double PredictedStableRate, double MeasuredStableRate);

/// <summary>
/// The lecture's cure B, batch normalisation (Ioffe &amp; Szegedy 2015): every hidden pre-activation is centred and
/// scaled over the batch, so the next layer sees centred, unit-variance inputs whatever the units of the data — the
/// standardisation of cure A repeated inside the network.
/// </summary>
/// <remarks>
/// <para>The Hessian of a batch-normalised <see cref="BatchMlp"/> and of the plain network it is compared with is exact:
/// column by column from the network's exact Hessian-vector products (<see cref="LossSurfaces.SecondOrderObjective.FromNetwork"/>). A batch-normalised layer ignores its bias (the batch mean removes it) and the scale of its
/// incoming weights, so its Hessian has flat directions and κ of the full Hessian is not informative; the output block,
/// 2·E[ããᵀ] of the features the last layer regresses on, and λmax, which bounds the learning rate, are.</para>
/// <para>The measured rate: full-batch gradient descent for a number of steps at each rate of a grid; a run diverges when
/// the driver stops it (<see cref="Optimize.Run"/>) or its final loss is above its first.</para>
/// </remarks>
public static class BatchNormConditioning
{
    /// <summary>The start's curvature and the stable rates of <paramref name="network"/> on <paramref name="data"/> (full batch, training mode).</summary>
    public static StableRateComparison Compare(string name, BatchMlp network, Dataset data, IReadOnlyList<double> start,
        IReadOnlyList<double> learningRates, int steps = 200)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(network);
        Require.NotEmpty(learningRates, nameof(learningRates));
        Require.AtLeast(steps, 1, nameof(steps));
        var objective = network.ToObjective(data);
        var hessian = LossSurfaces.SecondOrderObjective.FromNetwork(network, data).Hessian([.. start]);
        var output = ActivationCoupling.OutputIndices(network.Architecture);
        var block = Matrix<double>.Build.Dense(output.Length, output.Length, (i, j) => hessian[output[i], output[j]]);
        var spectrum = new CurvatureSpectrum(hessian);
        var options = new RunOptions { MaxSteps = steps, RecordParameters = false };
        double measured = double.NaN;
        foreach (double rate in learningRates.Order())
        {
            var run = Optimize.Run(objective, new Optimization.GradientDescent(rate), start, options);
            if (run.Diverged || !(run.FinalLoss <= run.Trajectory.Losses[0])) break;
            measured = rate;
        }
        return new StableRateComparison(name, spectrum, new CurvatureSpectrum(block), spectrum.LargestStableLearningRate, measured);
    }
}
