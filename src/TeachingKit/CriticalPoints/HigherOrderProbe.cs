using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Differentiation;
using TeachingKit.Sampling;

namespace TeachingKit.CriticalPoints;

/// <summary>
/// HIGHER-ORDER PROBE — evidence, not a proof. Where the Hessian has a zero eigenvalue and no
/// sign change, it samples f itself near the point: along every eigen-direction, along many
/// directions of the null space, and on parabolas x + r·n + c·r²·u that bend off the null space.
/// </summary>
/// <remarks>
/// <para>Verdict from the changes Δ = f(sample) − f(point): some up and some down → saddle; all up
/// → minimum; all down → maximum; none beyond rounding → flat. "Rounding" is 64 ulps of the largest
/// |f| at the point or any sample — relative, so f → c·f changes no verdict. A minimum or maximum is
/// never called strict: a curve of equal values can slip between the samples; it is called "not
/// strict" when some sample left f unchanged, and "non-strict minimum (a valley of minima)" when a null
/// direction followed along the level set (<see cref="ValleyOfMinima"/>) comes back to f. This resolves the lecture's
/// examples (x²+y⁴ minimum, x²−y⁴ saddle, −x⁴−y⁴ maximum, the monkey saddle x³−3xy², h ≡ 0 flat,
/// the deep linear losses), and the parabolas catch Peano's surface (x−y²)(x−3y²), a minimum
/// along every line through 0 that is still a saddle.</para>
/// <para>A finite sample can be fooled by a function whose descent lies in a thinner set than the
/// probed directions and radius can see; the verdict says what was sampled. Random null-space directions
/// (three or more null dimensions) come from the seeded <see cref="GaussianSampler"/>.</para>
/// </remarks>
public static class HigherOrderProbe
{
    /// <summary>The label used wherever a probe verdict is shown.</summary>
    public const string Label = "higher-order probe (samples f near the point; evidence, not a proof)";

    private const double MachineEpsilon = 2.220446049250313e-16;
    private const int CircleDirections = 16, SphereDirections = 48, NoiseUnits = 64;
    private static readonly double[] BendFactors = [-2, -1, 1, 2];

    /// <summary>
    /// Probes f around <paramref name="point"/> given the Hessian's eigenvalues (ascending), unit
    /// eigenvectors (columns) and the number of zero eigenvalues; the zero ones are those smallest in |λ|.
    /// </summary>
    public static HigherOrderProbeResult Probe(
        Func<Var[], Var> f, double[] point, double value, IReadOnlyList<double> eigenvalues,
        Matrix<double> eigenvectors, int zeroCount, ClassifierOptions options)
    {
        int n = point.Length;
        int[] byMagnitude = Enumerable.Range(0, n).OrderBy(i => Math.Abs(eigenvalues[i])).ToArray();
        var nullBasis = byMagnitude.Take(zeroCount).Select(eigenvectors.Column).ToArray();
        var rangeBasis = byMagnitude.Skip(zeroCount).Select(eigenvectors.Column).ToArray();
        double r = options.ProbeRadius;

        var changes = new List<(double Change, Vector<double> Offset)>();
        double largestValue = Math.Abs(value);
        void Sample(Vector<double> offset)
        {
            var x = new double[n];
            for (int i = 0; i < n; i++) x[i] = point[i] + offset[i];
            double sampled = AutoDiff.Value(f, x);
            largestValue = Math.Max(largestValue, Math.Abs(sampled));
            changes.Add((sampled - value, offset));
        }

        foreach (var u in rangeBasis) { Sample(r * u); Sample(-r * u); }
        foreach (var d in NullDirections(nullBasis, n, options.ProbeSeed))
            foreach (double radius in new[] { r, r / 2 })
            {
                Sample(radius * d);
                foreach (var u in rangeBasis)
                    foreach (double c in BendFactors) Sample(radius * d + c * radius * radius * u);
            }

        // Changes below a few dozen rounding units of the largest |f| involved (at the point or any
        // sample) are noise, not shape. No absolute floor: f → c·f scales Δf and the noise alike.
        double tolerance = NoiseUnits * MachineEpsilon * largestValue;
        double lowest = changes.Min(c => c.Change), highest = changes.Max(c => c.Change);
        bool down = lowest < -tolerance, up = highest > tolerance;
        CriticalPointKind kind = down && up ? CriticalPointKind.Saddle
            : up ? CriticalPointKind.Minimum
            : down ? CriticalPointKind.Maximum
            : CriticalPointKind.Flat;
        // The probe runs only where H has a null space, and a curve of equal values inside it (the deep
        // linear valleys of minima) can pass between straight sampled lines: strictness is never claimed,
        // only refuted when f stayed put at some sample or a followed null direction came back to f.
        bool notStrict = changes.Any(c => Math.Abs(c.Change) <= tolerance);
        // A minimum on a curved valley of minima: follow each null direction back down to f(point).
        bool valley = kind == CriticalPointKind.Minimum &&
                      ValleyOfMinima.Found(f, point, value, nullBasis.SelectMany(b => new[] { b, -b }).ToList(), rangeBasis, r, tolerance);
        double[] descent = down ? changes.MinBy(c => c.Change).Offset.Normalize(2).ToArray() : [];
        return new HigherOrderProbeResult(kind, notStrict || valley, r, changes.Count, lowest, highest, descent) { ValleyOfMinima = valley };
    }

    /// <summary>Unit directions in the null space: ±basis, a circle for two dimensions, seeded random ones for more.</summary>
    private static IEnumerable<Vector<double>> NullDirections(Vector<double>[] basis, int n, int seed)
    {
        foreach (var b in basis) { yield return b; yield return -b; }
        if (basis.Length == 2)
        {
            for (int k = 0; k < CircleDirections; k++)
            {
                double angle = 2 * Math.PI * (k + 0.5) / CircleDirections;
                yield return Math.Cos(angle) * basis[0] + Math.Sin(angle) * basis[1];
            }
        }
        else if (basis.Length > 2)
        {
            var gaussian = new GaussianSampler(seed);
            for (int k = 0; k < SphereDirections; k++)
            {
                var d = Vector<double>.Build.Dense(n);
                foreach (var b in basis) d += gaussian.Next() * b;
                yield return d.Normalize(2);
            }
        }
    }
}
