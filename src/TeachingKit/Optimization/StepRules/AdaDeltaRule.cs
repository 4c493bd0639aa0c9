using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeachingKit.Optimization;

/// <summary>
/// Adadelta (Zeiler 2012, Alg. 1): r ← ρr + (1 − ρ)g², Δx = −√(u + δ)/√(r + δ)·g, u ← ρu + (1 − ρ)Δx²,
/// w ← w + learningRate·Δx. Vector 0 is r, 1 is u, 2 is η = learningRate·√(u + δ)/√(r + δ).
/// </summary>
/// <remarks>u is not bounded by an admissible gradient (the ratio can be large), so the rule keeps a
/// NaN/∞ probe of r and u for <see cref="Lanes.ThrowIfOverflowed"/>.</remarks>
internal struct AdaDeltaRule(double learningRate, double rho, double epsilon) : IStepRule
{
    private readonly Vector<double> _rho = new(rho), _oneMinusRho = new(1 - rho), _delta = new(epsilon), _rate = new(learningRate);

    /// <summary>Zero while every r and u written is finite.</summary>
    public Vector<double> Probe = Vector<double>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(Vector<double> g, scoped StepRegisters x)
    {
        var r = _rho * x.V0 + _oneMinusRho * (g * g);
        var ratio = Vector.SquareRoot(x.V1 + _delta) / Vector.SquareRoot(r + _delta);
        var dx = -ratio * g;
        var u = _rho * x.V1 + _oneMinusRho * (dx * dx);
        Probe += Lanes.NonFiniteProbe(r) + Lanes.NonFiniteProbe(u);
        x.V0 = r;
        x.V1 = u;
        x.V2 = _rate * ratio;
        x.W += _rate * dx;
    }
}
