using System.Globalization;
using System.Numerics;
using Simd = System.Numerics.Vector;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TeachingKit.Validation;

namespace TeachingKit.Optimization;

/// <summary>
/// Adadelta (Zeiler 2012, Alg. 1): RMSprop whose learning rate is replaced by the running RMS of the
/// previous updates, so that the step has the units of the parameters and needs no learning rate.
/// </summary>
/// <remarks>
/// <para>Zeiler's update, in the kit's names (ρ → <c>beta2</c>): r ← ρr + (1 − ρ)g⊙g;
/// Δx = −√(u + δ)/√(r + δ) ⊙ g; u ← ρu + (1 − ρ)Δx⊙Δx; θ ← θ + learningRate·Δx.
/// δ is inside both square roots (Zeiler, PyTorch, Keras 3 alike). Defaults differ: Zeiler has no learning
/// rate (i.e. 1) with ρ = 0.95, δ = 10⁻⁶; PyTorch (<c>torch.optim.Adadelta</c>) lr = 1, rho = 0.9, eps = 10⁻⁶;
/// Keras 3 learning_rate = 0.001, rho = 0.95, epsilon = 10⁻⁷. The kit defaults to Zeiler's.
/// As in PyTorch and Keras, u averages the update before the learning rate scales it.</para>
/// <para>The first steps are tiny (√δ/√r scaled): u starts at 0, so Adadelta needs many steps to
/// reach speed — visible in the race. Diagnostic after each step:
/// <see cref="AdaptiveVectors.EffectiveLearningRate"/> = learningRate·√(u + δ)/√(r + δ), the factor on g.</para>
/// </remarks>
public sealed class AdaDelta : Optimizer
{
    private double[] _r = [], _u = [], _eta = [];

    /// <summary>Adadelta with Zeiler's defaults (learningRate 1, ρ = 0.95, δ = 10⁻⁶).</summary>
    /// <param name="learningRate">Scale of the update, positive (1 in Zeiler's paper).</param>
    /// <param name="beta2">ρ ∈ [0, 1), the decay of both running averages of squares (g² and Δx²) — a second-moment decay, β₂ as in <see cref="Adam"/>.</param>
    /// <param name="epsilon">δ, positive.</param>
    public AdaDelta(double learningRate = 1, double beta2 = 0.95, double epsilon = 1e-6)
    {
        LearningRate = Require.Positive(learningRate, nameof(learningRate));
        Beta2 = Require.InHalfOpenRange(beta2, 0, 1, nameof(beta2));
        Epsilon = Require.Positive(epsilon, nameof(epsilon));
    }

    /// <summary>The scale of the update.</summary>
    public double LearningRate { get; }

    /// <summary>ρ (β₂): the decay of both running averages of squares.</summary>
    public double Beta2 { get; }

    /// <summary>δ.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"Adadelta β₂={Beta2:G4}{(LearningRate == 1 ? "" : $" lr={LearningRate:G4}")}");

    /// <inheritdoc/>
    protected override double LargestAdmissibleGradient => Lanes.LargestSquarableGradient;

    /// <inheritdoc/>
    protected override void Allocate(int dimension)
    {
        _r = AddVector(AdaptiveVectors.SecondMoment);
        _u = AddVector(AdaptiveVectors.UpdateSecondMoment);
        _eta = AddVector(AdaptiveVectors.EffectiveLearningRate, OptimizerVectorKind.Diagnostic);
    }

    /// <inheritdoc/>
    protected override void OnReset() => Array.Clear(_eta);

    /// <inheritdoc/>
    protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        var w = MemoryMarshal.Cast<double, Vector<double>>(parameters);
        var g = MemoryMarshal.Cast<double, Vector<double>>(gradient);
        var r = MemoryMarshal.Cast<double, Vector<double>>(_r.AsSpan());
        var u = MemoryMarshal.Cast<double, Vector<double>>(_u.AsSpan());
        var eta = MemoryMarshal.Cast<double, Vector<double>>(_eta.AsSpan());
        var probe = Vector<double>.Zero;
        for (int i = 0; i < w.Length; i++)
        {
            var (wi, ri, ui, ei) = Update(w[i], g[i], r[i], u[i]);
            (w[i], r[i], u[i], eta[i]) = (wi, ri, ui, ei);
            probe += Lanes.NonFiniteProbe(ri) + Lanes.NonFiniteProbe(ui);
        }
        int full = w.Length * Vector<double>.Count;
        if (full < parameters.Length)
        {
            var (wi, ri, ui, ei) = Update(Lanes.LoadTail(parameters, full), Lanes.LoadTail(gradient, full),
                Lanes.LoadTail(_r, full), Lanes.LoadTail(_u, full));
            Lanes.StoreTail(wi, parameters, full);
            Lanes.StoreTail(ri, _r, full);
            Lanes.StoreTail(ui, _u, full);
            Lanes.StoreTail(ei, _eta, full);
            probe += Lanes.NonFiniteProbe(ri) + Lanes.NonFiniteProbe(ui);
        }
        Lanes.ThrowIfOverflowed(probe, this, AdaptiveVectors.SecondMoment);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (Vector<double> W, Vector<double> R, Vector<double> U, Vector<double> Eta) Update(
        Vector<double> w, Vector<double> g, Vector<double> r, Vector<double> u)
    {
        var rho = new Vector<double>(Beta2);
        var oneMinusRho = new Vector<double>(1 - Beta2);
        var delta = new Vector<double>(Epsilon);
        r = rho * r + oneMinusRho * (g * g);
        var ratio = Simd.SquareRoot(u + delta) / Simd.SquareRoot(r + delta);
        var dx = -ratio * g;
        u = rho * u + oneMinusRho * (dx * dx);
        return (w + new Vector<double>(LearningRate) * dx, r, u, new Vector<double>(LearningRate) * ratio);
    }
}
