using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>The first three steps of every adaptive method against values derived by hand (1-D, w₀ = 0, chosen gradients).</summary>
public class AdaptiveStepTests
{
    private const double Tiny = 1e-14; // δ small enough not to show at 1e-10

    private static double[] ThreeSteps(Optimizer optimizer, params double[] gradients)
    {
        var w = new[] { 0.0 };
        var path = new double[gradients.Length];
        for (int k = 0; k < gradients.Length; k++)
        {
            optimizer.Step(w, [gradients[k]]);
            path[k] = w[0];
        }
        return path;
    }

    private static void Near(double[] expected, double[] actual, int digits = 10)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], digits);
    }

    [Fact]
    public void AdaGradDividesBySumOfSquares()
    {
        // g = 3, 4, 12: r = 9, 25, 169; steps −0.1·3/3, −0.1·4/5, −0.1·12/13.
        var adagrad = new AdaGrad(0.1, Tiny);
        Near([-0.1, -0.18, -0.18 - 1.2 / 13], ThreeSteps(adagrad, 3, 4, 12));
        Assert.Equal(169, adagrad.Vector(AdaptiveVectors.SumOfSquares)[0], 12);
        Assert.Equal(0.1 / 13, adagrad.Vector(AdaptiveVectors.EffectiveLearningRate)[0], 12);
    }

    [Fact]
    public void RmsPropDividesByRunningRootMeanSquare()
    {
        // ρ = 0.75, g = 2, 1, 1: r = 0.25·4 = 1, then 0.75 + 0.25 = 1, then 1; steps −2γ, −γ, −γ.
        var rmsprop = new RmsProp(0.1, 0.75, Tiny);
        Near([-0.2, -0.3, -0.4], ThreeSteps(rmsprop, 2, 1, 1));
        Assert.Equal(1, rmsprop.Vector(AdaptiveVectors.SecondMoment)[0], 12);
        Assert.Equal(0.1, rmsprop.Vector(AdaptiveVectors.EffectiveLearningRate)[0], 12);
    }

    [Fact]
    public void RmsPropMomentumKeepsHalfTheVelocity()
    {
        // As above with α = 0.5: v = −0.2, 0.5·(−0.2) − 0.1 = −0.2, −0.2; w = −0.2, −0.4, −0.6.
        var rmsprop = new RmsProp(0.1, 0.75, Tiny, momentum: 0.5);
        Near([-0.2, -0.4, -0.6], ThreeSteps(rmsprop, 2, 1, 1));
        Assert.Equal(-0.2, rmsprop.Vector(AdaptiveVectors.Velocity)[0], 12);
    }

    [Fact]
    public void CenteredRmsPropDividesByRunningStandardDeviation()
    {
        // ρ = 0.75, g = 2, 1, 1. s = 0.5, 0.625, 0.71875; r = 1, 1, 1; r − s² = 0.75, 0.609375, 0.4833984375.
        var rmsprop = new RmsProp(0.1, 0.75, Tiny, centered: true);
        double w1 = -0.2 / Math.Sqrt(0.75), w2 = w1 - 0.1 / Math.Sqrt(0.609375), w3 = w2 - 0.1 / Math.Sqrt(0.4833984375);
        Near([w1, w2, w3], ThreeSteps(rmsprop, 2, 1, 1));
        Assert.Equal(0.71875, rmsprop.Vector(AdaptiveVectors.FirstMoment)[0], 12);
    }

    [Fact]
    public void NesterovRmsPropLooksAheadAlongVelocity()
    {
        // Alg. 8.6 with α = 0.5, ρ = 0.75: the same velocities as RMSprop with momentum; the gradient is
        // asked for at θ + αv: 0, then −0.2 + 0.5·(−0.2) = −0.3, then −0.4 − 0.1 = −0.5.
        var nesterov = new RmsProp(0.1, 0.75, Tiny, momentum: 0.5, nesterov: true);
        Assert.True(nesterov.HasLookAhead);
        double[] w = [0.0], point = [double.NaN];
        double[] expectedPoints = [0, -0.3, -0.5], gradients = [2, 1, 1];
        for (int k = 0; k < 3; k++)
        {
            nesterov.LookAhead(w, point);
            Assert.Equal(expectedPoints[k], point[0], 12);
            nesterov.Step(w, [gradients[k]]);
        }
        Assert.Equal(-0.6, w[0], 12);
    }

    [Fact]
    public void AdaDeltaUsesRunningRmsOfUpdates()
    {
        // ρ = 0.5, δ = 0.01, g = 1, 1, 1 (Zeiler's Alg. 1 by hand):
        // r1 = 0.5, Δ1 = −√0.01/√0.51, u1 = 0.5Δ1²; r2 = 0.75, Δ2 = −√(u1 + 0.01)/√0.76, u2 = 0.5u1 + 0.5Δ2²; …
        double r = 0, u = 0, w = 0;
        var expected = new double[3];
        for (int k = 0; k < 3; k++)
        {
            r = 0.5 * r + 0.5;
            double dx = -Math.Sqrt(u + 0.01) / Math.Sqrt(r + 0.01);
            u = 0.5 * u + 0.5 * dx * dx;
            expected[k] = w += dx;
        }
        Assert.Equal(-0.1 / Math.Sqrt(0.51), expected[0], 15);
        var adadelta = new AdaDelta(1, 0.5, 0.01);
        Near(expected, ThreeSteps(adadelta, 1, 1, 1), 14);
        Assert.Equal(u, adadelta.Vector(AdaptiveVectors.UpdateSecondMoment)[0], 14);
    }

    [Fact]
    public void AdamFirstThreeStepsAndMomentsMatchHand()
    {
        // β₁ = 0.5, β₂ = 0.75, γ = 0.1, g = 1, 2, 3.
        // t=1: s = 0.5, r = 0.25, ŝ = 1, r̂ = 1 → Δ = −0.1.
        // t=2: s = 1.25, r = 1.1875, ŝ = 1.25/0.75 = 5/3, r̂ = 1.1875/0.4375 = 19/7.
        // t=3: s = 2.125, r = 3.140625, ŝ = 2.125/0.875 = 17/7, r̂ = 3.140625/0.578125 = 201/37.
        var adam = new Adam(0.1, 0.5, 0.75, Tiny);
        double w1 = -0.1, w2 = w1 - 0.1 * (5.0 / 3) / Math.Sqrt(19.0 / 7), w3 = w2 - 0.1 * (17.0 / 7) / Math.Sqrt(201.0 / 37);
        Near([w1, w2, w3], ThreeSteps(adam, 1, 2, 3));
        Assert.Equal(2.125, adam.Vector(AdaptiveVectors.FirstMoment)[0], 14);
        Assert.Equal(3.140625, adam.Vector(AdaptiveVectors.SecondMoment)[0], 14);
        Assert.Equal(17.0 / 7, adam.Vector(AdaptiveVectors.CorrectedFirstMoment)[0], 13);
        Assert.Equal(201.0 / 37, adam.Vector(AdaptiveVectors.CorrectedSecondMoment)[0], 13);
        Assert.Equal(0.1 / Math.Sqrt(201.0 / 37), adam.Vector(AdaptiveVectors.EffectiveLearningRate)[0], 12);
    }

    [Fact]
    public void AmsGradKeepsTheLargestSecondMoment()
    {
        // β₁ = 0.5, β₂ = 0.5, γ = 0.1, g = 2, 0, 0: r = 2, 1, 0.5 but the maximum stays 2.
        // s = 1, 0.5, 0.25; c₁ = 0.5, 0.75, 0.875; c₂ = 0.5, 0.75, 0.875.
        var ams = Adam.AmsGrad(0.1, 0.5, 0.5, Tiny);
        double w1 = -0.1 * 2 / 2, w2 = w1 - 0.1 * (0.5 / 0.75) / Math.Sqrt(2 / 0.75), w3 = w2 - 0.1 * (0.25 / 0.875) / Math.Sqrt(2 / 0.875);
        Near([w1, w2, w3], ThreeSteps(ams, 2, 0, 0));
        Assert.Equal(2, ams.Vector(AdaptiveVectors.MaxSecondMoment)[0], 14);
        Assert.Equal(0.5, ams.Vector(AdaptiveVectors.SecondMoment)[0], 14);
    }

    [Fact]
    public void AdamWDecaysWeightsApartFromTheGradient()
    {
        // Zero gradient: Adam does not move, AdamW shrinks w by (1 − γλ) per step (the step is 0/δ = 0).
        var w = new[] { 2.0 };
        var adamw = Adam.AdamW(0.1, weightDecay: 0.5);
        for (int k = 0; k < 3; k++) adamw.Step(w, [0.0]);
        Assert.Equal(2 * Math.Pow(0.95, 3), w[0], 14);
        var v = new[] { 2.0 };
        var adam = new Adam(0.1);
        for (int k = 0; k < 3; k++) adam.Step(v, [0.0]);
        Assert.Equal(2.0, v[0], 15);
    }

    [Fact]
    public void ResetForgetsStateAndDiagnostics()
    {
        var adam = new Adam(0.1);
        double[] w = [1, 2, 3, 4, 5];
        adam.Step(w, [1, 1, 1, 1, 1]);
        adam.Reset();
        Assert.Equal(0, adam.StepCount);
        foreach (var v in adam.Vectors) Assert.All(v.Values, x => Assert.Equal(0.0, x));
        var adagrad = new AdaGrad(0.1, initialAccumulator: 0.1);
        adagrad.Step(w, [1, 1, 1, 1, 1]);
        adagrad.Reset();
        Assert.All(adagrad.Vector(AdaptiveVectors.SumOfSquares), x => Assert.Equal(0.1, x, 15));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DiagnosticsDoNotChangeTheIteratesBeyondRounding(bool amsGrad)
    {
        // With diagnostics the step is −η⊙ŝ, without it −(lr/c₁)·s/d: equal in exact arithmetic.
        // 11 entries, so the SIMD body and the remainder both run; 100 steps of varying gradients.
        var with = new Adam(0.05, amsGrad: amsGrad);
        var without = new Adam(0.05, amsGrad: amsGrad, diagnostics: false);
        double[] a = Enumerable.Range(0, 11).Select(i => 0.1 * i - 0.5).ToArray(), b = (double[])a.Clone();
        for (int t = 1; t <= 100; t++)
        {
            double[] g = a.Select((x, i) => x + Math.Sin(t + i)).ToArray();
            with.Step(a, g);
            without.Step(b, g);
        }
        for (int i = 0; i < a.Length; i++) Assert.Equal(b[i], a[i], 13);
        double[] eta = with.Vector(AdaptiveVectors.EffectiveLearningRate), sHat = with.Vector(AdaptiveVectors.CorrectedFirstMoment);
        Assert.All(eta, e => Assert.True(e > 0));
        Assert.NotEqual(0.0, sHat[3]);
    }
}
