using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>How many steps gradient descent needs on one linear regression, predicted by κ and measured.</summary>
/// <param name="Name">A label for tables and charts.</param>
/// <param name="Spectrum">The exact Hessian's spectrum.</param>
/// <param name="LearningRate">The step 2/(λmin + λmax) that is optimal for gradient descent.</param>
/// <param name="PredictedFactor">(κ − 1)/(κ + 1), notebook 04's factor per step.</param>
/// <param name="MeasuredFactor">The factor fitted to the run's distances to the minimiser.</param>
/// <param name="Tolerance">The distance to reach, relative to the starting distance.</param>
/// <param name="PredictedSteps">⌈ln(tolerance)/ln(predicted factor)⌉.</param>
/// <param name="StepsTaken">The first step whose distance is within the tolerance, or null when the budget ran out first.</param>
/// <param name="Distances">‖θ(k) − θ*‖ for every step of the run.</param>
public sealed record GradientDescentSteps(string Name, CurvatureSpectrum Spectrum, double LearningRate, double PredictedFactor,
    double MeasuredFactor, double Tolerance, long PredictedSteps, int? StepsTaken, IReadOnlyList<double> Distances);

/// <summary>
/// Linear regression ŷ = Wx + b with the mean squared error, as a network without hidden layer: its Hessian is
/// constant, so its κ is that of the quadratic of notebook 04, and gradient descent obeys the κ law exactly.
/// </summary>
/// <remarks>
/// With the inputs extended by a constant 1, x̃ = (x, 1), the loss (1/N) Σ ‖Wx + b − y‖² has the Hessian
/// 2·E[x̃x̃ᵀ] for each output (LeCun et al., "Efficient BackProp", §5.1). Standardised inputs have E[x] = 0 and
/// E[xxᵀ] = R, the correlation matrix, so the Hessian becomes 2·diag(R, 1): its eigenvalues are 2 times those of R
/// and 2 (the bias). Uncentred inputs add the mean's outer product, a large eigenvalue along the mean and a small one
/// across it: a ravine. The Hessian here is the network's exact one (<see cref="Mlp.Hessian"/>), not this closed form.
/// </remarks>
public static class LinearRegression
{
    /// <summary>The model ŷ = Wx + b for <paramref name="data"/> (a <see cref="BatchMlp"/> with no hidden layer, squared error).</summary>
    public static BatchMlp Model(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new BatchMlp([data.InputDimension, data.OutputDimension], Activation.Linear, LossFunction.SquaredError);
    }

    /// <summary>The exact Hessian of the mean squared error (the same at every θ).</summary>
    public static Matrix<double> Hessian(Dataset data)
    {
        var model = Model(data);
        return model.Architecture.Hessian(new double[model.ParameterCount], data);
    }

    /// <summary>The least-squares parameters θ*: one Newton step from 0, exact for a quadratic.</summary>
    public static double[] Minimizer(Dataset data) => Minimizer(data, Hessian(data));

    private static double[] Minimizer(Dataset data, Matrix<double> hessian)
    {
        var model = Model(data);
        var gradient = new double[model.ParameterCount];
        model.LossAndGradient(new double[model.ParameterCount], data, gradient);
        return Newton.Step(hessian, gradient);
    }

    /// <summary>⌈ln(tolerance)/ln(factor)⌉: the steps a method contracting by <paramref name="factor"/> per step needs to shrink a distance by <paramref name="tolerance"/>.</summary>
    public static long StepsToShrink(double factor, double tolerance)
    {
        if (!(factor >= 0 && factor < 1)) throw new ArgumentOutOfRangeException(nameof(factor), factor, $"{nameof(factor)} must lie in [0, 1), but was {factor}.");
        if (!(tolerance > 0 && tolerance < 1)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"{nameof(tolerance)} must lie in (0, 1), but was {tolerance}.");
        return factor == 0 ? 1 : (long)Math.Ceiling(Math.Log(tolerance) / Math.Log(factor));
    }

    /// <summary>
    /// Gradient descent from θ = 0 with the optimal step 2/(λmin + λmax) of the exact Hessian, for twice the predicted
    /// steps but at most <paramref name="maxSteps"/>; the predicted and measured factors and steps to
    /// <paramref name="tolerance"/>.
    /// </summary>
    public static GradientDescentSteps GradientDescent(string name, Dataset data, double tolerance = 1e-6, int maxSteps = 5000)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Require.AtLeast(maxSteps, 4, nameof(maxSteps));
        var hessian = Hessian(data);
        var spectrum = new CurvatureSpectrum(hessian);
        if (spectrum.Smallest <= 0) throw new ArgumentException("The Hessian is singular: remove constant or duplicated features.", nameof(data));
        var tuned = QuadraticTheory.OptimalGradientDescent(spectrum.Smallest, spectrum.Largest);
        long predicted = StepsToShrink(tuned.Factor, tolerance);
        int steps = (int)Math.Min(maxSteps, 2 * predicted);
        var model = Model(data);
        var run = Optimize.Run(model.ToObjective(data), new Optimization.GradientDescent(tuned.LearningRate), new double[model.ParameterCount],
            new RunOptions { MaxSteps = steps });
        var distances = ConvergenceRate.DistancesTo(run.EnsureNotDiverged().Trajectory, Minimizer(data, hessian));
        int reached = Array.FindIndex(distances, d => d <= tolerance * distances[0]);
        return new GradientDescentSteps(name, spectrum, tuned.LearningRate, tuned.Factor, ConvergenceRate.Measure(distances), tolerance,
            predicted, reached < 0 ? null : reached, distances);
    }
}
