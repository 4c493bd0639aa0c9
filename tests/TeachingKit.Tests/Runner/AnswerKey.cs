namespace TeachingKit.Tests.Runner;

/// <summary>
/// The answers to the notebooks' exercises, worked out by hand (not by the library): exercise id → the
/// answer cell's source with the answer filled in. <see cref="WrongAnswers"/> holds one wrong answer per notebook.
/// </summary>
public static class AnswerKey
{
    /// <summary>Notebook file name → (exercise id → answered answer cell).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Answers =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            // L'(w) = 4w³ − 6w + 1 has three real roots; the outer two are minima.
            ["00-start-here.ipynb"] = Key(("00.local-minima", "int? numberOfMinima = 2;")),
            ["01-hessian-classification.ipynb"] = Key(
                // Eigenvalues 5 and −1; −4.30 and −0.70; 0 and 5.
                ("01.classify-hessian-a", "CriticalPointKind? answerA = CriticalPointKind.Saddle;"),
                ("01.classify-hessian-b", "CriticalPointKind? answerB = CriticalPointKind.Maximum;"),
                ("01.classify-hessian-c", "CriticalPointKind? answerC = CriticalPointKind.Degenerate;"),
                // f = x³ − 3x + y²: ∇f = 0 at (±1, 0); H = diag(6x, 2): minimum at (1, 0), saddle at (−1, 0).
                ("01.cubic-minimum-location", "double[]? minimumLocation = [1.0, 0.0];"),
                ("01.cubic-saddle-count", "int? saddleCount = 1;"),
                // 2⁻²⁰ = 9.5367431640625e-7 to three digits; C(20, k) is largest at k = 10.
                ("01.fraction-of-minima-n20", "double? fraction20 = 9.54e-7;"),
                ("01.likeliest-index-n20", "int? likeliestIndex = 10;")),
            ["02-permutation-symmetry-and-saddles.ipynb"] = Key(
                // [3, 5, 5, 2]: 3·5 + 5·5 + 5·2 = 50 weights, plus 5 + 5 + 2 biases.
                ("02.weights-without-biases", "BigInteger? weightsWithoutBiases = 50;"),
                ("02.parameters-with-biases", "BigInteger? parametersWithBiases = 62;"),
                // C(5, 2)·4! = 10·24.
                ("02.first-order-points-of-five", "BigInteger? firstOrderPointsOfFive = 240;"),
                // 10!⁹ ≫ 1000; the first-order bound is 40.5 times the minima.
                ("02.quiz-nine-layers-minima", "string? nineLayersMinima = \"B\";"),
                ("02.quiz-nine-layers-saddles", "string? nineLayersSaddles = \"c\";"),
                ("02.quiz-saddle-points", "bool[]? saddleQuiz = [true, true, false];"),
                // 120³.
                ("02.minima-of-three-layers-of-five", "BigInteger? minimaOfThreeLayersOfFive = 1728000;"),
                // One flat direction (the two outgoing weights' difference); a first-order saddle.
                ("02.symmetry-zero-eigenvalues", "BigInteger? predictedZeroEigenvalues = 1;"),
                ("02.permutation-point-index", "BigInteger? measuredIndex = 1;"),
                // Jensen's inequality is necessary, not sufficient; one violation disproves convexity.
                ("02.jensen-without-convexity", "bool? jensenCanHoldWithoutConvexity = true;"),
                ("02.averaged-network-conclusion", "string? measuredConclusion = \"not convex\";")),
            ["03-regions-cut-by-hyperplanes.ipynb"] = Key(
                // 1 + 100 + 100·99/2.
                ("03.regions-of-100-lines", "BigInteger? answer1 = 5051;"),
                // Σ_{j ≤ d} C(n, j), written with the product formula of the binomial.
                ("03.region-count-function",
                 "Func<(int N, int D), BigInteger>? myRegionCount = x => Enumerable.Range(0, x.D + 1).Where(j => j <= x.N)\n" +
                 "    .Aggregate(BigInteger.Zero, (sum, j) => sum + Enumerable.Range(1, j).Aggregate(BigInteger.One, (c, i) => c * (x.N - i + 1) / i));"),
                // 8 sectors, and each vertical line is cut into 4 pieces by the three lines it crosses.
                ("03.regions-of-a-degenerate-arrangement", "BigInteger? answer2 = 16;"),
                // All 16 corner labelings but XOR and XNOR.
                ("03.corner-labelings-one-readout", "BigInteger? answer3 = 14;")),
            ["04-momentum.ipynb"] = Key(
                // The steep eigenvalue is 20: |1 − 20γ| < 1 iff γ < 0.1.
                ("04.largest-stable-step", "double? largestStableStep = 0.1;"),
                ("04.momentum-step-function",
                 "Func<(double W, double PreviousStep, double Gradient), (double W, double Step)>? myMomentumStep =\n" +
                 "    x => (x.W - 0.02 * x.Gradient + 0.9 * x.PreviousStep, 0.9 * x.PreviousStep - 0.02 * x.Gradient);"),
                // Gerstner's momentum quiz: boring directions yes, oscillations yes, 1.9 no, 10 yes, twice the gradients no.
                ("04.momentum-quiz", "bool[]? momentumQuiz = [true, true, false, true, false];"),
                // (√100 − 1)/(√100 + 1).
                ("04.heavy-ball-factor-at-100", "double? heavyBallFactorAt100 = 9.0 / 11;"),
                // m(n) = 3(1 − 0.9ⁿ) → 3; 0.9ⁿ ≤ 0.01 first at n = 44 (0.9⁴³ = 0.0108, 0.9⁴⁴ = 0.0097).
                ("04.running-average-limit", "double? limit = 3;"),
                ("04.values-within-one-percent", "int? valuesWithinOnePercent = 44;")),
            ["05-rmsprop-and-adam.ipynb"] = Key(
                // What Adam does (the lecture's answers in the second vote): own rates yes, smaller for noisy yes, 3–5 no.
                ("05.first-vote", "bool[]? firstVote = [true, true, false, false, false];"),
                // ε(1 − ρ₁)/√(1 − ρ₂) = 0.01 · 0.2/0.1.
                ("05.first-uncorrected-step", "double? firstUncorrectedStep = 0.02;"),
                // ⟨g⟩ = 0.1, ⟨g²⟩ = (1.21 + 0.81)/2 = 1.01.
                ("05.ratio-weight-3", "double? ratioWeight3 = 0.1 / 1.01;"),
                ("05.second-vote", "bool[]? secondVote = [true, true, true];"),
                // ŝ₁ = (1 − ρ₁)g₁/(1 − ρ₁) = g₁.
                ("05.first-corrected-moment-weight-3", "double? firstCorrectedMomentWeight3 = 1.1;"),
                // The slide's Adam (Goodfellow et al. Alg. 8.7 with δ inside the root), written out independently.
                ("05.adam-step-function",
                 "Func<double, double, double, double, int, (double Theta, double S, double R)>? myAdamStep = (theta, g, s, r, t) =>\n" +
                 "{\n    double s1 = 0.9 * s + 0.1 * g, r1 = 0.999 * r + 0.001 * g * g;\n" +
                 "    double sHat = s1 / (1 - Math.Pow(0.9, t)), rHat = r1 / (1 - Math.Pow(0.999, t));\n" +
                 "    return (theta - 0.1 * sHat / Math.Sqrt(rHat + 1e-8), s1, r1);\n};")),
            ["06-stochastic-gradient-descent.ipynb"] = Key(
                // σ²(N − m)/((N − 1)m) at N = 1437: (1337/100)/(1037/400).
                ("06.variance-ratio", "double? varianceRatio = 1337.0 * 400 / (1037 * 100);"),
                // A constant rate hovers at the noise floor (0.535 … 1.5); the decayed run settles (0.013).
                ("06.schedule-effect", "string? lowerFinalLoss = \"B\";"),
                // The sweep table's lowest validation loss (0.1076) among the runs that did not diverge: λ = 0.464.
                ("06.chosen-learning-rate", "double? chosenLearningRate = 0.464;"),
                // 1/(1 − 0.999) = 1000 steps over ⌈1437/32⌉ = 45 steps per epoch.
                ("06.adam-window-epochs", "double? adamWindowEpochs = 1000.0 / 45;"),
                // Different minima yes; zero variance at m = N yes; constant rate as low no; choose on training loss no; stalled = zero gradient no.
                ("06.sgd-statements", "bool[]? sgdStatements = [true, true, false, false, false];")),
            ["08-loss-surfaces.ipynb"] = Key(
                // The highest-loss critical point found (ε = 0.535, from the initial weights) has 4 negative eigenvalues of 25: a saddle, index ≤ N/2.
                ("08.high-loss-index", "string? highLossIndex = \"B\";"),
                // The centre is the trained network, training loss 0.1205: log₁₀ 0.1205 = −0.919 (read off the colour bar to ±0.1).
                ("08.read-slice", "double? logLossAtCentre = -0.92;"),
                // Training losses after 10 epochs: plain 0.598, skip 1.39, BN 0.200, skip + BN 0.0738.
                ("08.easiest-to-train", "string? easiestToTrain = \"skip + BN\";"),
                // Lowest loss and smallest λ_max both skip + BN (3.66): true; skip 1.39 > plain 0.598: false; 2/5.99 = 0.334 and 2/3.66 = 0.546 > 0.25: true.
                ("08.why-easier", "bool[]? trainingStatements = [true, false, true];")),
            ["07-spurious-local-minima.ipynb"] = Key(
                // Table 1: 0.3 % at k = 6, 34.6 % at k = 10 — the share rises with k.
                ("07.trend-in-k", "string? trendInK = \"C\";"),
                // A: F = 0 (global); B: gradient 4e-16, 49 positive eigenvalues, F = 0.023; C: gradient 0.025 (not critical).
                ("07.spurious-from-spectrum", "string? spuriousPoint = \"B\";"),
                // [0·x]₊ = 0, so zero students keep F = 0; 0/50 stuck at n = k + 2 against 37/50 at n = k; Table 2 has 49.1 % at k = 19, n = 20.
                ("07.why-k-plus-2", "bool[]? widthStatements = [true, true, false];"),
                // max of w·x + b on [−2, 2]² is 2(|w₁| + |w₂|) + b: −1, 2, −0.5, 2.5 — units 0 and 2 are dead.
                ("07.dead-unit-count", "int? deadUnitCount = 2;")),
            ["10-no-free-lunch-and-depth.ipynb"] = Key(
                // Σ_{k=0}^{7} C(8,k)·2^k = (1 + 2)^8 − 2^8 = 6561 − 256 = 6305 trainings.
                ("10.training-runs", "BigInteger? trainingRuns = 6305;"),
                // The §1 table at n = 3, k = 4 on the 104 separable targets: network 0.6595 > perceptron 0.6532 > nearest neighbour 0.6390.
                ("10.best-on-separable", "string? bestOnSeparable = \"C\";"),
                // Smooth error larger on A yes; A noisy no (a pure sinusoid); zero error on A yes (ν = 23); one learner best on both no.
                ("10.ab-quiz", "bool[]? abStatements = [true, false, true, false];"),
                // 1 + n + n(n − 1)/2 at n = 6: 1 + 6 + 15 = 22.
                ("10.max-compartments", "BigInteger? maxCompartments = 22;"),
                // Σ_μ p(μ)μ = q·1, so the geometric mean is softmax(qWx + b): c = q = 0.8.
                ("10.dropout-scale", "double? dropoutScale = 0.8;"),
                // Better than the others on the structured class yes; fits every labelling yes; better on all problems no (No Free Lunch).
                ("10.nfl-quiz", "bool[]? nflStatements = [true, true, false];")),
            ["09-conditioning-initialisation-plateaus.ipynb"] = Key(
                // Standardised: H = 2·diag(R, 1); R = [[1, 0.8], [0.8, 1]] has eigenvalues 1.8 and 0.2, so H has 3.6, 0.4 and 2: κ = 3.6/0.4.
                ("09.kappa-after-standardisation", "double? kappaAfterStandardisation = 3.6 / 0.4;"),
                // Identical units get identical gradients at every step: the four units stay one.
                ("09.distinct-units", "int? distinctUnitsAfterTraining = 1;"),
                // ReLU gain n·v·½ = 1 ⇒ v = 2/256; the standard deviation is √(2/256) = 0.0884.
                ("09.initialisation-scale", "double? weightStandardDeviation = Math.Sqrt(2.0 / 256);"),
                // 8 bytes × (10⁵)² entries = 8·10¹⁰ bytes = 80 GB.
                ("09.newton-memory", "double? hessianGigabytes = 8.0 * 1e5 * 1e5 / 1e9;")),
        };

    /// <summary>Notebook file name → one exercise answered wrongly, and the right answer as the verdict would print it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Exercise, string WrongAnswer, string RightAnswerText)> WrongAnswers =
        new Dictionary<string, (string, string, string)>
        {
            ["00-start-here.ipynb"] = ("00.local-minima", "int? numberOfMinima = 3;", "2"),
            ["01-hessian-classification.ipynb"] = ("01.classify-hessian-c", "CriticalPointKind? answerC = CriticalPointKind.Minimum;", "Degenerate"),
            ["02-permutation-symmetry-and-saddles.ipynb"] = ("02.minima-of-three-layers-of-five", "BigInteger? minimaOfThreeLayersOfFive = 15;", "1728000"),
            ["03-regions-cut-by-hyperplanes.ipynb"] = ("03.regions-of-100-lines", "BigInteger? answer1 = 4951;", "5051"),
            ["04-momentum.ipynb"] = ("04.largest-stable-step", "double? largestStableStep = 0.2;", "0.1"),
            ["05-rmsprop-and-adam.ipynb"] = ("05.first-uncorrected-step", "double? firstUncorrectedStep = 0.2;", "0.02"),
            ["06-stochastic-gradient-descent.ipynb"] = ("06.variance-ratio", "double? varianceRatio = 4;", "5.157"),
            ["08-loss-surfaces.ipynb"] = ("08.high-loss-index", "string? highLossIndex = \"A\";", "B"),
            ["07-spurious-local-minima.ipynb"] = ("07.dead-unit-count", "int? deadUnitCount = 1;", "2"),
            ["10-no-free-lunch-and-depth.ipynb"] = ("10.max-compartments", "BigInteger? maxCompartments = 12;", "22"),
            ["09-conditioning-initialisation-plateaus.ipynb"] = ("09.kappa-after-standardisation", "double? kappaAfterStandardisation = 4.5;", "9"),
        };

    private static IReadOnlyDictionary<string, string> Key(params (string Exercise, string Answered)[] entries) =>
        entries.ToDictionary(e => e.Exercise, e => e.Answered);
}
