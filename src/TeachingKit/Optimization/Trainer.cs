using System.Globalization;
using TeachingKit.Networks;
using TeachingKit.Execution;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// Minibatch training of a <see cref="BatchMlp"/> with any <see cref="Optimizer"/>, one epoch at a time: the loop of
/// the lecture's SGD slide, with the optimizer's update in place of θ ← θ − λg.
/// </summary>
/// <remarks>
/// <para>Step k: draw batch B, take g = ∇L_B (at the optimizer's look-ahead point for Nesterov), let the optimizer
/// step, then scale the step by the schedule: θ ← θ_before + η(k)(θ_after − θ_before). Every optimizer of the kit steps
/// by its learning rate times a direction made from its state, and the state never sees the schedule, so this is the
/// optimizer run at η(k)·learningRate the way PyTorch schedules it (momentum in PyTorch's accumulated-gradient
/// semantics, whichever lecture form is chosen; a look-ahead point uses the unscaled velocity).</para>
/// <para>After the first step nothing is allocated: buffers are sized here, the optimizer's state on its first step.
/// A NaN or infinite loss or gradient, or a gradient the optimizer refuses, stops training (<see cref="Failure"/>).</para>
/// </remarks>
public sealed class Trainer
{
    private readonly BatchMlp _network;
    private readonly Dataset _data;
    private readonly Optimizer _optimizer;
    private readonly LearningRateSchedule _schedule;
    private readonly MinibatchSampler _sampler;
    private readonly double[] _gradient, _before, _point;

    /// <summary>Prepares training from <paramref name="start"/> (copied); the optimizer's state is reset.</summary>
    public Trainer(BatchMlp network, Dataset data, Optimizer optimizer, IReadOnlyList<double> start, TrainingOptions? options = null)
    {
        _network = network ?? throw new ArgumentNullException(nameof(network));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _optimizer = optimizer ?? throw new ArgumentNullException(nameof(optimizer));
        Require.AllFinite(start, nameof(start));
        Require.SameLength(start.Count, network.ParameterCount, nameof(start), "the network's parameter count");
        network.Loss(new double[network.ParameterCount], data, [0]);   // checks the data's shape against the network
        options ??= TrainingOptions.Default;
        if (options.BatchSize > data.Count)
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, $"The batch size {options.BatchSize} exceeds the {data.Count} training samples.");
        _schedule = options.Schedule;
        _sampler = new MinibatchSampler(data.Count, options.BatchSize, options.Sampling, options.Seed);
        Parameters = [.. start];
        _gradient = new double[Parameters.Length];
        _before = new double[Parameters.Length];
        _point = optimizer.HasLookAhead ? new double[Parameters.Length] : Parameters;
        optimizer.Reset(Parameters.Length);
    }

    /// <summary>The current parameters θ, updated in place by every step.</summary>
    public double[] Parameters { get; }

    /// <summary>Steps taken so far (k of the next step).</summary>
    public long Steps { get; private set; }

    /// <summary>Epochs completed.</summary>
    public int Epochs => _sampler.Epoch;

    /// <summary>⌈N/m⌉, the steps of one epoch.</summary>
    public int StepsPerEpoch => _sampler.BatchesPerEpoch;

    /// <summary>Why training stopped early, or null while it can go on.</summary>
    public string? Failure { get; private set; }

    /// <summary>
    /// One epoch; step j's minibatch loss and gradient norm go to <paramref name="batchLosses"/>[j] and
    /// <paramref name="gradientNorms"/>[j] (each at least <see cref="StepsPerEpoch"/> long). Returns the steps taken:
    /// fewer than <see cref="StepsPerEpoch"/> when training failed, and then θ is that before the failing step.
    /// </summary>
    public int TrainEpoch(Span<double> batchLosses, Span<double> gradientNorms)
    {
        if (batchLosses.Length < StepsPerEpoch || gradientNorms.Length < StepsPerEpoch)
            throw new ArgumentException($"batchLosses and gradientNorms must hold at least {StepsPerEpoch} entries, but hold {batchLosses.Length} and {gradientNorms.Length}.", nameof(batchLosses));
        if (Failure is not null) throw new InvalidOperationException($"Training has stopped: {Failure}");
        _sampler.NextEpoch();
        var interruption = Interruption.Current;
        for (int j = 0; j < StepsPerEpoch; j++)
        {
            interruption.ThrowIfCancellationRequested();
            if (_optimizer.HasLookAhead) _optimizer.LookAhead(Parameters, _point);
            double loss = _network.LossAndGradient(_point, _data, _sampler.Batch(j), _gradient);
            double norm = VectorKernels.Norm(_gradient);
            batchLosses[j] = loss;
            gradientNorms[j] = norm;
            string? failure = !double.IsFinite(loss) ? $"the minibatch loss is {loss}"
                : !double.IsFinite(norm) ? $"the gradient has a non-finite entry" : null;
            Parameters.CopyTo(_before, 0);
            failure ??= Step();
            if (failure is not null)
            {
                _before.CopyTo(Parameters, 0);
                Failure = string.Create(CultureInfo.InvariantCulture, $"step {Steps} (epoch {Epochs}): {failure}");
                return j;
            }
            Steps++;
        }
        return StepsPerEpoch;
    }

    // The optimizer's step scaled by η(k); the reason it failed, or null.
    private string? Step()
    {
        try
        {
            string? refused = _optimizer.TryStep(Parameters, _gradient);
            if (refused is not null) return refused;
        }
        catch (OverflowException overflow)
        {
            return overflow.Message;
        }
        double factor = _schedule.Factor(Steps);
        if (factor != 1) VectorKernels.ScaleAndAdd(Parameters, factor, 1 - factor, _before);
        int bad = VectorKernels.IndexOfNonFinite(Parameters);
        return bad < 0 ? null : $"the step made parameter {bad} {Parameters[bad]}";
    }
}
