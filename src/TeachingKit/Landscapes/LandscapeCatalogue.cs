using TeachingKit.CriticalPoints;
using static TeachingKit.CriticalPoints.CriticalPointKind;
using static TeachingKit.Differentiation.Var;

namespace TeachingKit.Landscapes;

/// <summary>
/// The lecture's functions, each with its formula and known critical points: the quadratic
/// examples, the degenerate ones, the deep linear networks, and the classic optimizer test
/// functions (Rosenbrock, Beale, Himmelblau) used by later notebooks.
/// </summary>
public static class LandscapeCatalogue
{
    private static KnownCriticalPoint At(double[] point, CriticalPointKind hessian, CriticalPointKind kind, int index, string note) =>
        new(point, hessian, kind, index, note);

    /// <summary>x² + 3y²: both eigenvalues positive, a minimum (lecture: the bowl).</summary>
    public static Landscape Bowl { get; } = new("Bowl", @"x^2 + 3y^2", 2,
        w => Square(w[0]) + 3 * Square(w[1]),
        [At([0, 0], Minimum, Minimum, 0, "H = diag(2, 6)")]);

    /// <summary>−x² + 3y²: one negative eigenvalue, a saddle of order 1.</summary>
    public static Landscape Saddle { get; } = new("Saddle", @"-x^2 + 3y^2", 2,
        w => -Square(w[0]) + 3 * Square(w[1]),
        [At([0, 0], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "H = diag(−2, 6)")]);

    /// <summary>x² + y⁴: H = diag(2, 0) is degenerate; y⁴ makes it a minimum.</summary>
    public static Landscape QuarticBowl { get; } = new("Quartic bowl", @"x^2 + y^4", 2,
        w => Square(w[0]) + Pow(w[1], 4),
        [At([0, 0], Degenerate, Minimum, 0, "H = diag(2, 0); y⁴ ≥ 0 decides")]);

    /// <summary>x² − y⁴: H = diag(2, 0) again, but −y⁴ makes it a saddle.</summary>
    public static Landscape QuarticSaddle { get; } = new("Quartic saddle", @"x^2 - y^4", 2,
        w => Square(w[0]) - Pow(w[1], 4),
        [At([0, 0], Degenerate, CriticalPointKind.Saddle, 0, "same Hessian as x² + y⁴, different point")]);

    /// <summary>−x⁴ − y⁴: H = 0, a maximum.</summary>
    public static Landscape QuarticCap { get; } = new("Quartic cap", @"-x^4 - y^4", 2,
        w => -Pow(w[0], 4) - Pow(w[1], 4),
        [At([0, 0], Degenerate, Maximum, 0, "H = 0; the quartic terms decide")]);

    /// <summary>The monkey saddle x³ − 3xy²: H = 0, three valleys for a monkey's legs and tail.</summary>
    public static Landscape MonkeySaddle { get; } = new("Monkey saddle", @"x^3 - 3xy^2", 2,
        w => Pow(w[0], 3) - 3 * w[0] * Square(w[1]),
        [At([0, 0], Degenerate, CriticalPointKind.Saddle, 0, "H = 0; f = r³cos 3θ goes down in three directions")]);

    /// <summary>h ≡ 0: every point is critical and H = 0; nothing decides but the flatness itself.</summary>
    public static Landscape Flat { get; } = new("Flat", @"h(x, y) \equiv 0", 2,
        _ => 0.0,
        [At([0, 0], Degenerate, CriticalPointKind.Flat, 0, "every point is critical")]);

