using System.Numerics;

namespace TeachingKit.Optimization;

/// <summary>
/// One optimizer's update of one register of parameters, applied by the single fused loop
/// <see cref="VectorKernels.Fused{TRule}"/>: the method's equations, written once over <see cref="Vector{T}"/>.
/// </summary>
/// <remarks>
/// Implementations are structs, so that the loop is compiled once per rule and the update inlined
/// (generic specialisation: no virtual call, constants kept in registers). A rule reads its inputs
/// from <see cref="StepRegisters"/> into locals and writes each output once at the end, so that the
/// JIT never has to reload a value through a reference that might alias a store.
/// </remarks>
internal interface IStepRule
{
    /// <summary>Updates the parameters <see cref="StepRegisters.W"/> and the method's vectors from the gradient <paramref name="g"/>.</summary>
    void Update(Vector<double> g, scoped StepRegisters x);
}
