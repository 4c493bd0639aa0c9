using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// A first-order optimizer on a parameter vector: hyperparameters fixed at construction, a state
/// sized on first use, one in-place step from a gradient, and a reset.
/// </summary>
/// <remarks>
/// <para>To add an optimizer, derive from this class and override <see cref="Allocate"/> (create
/// each per-parameter vector with <see cref="AddVector"/>), <see cref="ApplyStep"/> (update the
/// parameters and the state in place) and, for scalar state, <see cref="OnReset"/>. Everything
/// else — argument checks, the step counter, the guard against NaN/∞ gradients (and, through
/// <see cref="LargestAdmissibleGradient"/>, against gradients the method would overflow on), reset, exposing
/// the vectors for diagnostics — lives here once.</para>
/// <para>A step allocates nothing: vectors are allocated once per dimension.</para>
/// <para>Look-ahead methods (Nesterov's momentum in the lecture's form) evaluate the gradient
/// somewhere other than at the parameters: they override <see cref="HasLookAhead"/> and
/// <see cref="LookAhead"/>, and the driver asks them where to evaluate.</para>
/// </remarks>
public abstract class Optimizer
{
    private readonly List<OptimizerVector> _vectors = [];

    /// <summary>A short name with the hyperparameters, for tables and chart legends.</summary>
    public abstract string Name { get; }

    /// <summary>The number of parameters the state is sized for (0 before the first step or reset).</summary>
    public int Dimension { get; private set; }

    /// <summary>Steps taken since the last reset. It is already incremented when <see cref="ApplyStep"/> runs (t = 1 on the first step).</summary>
    public long StepCount { get; private set; }

    /// <summary>The per-parameter state and diagnostic vectors, live (see <see cref="OptimizerVector"/>).</summary>
    public IReadOnlyList<OptimizerVector> Vectors => _vectors;

    /// <summary>The live vector called <paramref name="name"/>; throws if there is none.</summary>
    public double[] Vector(string name) =>
        _vectors.FirstOrDefault(v => v.Name == name)?.Values
        ?? throw new ArgumentException($"{Name} has no vector '{name}'; it has: {string.Join(", ", _vectors.Select(v => v.Name))}.", nameof(name));

    /// <summary>True when the gradient is to be evaluated at <see cref="LookAhead"/> rather than at the parameters.</summary>
    public virtual bool HasLookAhead => false;

    /// <summary>
    /// Writes into <paramref name="point"/> where the next gradient is to be evaluated, given the
    /// current <paramref name="parameters"/>. The default is the parameters themselves.
    /// </summary>
    public void LookAhead(ReadOnlySpan<double> parameters, Span<double> point)
    {
        Require.SameLength(point.Length, parameters.Length, nameof(point), nameof(parameters));
        EnsureDimension(parameters.Length);
        if (HasLookAhead) ComputeLookAhead(parameters, point);
        else parameters.CopyTo(point);
    }

    /// <summary>
    /// One step: updates <paramref name="parameters"/> and the state in place from
    /// <paramref name="gradient"/> (taken at <see cref="LookAhead"/> for look-ahead methods).
    /// </summary>
    /// <exception cref="ArgumentException">The lengths differ, or <see cref="Inadmissible"/> rejects the
    /// gradient (a NaN or infinite entry, or one too large for the method to square): then neither the
    /// parameters nor the state are touched.</exception>
    public void Step(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        string? rejection = TryStep(parameters, gradient);
        if (rejection is not null)
            throw new ArgumentException($"{rejection}; {Name} left the parameters and its state unchanged (step {StepCount}).", nameof(gradient));
    }

