using System.Numerics;

namespace TeachingKit.Differentiation;

/// <summary>
/// The record of one evaluation: every operation becomes a node holding its value, its operands
/// and its local first and second partial derivatives (a Wengert list with second-order entries).
/// </summary>
/// <remarks>
/// Storing ∂φ/∂a, ∂φ/∂b, ∂²φ/∂a², ∂²φ/∂a∂b, ∂²φ/∂b² per node is all that second-order
/// forward-over-reverse differentiation needs (Griewank &amp; Walther, <i>Evaluating Derivatives</i>,
/// 2nd ed., ch. 5). Inputs are the first nodes and have no operands (index −1).
/// </remarks>
internal sealed class Tape
{
    internal struct Node
    {
        public int A, B;
        public double Value, Da, Db, Daa, Dab, Dbb;
    }

    private Node[] _nodes = new Node[64];

    /// <summary>Number of recorded nodes.</summary>
    public int Count { get; private set; }

    /// <summary>True while a differentiation owns this tape (guards the per-thread cache against nesting).</summary>
    public bool InUse { get; set; }

    public ReadOnlySpan<Node> Nodes => _nodes.AsSpan(0, Count);

    // Work arrays of the sweeps, one entry per node (a SIMD block of directions for the Hessian's); kept
    // between calls so a warm tape allocates nothing.
    public double[] Adjoint = [];
    public Vector<double>[] TangentBlock = [];
    public Vector<double>[] AdjointTangentBlock = [];

    /// <summary>Bumped by every <see cref="Clear"/>, so a <see cref="Var"/> kept from an earlier recording is recognised as stale.</summary>
    public int Generation { get; private set; }

    public void Clear()
    {
        Count = 0;
        Generation++;
    }

    public int AddInput(double value) => Add(new Node { A = -1, B = -1, Value = value });

    public int AddUnary(double value, int a, double da, double daa) =>
        Add(new Node { A = a, B = -1, Value = value, Da = da, Daa = daa });

    public int AddBinary(double value, int a, int b, double da, double db, double daa, double dab, double dbb) =>
        Add(new Node { A = a, B = b, Value = value, Da = da, Db = db, Daa = daa, Dab = dab, Dbb = dbb });

    /// <summary>Makes the sweep work arrays at least as long as the tape.</summary>
    public void EnsureWorkArrays()
    {
        if (Adjoint.Length >= Count) return;
        int length = _nodes.Length;
        Adjoint = new double[length];
        TangentBlock = new Vector<double>[length];
        AdjointTangentBlock = new Vector<double>[length];
    }

    private int Add(in Node node)
    {
        if (Count == _nodes.Length) Array.Resize(ref _nodes, 2 * _nodes.Length);
        _nodes[Count] = node;
        return Count++;
    }
}
