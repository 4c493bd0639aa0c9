using MathNet.Numerics.LinearAlgebra;

namespace TeachingKit.Differentiation;

/// <summary>
/// f, ∇f and the Hessian H at one point: the second-order Taylor model
/// f(x + d) ≈ f(x) + ∇f·d + ½ dᵀHd.
/// </summary>
/// <param name="Value">f(x).</param>
/// <param name="Gradient">∇f(x).</param>
/// <param name="Hessian">H(x) = ∂²f/∂xᵢ∂xⱼ, symmetric.</param>
public sealed record SecondOrderDerivatives(double Value, Vector<double> Gradient, Matrix<double> Hessian)
{
    /// <summary>The quadratic model f(x) + ∇f·d + ½ dᵀHd at displacement d.</summary>
    public double QuadraticModel(IReadOnlyList<double> displacement)
    {
        TeachingKit.Validation.Require.SameLength(displacement.Count, Gradient.Count, nameof(displacement), nameof(Gradient));
        var d = Vector<double>.Build.DenseOfEnumerable(displacement);
        return Value + Gradient.DotProduct(d) + 0.5 * d.DotProduct(Hessian * d);
    }
}
