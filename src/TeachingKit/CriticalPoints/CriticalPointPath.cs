using TeachingKit.Optimization;

namespace TeachingKit.CriticalPoints;

/// <summary>The recorded path of an iteration θ₀, θ₁, … with f and |∇f| at each point.</summary>
/// <param name="Method">Which method made it, e.g. "Newton".</param>
/// <param name="Points">Every iterate, starting point first.</param>
/// <param name="Values">f at every iterate.</param>
/// <param name="GradientNorms">|∇f| at every iterate.</param>
/// <param name="StopReason">Why the iteration stopped.</param>
/// <param name="Evaluations">How many times f and its derivatives were evaluated.</param>
public sealed record CriticalPointPath(
    string Method, IReadOnlyList<double[]> Points, IReadOnlyList<double> Values,
    IReadOnlyList<double> GradientNorms, StopReason StopReason, int Evaluations)
{
    /// <summary>True when the iteration reached a point with vanishing gradient.</summary>
    public bool Converged => StopReason == StopReason.Converged;

    /// <summary>Number of steps taken (points minus one).</summary>
    public int Steps => Points.Count - 1;

    /// <summary>The last iterate.</summary>
    public double[] Final => Points[^1];

    /// <summary>f at the last iterate.</summary>
    public double FinalValue => Values[^1];

    /// <summary>The coordinate <paramref name="index"/> of every iterate, e.g. the x values of a 2-D path for a plot.</summary>
    public double[] Coordinate(int index) => Points.Select(p => p[index]).ToArray();

    /// <summary>One line: method, steps, stop reason, final point and value.</summary>
    public override string ToString() =>
        $"{Method}: {Steps} steps, {StopReason}, ends at ({string.Join(", ", Final.Select(CriticalPointReport.Format))}) " +
        $"with f = {CriticalPointReport.Format(FinalValue)}, |∇f| = {CriticalPointReport.Format(GradientNorms[^1])}";
}
