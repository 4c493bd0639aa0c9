using System.Globalization;
using System.Numerics;

namespace TeachingKit.Optimization;

/// <summary>Limits and the overflow backstop shared by the adaptive methods' step rules.</summary>
internal static class Lanes
{
    /// <summary>
    /// 10¹⁵⁴: the largest gradient magnitude the adaptive methods accept. Its square, 10³⁰⁸, is below
    /// double.MaxValue ≈ 1.8·10³⁰⁸, and every running average of squares stays below the largest square
    /// averaged, so neither g² nor r can overflow.
    /// </summary>
    public const double LargestSquarableGradient = 1e154;

    /// <summary>x·0: zero for finite lanes, NaN for NaN or ±∞ — summed over a loop, one cheap overflow flag.</summary>
    public static Vector<double> NonFiniteProbe(Vector<double> x) => x * Vector<double>.Zero;

    /// <summary>
    /// A backstop: throws when a fused loop produced a non-finite state entry although the gradient was
    /// admissible (<see cref="Optimizer.Inadmissible"/> refuses gradients that would square to ∞ before any
    /// state changes, so this needs e.g. Adadelta's update average to overflow): reset before going on.
    /// </summary>
    public static void ThrowIfOverflowed(Vector<double> probe, Optimizer optimizer, string vector)
    {
        if (Vector.EqualsAll(probe, Vector<double>.Zero)) return;
        throw new OverflowException(string.Create(CultureInfo.InvariantCulture,
            $"{optimizer.Name}: the state vector '{vector}' became infinite or NaN at step {optimizer.StepCount} (a gradient entry too large to square); call Reset() before the next step."));
    }
}
