using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeachingKit.Optimization;

/// <summary>
/// Adam (Alg. 8.7), AMSGrad and AdamW: s ← β₁s + (1 − β₁)g, r ← β₂r + (1 − β₂)g², [m ← max(m, r)],
/// w ← w(1 − lr·λ) − (lr/(1 − β₁ᵗ))·s/denominator(m). Vector 0 is s, 1 is r, 2 is m (AMSGrad),
/// 3, 4, 5 are the diagnostics ŝ, r̂, η.
/// </summary>
/// <remarks>With diagnostics the step is taken as −η⊙ŝ from the diagnostic values themselves, so that
/// filling them costs stores and one multiplication, not a second division.</remarks>
internal readonly struct AdamRule<TMaximum, TDiagnostics>(
    double beta1, double beta2, Denominator denominator, double learningRate, double correction1, double decay) : IStepRule
    where TMaximum : struct, ISwitch
    where TDiagnostics : struct, ISwitch
{
    private readonly Vector<double> _beta1 = new(beta1), _oneMinusBeta1 = new(1 - beta1);
    private readonly Vector<double> _beta2 = new(beta2), _oneMinusBeta2 = new(1 - beta2);
    private readonly Vector<double> _stepScale = new(learningRate / correction1), _inverseCorrection1 = new(1 / correction1);
    private readonly Vector<double> _rate = new(learningRate), _decay = new(decay);
    private readonly DenominatorLanes _denominator = new(denominator);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(Vector<double> g, scoped StepRegisters x)
    {
        var s = _beta1 * x.V0 + _oneMinusBeta1 * g;
        var r = _beta2 * x.V1 + _oneMinusBeta2 * (g * g);
        var m = TMaximum.On ? Vector.Max(x.V2, r) : r;
        var d = _denominator.Of(m);
        x.V0 = s;
        x.V1 = r;
        if (TMaximum.On) x.V2 = m;
        if (!TDiagnostics.On)
        {
            x.W = x.W * _decay - _stepScale * s / d;
            return;
        }
        var sHat = s * _inverseCorrection1;
        var eta = _rate / d;
        x.W = x.W * _decay - eta * sHat;
        x.V3 = sHat;
        x.V4 = m * _denominator.Scale;
        x.V5 = eta;
    }
}
