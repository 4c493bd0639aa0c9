using TeachingKit.CriticalPoints;
using TeachingKit.Differentiation;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.Landscapes;

/// <summary>
/// A named test function of the lecture: its formula in LaTeX, the function itself over
/// <see cref="Var"/> (so it has exact derivatives), and its known critical points.
/// </summary>
/// <remarks>
/// Optimizers elsewhere in the kit use the plain <see cref="Value(double[])"/>/<see cref="Gradient(double[])"/>
/// API over <c>double[]</c>; both evaluate the one formula in <see cref="Function"/>.
/// </remarks>
public sealed class Landscape
{
    /// <summary>Creates a landscape; <paramref name="function"/> must read exactly <paramref name="dimension"/> coordinates.</summary>
    public Landscape(string name, string latex, int dimension, Func<Var[], Var> function,
        IReadOnlyList<KnownCriticalPoint> knownCriticalPoints, (double Min, double Max)? plotRange = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(latex);
        Require.AtLeast(dimension, 1, nameof(dimension));
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(knownCriticalPoints);
        foreach (var point in knownCriticalPoints)
            Require.SameLength(point.Point.Length, dimension, nameof(knownCriticalPoints), nameof(dimension));
        Name = name;
        Latex = latex;
        Dimension = dimension;
        Function = function;
        KnownCriticalPoints = knownCriticalPoints;
        PlotRange = plotRange ?? (-2, 2);
    }

    /// <summary>Short name, e.g. "Himmelblau".</summary>
    public string Name { get; }

    /// <summary>The formula in LaTeX (without dollar signs).</summary>
    public string Latex { get; }

    /// <summary>Number of variables.</summary>
    public int Dimension { get; }

    /// <summary>The function over <see cref="Var"/>: pass it to <see cref="AutoDiff"/> or <see cref="HessianClassifier"/>.</summary>
    public Func<Var[], Var> Function { get; }

    /// <summary>Critical points the lecture or the literature names (for the smooth test functions: all of them in the plotted box).</summary>
    public IReadOnlyList<KnownCriticalPoint> KnownCriticalPoints { get; }

    /// <summary>A square [Min, Max]² that shows the interesting part (for 2-D plots).</summary>
    public (double Min, double Max) PlotRange { get; }

    /// <summary>f(w).</summary>
    public double Value(double[] w) => AutoDiff.Value(Function, Checked(w));

    /// <summary>∇f(w).</summary>
    public double[] Gradient(double[] w) => AutoDiff.Gradient(Function, Checked(w));

    /// <summary>f(w), writing ∇f(w) into <paramref name="gradient"/> (allocation-free apart from the inputs).</summary>
    public double ValueAndGradient(double[] w, Span<double> gradient) => AutoDiff.ValueAndGradient(Function, Checked(w), gradient);

    /// <summary>f(x, y) for a 2-D landscape, e.g. to sample a contour plot.</summary>
    public double Value(double x, double y)
    {
        if (Dimension != 2) throw new InvalidOperationException($"{Name} has {Dimension} variables, not 2.");
        return AutoDiff.Value(Function, [x, y]);
    }

    /// <summary>Value, gradient and Hessian at w.</summary>
    public SecondOrderDerivatives SecondOrder(double[] w) => AutoDiff.SecondOrder(Function, Checked(w));

    /// <summary>The Hessian test (and, if degenerate, the probe) at w.</summary>
    public CriticalPointReport Analyze(double[] w, ClassifierOptions? options = null) =>
        HessianClassifier.Analyze(Function, Checked(w), options);

    /// <summary>
    /// This landscape as an <see cref="Objective"/> for <see cref="Optimize"/>.Run: the one formula, with the exact
    /// gradient by automatic differentiation. Each call returns a fresh objective, so parallel runs share nothing.
    /// </summary>
    public Objective ToObjective()
    {
        var point = new double[Dimension];
        return Objective.Create(Name, Dimension, (w, g) =>
        {
            w.CopyTo(point);
            return ValueAndGradient(point, g);
        });
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    // f cannot notice coordinates it never reads (h ≡ 0 reads none), so the declared dimension is checked here.
    private double[] Checked(double[] w)
    {
        ArgumentNullException.ThrowIfNull(w);
        Require.SameLength(w.Length, Dimension, nameof(w), $"{Name}'s dimension");
        return w;
    }
}
