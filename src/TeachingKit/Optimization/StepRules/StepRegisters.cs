using System.Numerics;

namespace TeachingKit.Optimization;

/// <summary>
/// The registers one step works on: the parameters and up to six per-parameter vectors, in the order
/// the optimizer hands its arrays to <see cref="VectorKernels.Fused{TRule}"/> (each rule says which is which).
/// </summary>
internal readonly ref struct StepRegisters
{
    public readonly ref Vector<double> W;
    public readonly ref Vector<double> V0;
    public readonly ref Vector<double> V1;
    public readonly ref Vector<double> V2;
    public readonly ref Vector<double> V3;
    public readonly ref Vector<double> V4;
    public readonly ref Vector<double> V5;

    public StepRegisters(ref Vector<double> w, ref Vector<double> v0, ref Vector<double> v1, ref Vector<double> v2,
        ref Vector<double> v3, ref Vector<double> v4, ref Vector<double> v5)
    {
        W = ref w;
        V0 = ref v0;
        V1 = ref v1;
        V2 = ref v2;
        V3 = ref v3;
        V4 = ref v4;
        V5 = ref v5;
    }
}
