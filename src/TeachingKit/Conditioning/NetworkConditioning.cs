using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>The exact Hessian's spectrum of a network at its random start and at the minimum training reached.</summary>
/// <param name="Name">A label for tables.</param>
/// <param name="Start">The spectrum at the initial weights.</param>
/// <param name="End">The spectrum at the end of training.</param>
/// <param name="StartLoss">The mean squared error at the start.</param>
/// <param name="EndLoss">The mean squared error at the end.</param>
/// <param name="Converged">True when training reached the gradient tolerance (a critical point, not just a stop).</param>
/// <param name="Iterations">The quasi-Newton iterations used.</param>
public sealed record ConditioningAtStartAndEnd(string Name, CurvatureSpectrum Start, CurvatureSpectrum End,
    double StartLoss, double EndLoss, bool Converged, int Iterations);

/// <summary>κ of a small network's exact Hessian before and after training, on raw or standardised inputs.</summary>
/// <remarks>
/// The Hessian is the network's exact one (<see cref="Mlp.Hessian"/>, forward-mode differentiation of
/// backpropagation); the loss is the mean squared error, the only loss it covers. Training is full-batch BFGS
/// (<see cref="Bfgs"/>) to a gradient tolerance, so "the end" is a minimum of the training loss, where the spectrum is
/// the local quadratic the lecture's κ law applies to. Near a minimum a network has flat directions (redundant
/// weights), so κ there is large whatever the inputs; the comparison that matters is raw against standardised.
/// </remarks>
public static class NetworkConditioning
{
    /// <summary>Spectra at the <paramref name="initialization"/> start (seed <paramref name="seed"/>) and after BFGS training.</summary>
    public static ConditioningAtStartAndEnd StartAndEnd(string name, BatchMlp network, Dataset data, Initialization initialization = Initialization.Xavier,
        int seed = 0, int maxIterations = 500, double gradientTolerance = 1e-7)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        if (network.LossFunction != LossFunction.SquaredError)
            throw new ArgumentException($"{nameof(network)} must use the squared error, whose exact Hessian the kit computes, but uses {network.LossFunction}.", nameof(network));
        Require.AtLeast(maxIterations, 1, nameof(maxIterations));
        var start = network.InitialParameters(initialization, seed);
        var trained = Bfgs.Minimize((theta, gradient) => network.LossAndGradient(theta, data, gradient), start, gradientTolerance, maxIterations);
        return new ConditioningAtStartAndEnd(name,
            new CurvatureSpectrum(network.Architecture.Hessian(start, data)),
            new CurvatureSpectrum(network.Architecture.Hessian(trained.Point, data)),
            network.Loss(start, data), trained.Value, trained.Converged, trained.Iterations);
    }
}
