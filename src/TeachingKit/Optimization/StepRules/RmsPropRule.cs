using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeachingKit.Optimization;

/// <summary>
/// RMSprop (Alg. 8.5), optionally centered (Graves 2013) and with momentum (Alg. 8.6):
/// r ← ρr + (1 − ρ)g², [s ← ρs + (1 − ρ)g, r − s² clamped at 0], η = learningRate/denominator,
/// step = −η⊙g, [v ← αv + step, step = v], w ← w + step. Vector 0 is r, 1 is s, 2 is v, 3 is η.
/// </summary>
internal readonly struct RmsPropRule<TCentered, TMomentum>(double learningRate, double rho, Denominator denominator, double momentum) : IStepRule
    where TCentered : struct, ISwitch
    where TMomentum : struct, ISwitch
{
    private readonly Vector<double> _rho = new(rho), _oneMinusRho = new(1 - rho), _rate = new(learningRate), _momentum = new(momentum);
    private readonly DenominatorLanes _denominator = new(denominator);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(Vector<double> g, scoped StepRegisters x)
    {
        var r = _rho * x.V0 + _oneMinusRho * (g * g);
        var meanSquare = r;
        if (TCentered.On)
        {
            var s = _rho * x.V1 + _oneMinusRho * g;
            meanSquare = Vector.Max(r - s * s, Vector<double>.Zero);
            x.V1 = s;
        }
        var eta = _rate / _denominator.Of(meanSquare);
        var step = -eta * g;
        if (TMomentum.On)
        {
            step = _momentum * x.V2 + step;
            x.V2 = step;
        }
        x.V0 = r;
        x.V3 = eta;
        x.W += step;
    }
}
