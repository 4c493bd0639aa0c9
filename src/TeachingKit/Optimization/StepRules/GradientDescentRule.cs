using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeachingKit.Optimization;

/// <summary>Gradient descent, w ← w − γg. No vectors.</summary>
internal readonly struct GradientDescentRule(double learningRate) : IStepRule
{
    private readonly Vector<double> _minusRate = new(-learningRate);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(Vector<double> g, scoped StepRegisters x) => x.W += _minusRate * g;
}
