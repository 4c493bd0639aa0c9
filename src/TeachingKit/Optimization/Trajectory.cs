namespace TeachingKit.Optimization;

/// <summary>
/// What a run went through, step by step: entry k describes the parameters w(k) after k steps
/// (entry 0 is the start).
/// </summary>
/// <remarks>
/// Stored as columns (one array per quantity) so that a chart takes <see cref="Losses"/> or
/// <see cref="GradientNorms"/> directly and a long run allocates only when a column grows.
/// <see cref="GradientNorms"/>[k] is the norm of the gradient the (k+1)-th step used: at w(k),
/// or at the look-ahead point for look-ahead methods.
/// </remarks>
public sealed class Trajectory
{
    private readonly Dictionary<string, Column> _vectors = [];
    private readonly Column _parameters;
    private readonly Column _losses = new(1);
    private readonly Column _gradientNorms = new(1);
    private readonly Column _stepLengths = new(1);

    internal Trajectory(int dimension, bool recordParameters, int expectedCount)
    {
        Dimension = dimension;
        HasParameters = recordParameters;
        _parameters = new Column(recordParameters ? dimension : 0);
        // Preallocate for the step budget, within limits: a run stopped early by the tolerance wastes little.
        int capacity = Math.Clamp(expectedCount, 1, 1 << 17);
        _losses.Reserve(capacity);
        _gradientNorms.Reserve(capacity);
        _stepLengths.Reserve(capacity);
        if (recordParameters) _parameters.Reserve((int)Math.Min(capacity, (1L << 20) / dimension + 1));
    }

    /// <summary>The number of parameters.</summary>
    public int Dimension { get; }

    /// <summary>The number of recorded points (steps taken + 1).</summary>
    public int Count => _losses.Count;

    /// <summary>True when the parameters were recorded at every step.</summary>
    public bool HasParameters { get; }

    /// <summary>E(w(k)) for k = 0 … Count − 1.</summary>
    public ReadOnlySpan<double> Losses => _losses.All;

    /// <summary>‖∇E‖ of the gradient step k+1 used, for k = 0 … Count − 1.</summary>
    public ReadOnlySpan<double> GradientNorms => _gradientNorms.All;

    /// <summary>‖w(k) − w(k−1)‖ for k = 0 … Count − 1 (0 at k = 0).</summary>
    public ReadOnlySpan<double> StepLengths => _stepLengths.All;

    /// <summary>The parameters w(k); throws if parameters were not recorded.</summary>
    public ReadOnlySpan<double> Parameters(int step)
    {
        if (!HasParameters) throw new InvalidOperationException("This run did not record parameters (RunOptions.RecordParameters was false).");
        return _parameters.Row(CheckStep(step));
    }

    /// <summary>Coordinate <paramref name="index"/> of the parameters at every step (e.g. the x values of a 2-D path).</summary>
    public double[] Coordinate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Dimension);
        var values = new double[Count];
        for (int k = 0; k < Count; k++) values[k] = Parameters(k)[index];
        return values;
    }

    /// <summary>
    /// Every <paramref name="every"/>-th recorded point as a record (and always the last), for
    /// tables: a notebook shows a sequence of records as a table of their properties.
    /// </summary>
    public IEnumerable<TrajectoryPoint> Points(int every = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        for (int k = 0; k < Count; k++)
        {
            if (k % every != 0 && k != Count - 1) continue;
            yield return new TrajectoryPoint(k, HasParameters ? Parameters(k).ToArray() : null,
                Losses[k], GradientNorms[k], StepLengths[k]);
        }
    }

    /// <summary>max over the common steps k of ‖w(k) − w′(k)‖: how far two runs' iterates ever are apart.</summary>
    public double MaxDistance(Trajectory other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Dimension != Dimension)
            throw new ArgumentException($"other has dimension {other.Dimension}, but this trajectory has {Dimension}.", nameof(other));
        double max = 0;
        for (int k = 0; k < Math.Min(Count, other.Count); k++)
            max = Math.Max(max, VectorKernels.Distance(Parameters(k), other.Parameters(k)));
        return max;
    }

    /// <summary>The names of the optimizer vectors recorded (empty unless <see cref="RunOptions.RecordVectors"/>).</summary>
    public IReadOnlyCollection<string> VectorNames => _vectors.Keys;

    /// <summary>The optimizer vector <paramref name="name"/> after <paramref name="step"/> steps (entry 0: the state after reset).</summary>
    public ReadOnlySpan<double> Vector(string name, int step)
    {
        if (!_vectors.TryGetValue(name, out var column))
            throw new ArgumentException($"No vector '{name}' was recorded; recorded: {string.Join(", ", _vectors.Keys)}.", nameof(name));
        return column.Row(CheckStep(step));
    }

    internal void Add(ReadOnlySpan<double> parameters, double loss, double gradientNorm, double stepLength)
    {
        _losses.Add(new ReadOnlySpan<double>(in loss));
        _gradientNorms.Add(new ReadOnlySpan<double>(in gradientNorm));
        _stepLengths.Add(new ReadOnlySpan<double>(in stepLength));
        if (HasParameters) _parameters.Add(parameters);
    }

    internal void AddVector(string name, ReadOnlySpan<double> values)
    {
        if (!_vectors.TryGetValue(name, out var column))
            _vectors[name] = column = new Column(values.Length);
        column.Add(values);
    }

    /// <inheritdoc/>
    public override string ToString() => $"trajectory of {Count} points in dimension {Dimension}";

    private int CheckStep(int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, Count);
        return step;
    }

    /// <summary>A growable table of rows of equal width, stored in one array.</summary>
    private sealed class Column(int width)
    {
        private double[] _data = [];

        public int Count { get; private set; }

        public ReadOnlySpan<double> All => _data.AsSpan(0, Count * width);

        public ReadOnlySpan<double> Row(int index) => _data.AsSpan(index * width, width);

        public void Reserve(int rows)
        {
            if ((long)rows * width > _data.Length) Array.Resize(ref _data, rows * width);
        }

        public void Add(ReadOnlySpan<double> row)
        {
            if ((Count + 1) * width > _data.Length) Reserve(Math.Max(4, 2 * Count));
            row.CopyTo(_data.AsSpan(Count * width, width));
            Count++;
        }
    }
}