    /// <summary>
    /// Deep linear network with two scalar layers, L = (1 − w₁w₂)² (lecture: deep linear networks).
    /// The origin is a saddle; the hyperbola w₁w₂ = 1 is a valley of global minima, each with a zero
    /// eigenvalue along the valley.
    /// </summary>
    public static Landscape DeepLinear2 { get; } = new("Deep linear, 2 layers", @"(1 - w_1 w_2)^2", 2,
        w => Square(1 - w[0] * w[1]),
        [
            At([0, 0], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "H = [[0, −2], [−2, 0]]"),
            At([1, 1], Degenerate, Minimum, 0, "global minimum on the hyperbola w₁w₂ = 1"),
            At([-1, -1], Degenerate, Minimum, 0, "global minimum on the other branch"),
            At([2, 0.5], Degenerate, Minimum, 0, "global minimum: every minimum is global"),
        ]);

    /// <summary>
    /// Deep linear network with three scalar layers, L = (1 − w₁w₂w₃)². At the origin H = 0 ("so
    /// flat"); at (0, 0, k) the Hessian has the block −2k·[[0, 1], [1, 0]], a saddle; every minimum
    /// (w₁w₂w₃ = 1) is global.
    /// </summary>
    public static Landscape DeepLinear3 { get; } = new("Deep linear, 3 layers", @"(1 - w_1 w_2 w_3)^2", 3,
        w => Square(1 - w[0] * w[1] * w[2]),
        [
            At([0, 0, 0], Degenerate, CriticalPointKind.Saddle, 0, "H = 0; L = 1 − 2w₁w₂w₃ + … goes down along (1, 1, 1)"),
            At([0, 0, 1.5], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "H has the block −2k[[0, 1], [1, 0]] with k = 1.5"),
            At([1, 1, 1], Degenerate, Minimum, 0, "global minimum on the surface w₁w₂w₃ = 1"),
        ]);

    /// <summary>Rosenbrock's banana valley (1 − x)² + 100(y − x²)² (Rosenbrock 1960); the one minimum is (1, 1).</summary>
    public static Landscape Rosenbrock { get; } = new("Rosenbrock", @"(1 - x)^2 + 100\,(y - x^2)^2", 2,
        w => Square(1 - w[0]) + 100 * Square(w[1] - Square(w[0])),
        [At([1, 1], Minimum, Minimum, 0, "Rosenbrock 1960; the only critical point")]);

    /// <summary>Beale's function (Beale 1958) on [−4.5, 4.5]²: minimum (3, ½) and two saddles.</summary>
    public static Landscape Beale { get; } = new("Beale",
        @"(1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2", 2,
        w => Square(1.5 - w[0] + w[0] * w[1]) + Square(2.25 - w[0] + w[0] * Square(w[1])) + Square(2.625 - w[0] + w[0] * Pow(w[1], 3)),
        [
            At([3, 0.5], Minimum, Minimum, 0, "global minimum, f = 0"),
            At([0, 1], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "f is constant on the line x = 0; H = [[0, 27.75], [27.75, 0]]"),
            At([0.10053793732415836, -2.644513585023125], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1,
                "f ≈ 9.8645; found by this kit's search, refined with mpmath findroot (30 digits)"),
        ],
        plotRange: (-4.5, 4.5));

    /// <summary>
    /// Himmelblau's function (Himmelblau 1972): four minima with f = 0, one maximum, four saddles.
    /// Coordinates other than (3, 2) are roots of ∇f = 0 computed to 17 digits (mpmath findroot, 30 digits).
    /// </summary>
    public static Landscape Himmelblau { get; } = new("Himmelblau", @"(x^2 + y - 11)^2 + (x + y^2 - 7)^2", 2,
        w => Square(Square(w[0]) + w[1] - 11) + Square(w[0] + Square(w[1]) - 7),
        [
            At([3, 2], Minimum, Minimum, 0, "f = 0"),
            At([-2.8051180869527449, 3.131312518250573], Minimum, Minimum, 0, "f = 0"),
            At([-3.7793102533777469, -3.2831859912861694], Minimum, Minimum, 0, "f = 0"),
            At([3.5844283403304917, -1.8481265269644036], Minimum, Minimum, 0, "f = 0"),
            At([-0.27084459066734761, -0.92303855647998146], Maximum, Maximum, 2, "local maximum, f ≈ 181.617"),
            At([0.086677504555396352, 2.8842547011747761], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "f ≈ 67.719"),
            At([3.3851541836070209, 0.073851879837749288], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "f ≈ 13.312"),
            At([-3.0730257507643896, -0.081353044287967512], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "f ≈ 104.015"),
            At([-0.12796134673068007, -1.9537149802445764], CriticalPointKind.Saddle, CriticalPointKind.Saddle, 1, "f ≈ 178.337"),
        ],
        plotRange: (-5, 5));

