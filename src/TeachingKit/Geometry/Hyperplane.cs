using TeachingKit.Validation;

namespace TeachingKit.Geometry;

/// <summary>
/// The hyperplane {x ∈ R^d : normal · x = offset}. A hidden neuron w·x + b is the hyperplane with
/// normal w and offset −b: the set where its pre-activation changes sign.
/// </summary>
public sealed class Hyperplane
{
    private readonly double[] _normal;

    /// <summary>Creates normal · x = offset; the normal must be finite and not the zero vector.</summary>
    public Hyperplane(IReadOnlyList<double> normal, double offset)
    {
        Require.NotEmpty(normal, nameof(normal));
        Require.AllFinite(normal, nameof(normal));
        Require.Finite(offset, nameof(offset));
        if (normal.All(c => c == 0))
            throw new ArgumentException("normal must not be the zero vector: a hyperplane needs a direction.", nameof(normal));
        _normal = normal.ToArray();
        Normal = Array.AsReadOnly(_normal);
        Offset = offset;
    }

    /// <summary>The hyperplane of a neuron with weights <paramref name="weights"/> and bias <paramref name="bias"/>: w·x + b = 0.</summary>
    public static Hyperplane FromNeuron(IReadOnlyList<double> weights, double bias) => new(weights, -Require.Finite(bias, nameof(bias)));

    /// <summary>The line a·x + b·y = c in the plane.</summary>
    public static Hyperplane Line(double a, double b, double c) => new([a, b], c);

    /// <summary>The normal vector (read-only).</summary>
    public IReadOnlyList<double> Normal { get; }

    /// <summary>The right-hand side of normal · x = offset.</summary>
    public double Offset { get; }

    /// <summary>Dimension d of the space the hyperplane lives in.</summary>
    public int Dimension => _normal.Length;

    /// <summary>normal · x − offset: positive on one side, negative on the other, zero on the hyperplane.</summary>
    public double Evaluate(ReadOnlySpan<double> x)
    {
        if (x.Length != _normal.Length)
            throw new ArgumentException($"x has dimension {x.Length}, but the hyperplane lives in R^{_normal.Length}; they must match.", nameof(x));
        double s = -Offset;
        for (int i = 0; i < x.Length; i++) s += _normal[i] * x[i];
        return s;
    }

    /// <summary>"1.5·x1 − 2·x2 = 0.5" style text.</summary>
    public override string ToString() =>
        string.Join(" + ", _normal.Select((c, i) => $"{c:G4}·x{i + 1}")).Replace("+ -", "− ") + $" = {Offset:G4}";
}
