using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// A loss E(w) on a parameter vector w with its gradient: what an optimizer minimises.
/// </summary>
/// <remarks>
/// <see cref="Evaluate"/> writes the gradient into a buffer the caller owns, so a run of
/// thousands of steps allocates nothing per step. A stochastic objective (noisy or sampled
/// gradients) draws from a random stream fixed by its seed; <see cref="Reset"/> restarts that
/// stream, and the driver calls it before every run, so a rerun gives the same trajectory.
/// </remarks>
public abstract class Objective
{
    private double[] _scratch = [];

    /// <summary>Creates an objective on vectors of <paramref name="dimension"/> parameters.</summary>
    protected Objective(string name, int dimension)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Dimension = Require.AtLeast(dimension, 1, nameof(dimension));
    }

    /// <summary>A short name for tables and chart legends.</summary>
    public string Name { get; }

    /// <summary>The number of parameters.</summary>
    public int Dimension { get; }

    /// <summary>True when the gradient is a random sample (the driver then reseeds it before each run).</summary>
    public virtual bool IsStochastic => false;

    /// <summary>
    /// Returns E(<paramref name="parameters"/>) and writes ∇E (or, for a stochastic objective, a
    /// sample of it) into <paramref name="gradient"/>.
    /// </summary>
    /// <remarks>Both spans have length <see cref="Dimension"/>; implementations need not check (the driver does).</remarks>
    public abstract double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient);

    /// <summary>E(<paramref name="parameters"/>) alone (the exact loss, also for a stochastic objective).</summary>
    /// <remarks>The default evaluates the gradient into a private buffer; override when the value is cheaper alone.</remarks>
    public virtual double Value(ReadOnlySpan<double> parameters)
    {
        if (_scratch.Length != Dimension) _scratch = new double[Dimension];
        return Evaluate(parameters, _scratch);
    }

    /// <summary>Restarts the random stream of a stochastic objective; does nothing for a deterministic one.</summary>
    public virtual void Reset()
    {
    }

    /// <summary>An objective from a function that returns the value and fills the gradient.</summary>
    /// <param name="name">Name for legends.</param>
    /// <param name="dimension">Number of parameters.</param>
    /// <param name="valueAndGradient">Returns E(w) and writes ∇E(w) into its second argument.</param>
    public static Objective Create(string name, int dimension, GradientFunction valueAndGradient)
    {
        ArgumentNullException.ThrowIfNull(valueAndGradient);
        return new FunctionObjective(name, dimension, valueAndGradient);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} (dimension {Dimension})";

    private sealed class FunctionObjective(string name, int dimension, GradientFunction function)
        : Objective(name, dimension)
    {
        public override double Evaluate(ReadOnlySpan<double> parameters, Span<double> gradient) =>
            function(parameters, gradient);
    }
}

/// <summary>Returns E(w) for <paramref name="parameters"/> w and writes ∇E(w) into <paramref name="gradient"/>.</summary>
public delegate double GradientFunction(ReadOnlySpan<double> parameters, Span<double> gradient);