    /// <summary>
    /// The valley of global minima of <see cref="DeepLinear2"/>, the hyperbola w₂ = 1/w₁, as its two
    /// branches sampled for |w₁| in [1/limit, limit] (so both coordinates stay within ±limit).
    /// </summary>
    public static IReadOnlyList<(string Name, double[] X, double[] Y)> DeepLinear2MinimumValley(double limit = 2, int count = 60)
    {
        TeachingKit.Validation.Require.Positive(limit - 1, "limit − 1");
        double[] w1 = TeachingKit.Sampling.Grid.Linspace(1 / limit, limit, count);
        return
        [
            ("global minima w₁w₂ = 1", w1, w1.Select(x => 1 / x).ToArray()),
            ("global minima w₁w₂ = 1 (w < 0)", w1.Select(x => -x).ToArray(), w1.Select(x => -1 / x).ToArray()),
        ];
    }

    /// <summary>
    /// The critical set of <see cref="DeepLinear3"/> inside [−limit, limit]³: the surface w₁w₂w₃ = 1 of
    /// global minima as four patches w₃ = 1/(w₁w₂), one per sign pattern, sampled for |w₁|, |w₂| in
    /// [1/√limit, limit] (so |w₃| ≤ limit); and the three coordinate axes, where ∇L = −2(1 − w₁w₂w₃)(w₂w₃, w₁w₃, w₁w₂)
    /// vanishes because two weights are 0 (saddles; the origin is the degenerate one).
    /// </summary>
    public static (IReadOnlyList<(string Name, double[] X, double[] Y, double[][] Z)> Minima, IReadOnlyList<(string Name, double[] X, double[] Y, double[] Z)> Axes)
        DeepLinear3CriticalSet(double limit = 2, int count = 25)
    {
        TeachingKit.Validation.Require.Positive(limit - 1, "limit − 1");
        double[] magnitudes = TeachingKit.Sampling.Grid.Linspace(1 / Math.Sqrt(limit), limit, count);
        var patches = new List<(string, double[], double[], double[][])>();
        foreach (var (sx, sy) in new[] { (1, 1), (-1, -1), (1, -1), (-1, 1) })
        {
            double[] xs = magnitudes.Select(m => sx * m).ToArray(), ys = magnitudes.Select(m => sy * m).ToArray();
            patches.Add(("global minima w₁w₂w₃ = 1", xs, ys, TeachingKit.Sampling.Grid.Evaluate((x, y) => 1 / (x * y), xs, ys)));
        }
        double[] line = [-limit, limit], zero = [0, 0];
        return (patches, [("saddles: w₁ axis", line, zero, zero), ("saddles: w₂ axis", zero, line, zero), ("saddles: w₃ axis", zero, zero, line)]);
    }

    /// <summary>The examples of the Hessian slides, in lecture order.</summary>
    public static IReadOnlyList<Landscape> LectureExamples { get; } =
        [Bowl, Saddle, QuarticBowl, QuarticSaddle, QuarticCap, MonkeySaddle, Flat, DeepLinear2, DeepLinear3];

    /// <summary>Every catalogue entry: the lecture examples and the classic test functions.</summary>
    public static IReadOnlyList<Landscape> All { get; } = [.. LectureExamples, Rosenbrock, Beale, Himmelblau];
}
