using System.Numerics;
using System.Runtime.CompilerServices;

namespace TeachingKit.Optimization;

/// <summary>
/// AdaGrad: r ← r + g⊙g, η = learningRate/denominator(r), w ← w − η⊙g. Vector 0 is r, vector 1 is η.
/// Keeps the largest r seen, from which <see cref="AdaGrad"/> bounds the next admissible gradient.
/// </summary>
internal struct AdaGradRule(double learningRate, Denominator denominator, double largestSum) : IStepRule
{
    private readonly Vector<double> _rate = new(learningRate);
    private readonly DenominatorLanes _denominator = new(denominator);

    /// <summary>The running maximum of r, lane by lane.</summary>
    public Vector<double> Largest = new(largestSum);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(Vector<double> g, scoped StepRegisters x)
    {
        var r = x.V0 + g * g;
        var eta = _rate / _denominator.Of(r);
        // r is finite and ≥ 0 here, so a compare-and-select will do; Vector.Max's IEEE care for NaN and −0
        // puts three more instructions on this loop-carried chain.
        Largest = Vector.ConditionalSelect(Vector.GreaterThan(r, Largest), r, Largest);
        x.V0 = r;
        x.V1 = eta;
        x.W -= eta * g;
    }
}
