using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeachingKit.Optimization;

/// <summary>
/// Every momentum variant: v ← a·v + b·g, then w ← w + c·v + d·g (constants in <see cref="MomentumMethod"/>).
/// Vector 0 is v (the velocity Δw or the accumulated gradient).
/// </summary>
internal readonly struct VelocityRule(double a, double b, double c, double d) : IStepRule
{
    private readonly Vector<double> _a = new(a), _b = new(b), _c = new(c), _d = new(d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(Vector<double> g, scoped StepRegisters x)
    {
        var v = _a * x.V0 + _b * g;
        x.V0 = v;
        x.W += _c * v + _d * g;
    }
}
