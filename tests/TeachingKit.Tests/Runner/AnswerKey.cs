namespace TeachingKit.Tests.Runner;

/// <summary>
/// The answers to the notebooks' exercises, worked out by hand (not by the library): placeholder line → answered line.
/// </summary>
public static class AnswerKey
{
    /// <summary>Notebook file name → (placeholder → answered line).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Answers =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            // L'(w) = 4w³ − 6w + 1 has three real roots; the outer two are minima.
            ["00-start-here.ipynb"] = Key(
                ("int? numberOfMinima = null;", "int? numberOfMinima = 2;")),
            ["01-hessian-classification.ipynb"] = Key(
                // Eigenvalues 5 and −1; −4.30 and −0.70; 0 and 5.
                ("CriticalPointKind? answerA = null;", "CriticalPointKind? answerA = CriticalPointKind.Saddle;"),
                ("CriticalPointKind? answerB = null;", "CriticalPointKind? answerB = CriticalPointKind.Maximum;"),
                ("CriticalPointKind? answerC = null;", "CriticalPointKind? answerC = CriticalPointKind.Degenerate;"),
                // f = x³ − 3x + y²: ∇f = 0 at (±1, 0); H = diag(6x, 2): minimum at (1, 0), saddle at (−1, 0).
                ("double[]? minimumLocation = null;", "double[]? minimumLocation = [1.0, 0.0];"),
                ("int? saddleCount = null;", "int? saddleCount = 1;"),
                // 2⁻²⁰ = 9.5367431640625e-7 to three digits; C(20, k) is largest at k = 10.
                ("double? fraction20 = null;", "double? fraction20 = 9.54e-7;"),
                ("int? likeliestIndex = null;", "int? likeliestIndex = 10;")),
            ["02-permutation-symmetry-and-saddles.ipynb"] = Key(
                // [3, 5, 5, 2]: 3·5 + 5·5 + 5·2 = 50 weights, plus 5 + 5 + 2 biases.
                ("BigInteger? weightsWithoutBiases = null;", "BigInteger? weightsWithoutBiases = 50;"),
                ("BigInteger? parametersWithBiases = null;", "BigInteger? parametersWithBiases = 62;"),
                // C(4, 2)·3! = 36.
                ("BigInteger? firstOrderPointsOfFour = null;", "BigInteger? firstOrderPointsOfFour = 36;"),
                // 120³.
                ("BigInteger? minimaOfThreeLayersOfFive = null;", "BigInteger? minimaOfThreeLayersOfFive = 1728000;"),
                // One flat direction (the two outgoing weights' difference); a first-order saddle.
                ("BigInteger? predictedZeroEigenvalues = null;", "BigInteger? predictedZeroEigenvalues = 1;"),
                ("BigInteger? measuredIndex = null;", "BigInteger? measuredIndex = 1;"),
                // Jensen's inequality is necessary, not sufficient; one violation disproves convexity.
                ("bool? jensenCanHoldWithoutConvexity = null;", "bool? jensenCanHoldWithoutConvexity = true;"),
                ("string? measuredConclusion = null;", "string? measuredConclusion = \"not convex\";")),
            ["03-regions-cut-by-hyperplanes.ipynb"] = Key(
                // 1 + 100 + 100·99/2.
                ("BigInteger? answer1 = null;", "BigInteger? answer1 = 5051;"),
                // 8 sectors, and each vertical line is cut into 4 pieces by the three lines it crosses.
                ("BigInteger? answer2 = null;", "BigInteger? answer2 = 16;"),
                // All 16 corner labelings but XOR and XNOR.
                ("BigInteger? answer3 = null;", "BigInteger? answer3 = 14;")),
            ["04-momentum.ipynb"] = Key(
                // The steep eigenvalue is 20: |1 − 20γ| < 1 iff γ < 0.1.
                ("double? largestStableStep = null;", "double? largestStableStep = 0.1;"),
                // 1/(1 − 0.9).
                ("double? maximalSpeedUp = null;", "double? maximalSpeedUp = 10;"),
                ("int? gradientsPerStep = null;", "int? gradientsPerStep = 1;"),
                // (√100 − 1)/(√100 + 1).
                ("double? heavyBallFactorAt100 = null;", "double? heavyBallFactorAt100 = 9.0 / 11;"),
                // m(n) = 3(1 − 0.9ⁿ) → 3; 0.9ⁿ ≤ 0.01 first at n = 44 (0.9⁴³ = 0.0108, 0.9⁴⁴ = 0.0097).
                ("double? limit = null;", "double? limit = 3;"),
                ("int? valuesWithinOnePercent = null;", "int? valuesWithinOnePercent = 44;")),
            ["05-rmsprop-and-adam.ipynb"] = Key(
                // ε(1 − ρ₁)/√(1 − ρ₂) = 0.01 · 0.2/0.1.
                ("double? firstUncorrectedStep = null;", "double? firstUncorrectedStep = 0.02;"),
                // ⟨g⟩ = 0.1, ⟨g²⟩ = (1.21 + 0.81)/2 = 1.01.
                ("double? ratioWeight3 = null;", "double? ratioWeight3 = 0.1 / 1.01;"),
                ("bool? adamSlowerInNoisyDirection = null;", "bool? adamSlowerInNoisyDirection = true;"),
                // ŝ₁ = (1 − ρ₁)g₁/(1 − ρ₁) = g₁.
                ("double? firstCorrectedMomentWeight3 = null;", "double? firstCorrectedMomentWeight3 = 1.1;"),
                // The slide's Adam (Goodfellow et al. Alg. 8.7 with δ inside the root), written out independently.
                ("Func<double, double, double, double, int, (double Theta, double S, double R)>? myAdamStep = null;",
                 "Func<double, double, double, double, int, (double Theta, double S, double R)>? myAdamStep = (theta, g, s, r, t) =>\n" +
                 "{\n    double s1 = 0.9 * s + 0.1 * g, r1 = 0.999 * r + 0.001 * g * g;\n" +
                 "    double sHat = s1 / (1 - Math.Pow(0.9, t)), rHat = r1 / (1 - Math.Pow(0.999, t));\n" +
                 "    return (theta - 0.1 * sHat / Math.Sqrt(rHat + 1e-8), s1, r1);\n};")),
        };

    private static IReadOnlyDictionary<string, string> Key(params (string Placeholder, string Answered)[] entries) =>
        entries.ToDictionary(e => e.Placeholder, e => e.Answered);
}