    /// <summary>
    /// <see cref="Step"/> for the driver: a gradient that <see cref="Inadmissible"/> refuses is not an
    /// error here but the reason returned (nothing touched), so the gradient is checked once per step.
    /// </summary>
    /// <param name="parameters">Updated in place.</param>
    /// <param name="gradient">The gradient.</param>
    /// <param name="gradientNorm">‖g‖₂ if the caller has it (the driver does), else NaN. Every |gᵢ| ≤ ‖g‖₂, so a
    /// norm safely below <see cref="LargestAdmissibleGradient"/> proves the gradient admissible without the guard's pass over g.</param>
    internal string? TryStep(Span<double> parameters, ReadOnlySpan<double> gradient, double gradientNorm = double.NaN)
    {
        Require.SameLength(gradient.Length, parameters.Length, nameof(gradient), nameof(parameters));
        if (gradient.Length == 0) throw new ArgumentException("parameters must not be empty.", nameof(parameters));
        EnsureDimension(parameters.Length);
        // The margin covers the norm's rounding (a computed norm may fall a few ulps below the largest |gᵢ|),
        // and a limit above 10⁻¹⁵⁰ the squares that underflow in the norm (|gᵢ| < 10⁻¹⁶¹).
        double limit = LargestAdmissibleGradient;
        string? rejection = gradientNorm < limit * (1 - 1e-9) && limit > 1e-150 ? null : Inadmissible(gradient);
        if (rejection is not null) return rejection;
        StepCount++;
        ApplyStep(parameters, gradient);
        return null;
    }

    /// <summary>
    /// Why a step from <paramref name="gradient"/> would be refused — a NaN or infinite entry, or an
    /// entry above <see cref="LargestAdmissibleGradient"/> — or null if it is admissible. Reads only;
    /// the state must be sized for the gradient (<see cref="Reset(int)"/>). The driver steps through <see cref="TryStep"/>, so that a refused gradient ends the run as diverged with the state intact.
    /// </summary>
    public string? Inadmissible(ReadOnlySpan<double> gradient)
    {
        if (gradient.Length != Dimension)
            throw new ArgumentException($"gradient has {gradient.Length} entries but {Name} is sized for {Dimension}; call Reset({gradient.Length}) first.", nameof(gradient));
        double limit = LargestAdmissibleGradient;
        int bad = VectorKernels.IndexOfMagnitudeAbove(gradient, limit);
        if (bad < 0) return null;
        double g = gradient[bad];
        return double.IsFinite(g)
            ? string.Create(CultureInfo.InvariantCulture,
                $"gradient[{bad}] = {g:G4} exceeds {limit:G4}, the largest magnitude {Name} can take without its state overflowing")
            : $"gradient[{bad}] must be a finite number, but was {g}";
    }

    /// <summary>
    /// The largest |gᵢ| a step accepts. Finite doubles for methods that do not square the gradient; the
    /// adaptive methods override it (g² must stay finite), so that overflow is refused before any state changes.
    /// </summary>
    protected virtual double LargestAdmissibleGradient => double.MaxValue;

    /// <summary>Forgets the state: zeroes every vector (state and diagnostic), the step count and any scalar state.</summary>
    public void Reset()
    {
        StepCount = 0;
        foreach (var v in _vectors) Array.Clear(v.Values);
        OnReset();
    }

    /// <summary>Sizes the state for <paramref name="dimension"/> parameters and resets it.</summary>
    public void Reset(int dimension)
    {
        Require.AtLeast(dimension, 1, nameof(dimension));
        if (dimension != Dimension)
        {
            _vectors.Clear();
            Dimension = dimension;
            Allocate(dimension);
        }
        Reset();
    }

    /// <summary>Creates the per-parameter vectors with <see cref="AddVector"/>. Called once per dimension.</summary>
    protected abstract void Allocate(int dimension);

    /// <summary>Updates <paramref name="parameters"/> and the state in place. Arguments are checked already.</summary>
    protected abstract void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient);

    /// <summary>Writes the look-ahead point; override together with <see cref="HasLookAhead"/>.</summary>
    protected virtual void ComputeLookAhead(ReadOnlySpan<double> parameters, Span<double> point) => parameters.CopyTo(point);

    /// <summary>Resets scalar state (state vectors are zeroed already).</summary>
    protected virtual void OnReset()
    {
    }

    /// <summary>Allocates a zeroed vector of <see cref="Dimension"/> entries, registers it under <paramref name="name"/> and returns it.</summary>
    protected double[] AddVector(string name, OptimizerVectorKind kind = OptimizerVectorKind.State)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_vectors.Any(v => v.Name == name))
            throw new InvalidOperationException($"{GetType().Name} registers the vector '{name}' twice.");
        var values = new double[Dimension];
        _vectors.Add(new OptimizerVector(name, kind, values));
        return values;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private void EnsureDimension(int dimension)
    {
        if (dimension != Dimension) Reset(dimension);
    }
}
