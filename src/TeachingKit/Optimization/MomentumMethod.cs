using System.Globalization;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// What heavy-ball and Nesterov momentum share: a step size γ, a momentum α ∈ [0, 1), and one
/// per-parameter state vector (the velocity Δw or the accumulated gradient), updated by the fused
/// loop <see cref="VectorKernels.VelocityUpdate"/>: s ← a·s + b·g, w ← w + c·s + d·g, each variant
/// with its own constants (<see cref="Coefficients"/>).
/// </summary>
public abstract class MomentumMethod : Optimizer
{
    private readonly string _label;

    /// <summary>Checks and stores γ &gt; 0 and α ∈ [0, 1); <paramref name="label"/> starts the <see cref="Name"/>.</summary>
    protected MomentumMethod(string label, double learningRate, double momentum)
    {
        _label = label;
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        Momentum = Require.InHalfOpenRange(momentum, 0, 1, nameof(momentum));
    }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"{_label} lr={LearningRate:G4} α={Momentum:G4}");

    /// <summary>The step size γ.</summary>
    public double LearningRate { get; }

    /// <summary>The momentum α (the constructor's <c>momentum</c>): the weight of the previous step.</summary>
    public double Momentum { get; }

    /// <summary>The name of the state vector: "velocity" (Δw) or "accumulatedGradient".</summary>
    public abstract string StateName { get; }

    /// <summary>The live state vector (sized on the first step).</summary>
    protected double[] State { get; private set; } = [];

    /// <summary>The constants (a, b, c, d) of the update s ← a·s + b·g, w ← w + c·s + d·g.</summary>
    protected abstract (double A, double B, double C, double D) Coefficients { get; }

    /// <inheritdoc/>
    protected override void Allocate(int dimension) => State = AddVector(StateName);

    /// <inheritdoc/>
    protected sealed override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        var (a, b, c, d) = Coefficients;
        VectorKernels.VelocityUpdate(parameters, State, gradient, a, b, c, d);
    }

    /// <summary>Throws unless <paramref name="form"/> is a defined value of its enum.</summary>
    protected static TForm CheckForm<TForm>(TForm form) where TForm : struct, Enum =>
        Enum.IsDefined(form) ? form
            : throw new ArgumentOutOfRangeException(nameof(form), form, $"form must be a defined {typeof(TForm).Name}.");
}
