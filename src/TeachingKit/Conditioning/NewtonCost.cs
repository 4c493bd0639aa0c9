using System.Diagnostics;
using TeachingKit.Execution;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Conditioning;

/// <summary>The measured cost of one Newton step for a network of <paramref name="Parameters"/> weights.</summary>
/// <param name="Parameters">N, the number of weights and biases.</param>
/// <param name="HessianSeconds">Wall time of the exact Hessian (<see cref="Mlp.Hessian"/>).</param>
/// <param name="SolveSeconds">Wall time of the LU solve H d = −g of <see cref="Newton.Step"/>.</param>
/// <param name="AllocatedBytes">Bytes the thread allocated for the Hessian and the solve (the N² matrix and its copies, and the work arrays).</param>
/// <param name="HessianBytes">8N², the Hessian's own storage.</param>
public sealed record NewtonCostPoint(int Parameters, double HessianSeconds, double SolveSeconds, long AllocatedBytes, double HessianBytes);

/// <summary>A power law y = c·Nᵖ fitted by least squares to ln y against ln N.</summary>
/// <param name="Coefficient">c.</param>
/// <param name="Exponent">p.</param>
public sealed record PowerLaw(double Coefficient, double Exponent)
{
    /// <summary>c·Nᵖ.</summary>
    public double At(double n) => Coefficient * Math.Pow(Require.Positive(n, nameof(n)), Exponent);

    /// <summary>The law c·Nᵖ with the exponent p given and c the geometric mean of yᵢ/xᵢᵖ (least squares in ln y).</summary>
    public static PowerLaw WithExponent(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double exponent)
    {
        Check(xs, ys);
        Require.Finite(exponent, nameof(exponent));
        return new PowerLaw(Math.Exp(xs.Select((x, i) => Math.Log(ys[i]) - exponent * Math.Log(x)).Average()), exponent);
    }

    /// <summary>The least-squares line through (ln xᵢ, ln yᵢ); at least two distinct positive x and positive y.</summary>
    public static PowerLaw Fit(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        Check(xs, ys);
        var (intercept, slope) = MathNet.Numerics.Fit.Line(xs.Select(x => Math.Log(x)).ToArray(), ys.Select(y => Math.Log(y)).ToArray());
        return new PowerLaw(Math.Exp(intercept), slope);
    }

    private static void Check(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        Require.AtLeast(Require.NotEmpty(xs, nameof(xs)).Count, 2, nameof(xs));
        Require.SameLength(ys.Count, xs.Count, nameof(ys), nameof(xs));
        for (int i = 0; i < xs.Count; i++)
        {
            Require.Positive(xs[i], $"{nameof(xs)}[{i}]");
            Require.Positive(ys[i], $"{nameof(ys)}[{i}]");
        }
    }
}

/// <summary>Times the exact Hessian and the Newton solve for networks of growing size, to extrapolate to a large network.</summary>
/// <remarks>
/// <see cref="Mlp.Hessian"/> runs one dual-number backpropagation per parameter, each O(N) per sample: O(N²) time per
/// sample and N² memory. The dense solve is O(N³). Timings are wall-clock on whatever else the machine is doing: read
/// the exponents, not the digits. Each size is measured after one untimed warm-up of the smallest network, so the JIT
/// is not counted.
/// </remarks>
public static class NewtonCost
{
    /// <summary>Measures d-h-k tanh networks (squared error) for each hidden width h on <paramref name="data"/>.</summary>
    public static NewtonCostPoint[] Measure(Dataset data, IReadOnlyList<int> hiddenWidths, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        Require.NotEmpty(hiddenWidths, nameof(hiddenWidths));
        foreach (int h in hiddenWidths) Require.AtLeast(h, 1, nameof(hiddenWidths));
        MeasureOne(data, hiddenWidths.Min(), seed);
        var interruption = Interruption.Current;
        return hiddenWidths.Select(h =>
        {
            interruption.ThrowIfCancellationRequested();
            return MeasureOne(data, h, seed);
        }).ToArray();
    }

    private static NewtonCostPoint MeasureOne(Dataset data, int hidden, int seed)
    {
        var network = new BatchMlp([data.InputDimension, hidden, data.OutputDimension], Activation.Tanh, LossFunction.SquaredError);
        var theta = network.InitialParameters(Initialization.Xavier, seed);
        var gradient = new double[network.ParameterCount];
        network.LossAndGradient(theta, data, gradient);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var hessian = network.Architecture.Hessian(theta, data);
        double hessianSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        hessian.LU().Solve(MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(gradient));   // Newton.Step's solve, timed even when H is singular
        double solveSeconds = clock.Elapsed.TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new NewtonCostPoint(network.ParameterCount, hessianSeconds, solveSeconds, allocated, Newton.HessianBytes(network.ParameterCount));
    }
}
