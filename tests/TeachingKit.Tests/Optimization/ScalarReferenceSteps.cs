using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>
/// The oracle for the fused step loop: each optimizer's update as it was before the loops were fused,
/// one entry at a time, in the same order of floating-point operations (so the results are bit for bit
/// the same), read from the optimizer's public hyperparameters.
/// </summary>
/// <remarks>
/// Copied from the pre-fusion <c>ApplyStep</c> bodies (VectorKernels.AddScaled/VelocityUpdate,
/// Adam.Update, RmsProp.Update, AdaGrad.ApplyStep, AdaDelta.Update). State is keyed by the vector
/// names the optimizers publish; a missing vector starts at zero (AdaGrad's at its initial accumulator).
/// </remarks>
internal static class ScalarReferenceSteps
{
    /// <summary>One step of <paramref name="o"/>'s method: updates <paramref name="w"/> and <paramref name="state"/>; <paramref name="t"/> is the new step count.</summary>
    public static void Step(Optimizer o, double[] w, double[] g, Dictionary<string, double[]> state, long t)
    {
        double[] V(string name, double start = 0) =>
            state.TryGetValue(name, out var v) ? v : state[name] = Enumerable.Repeat(start, w.Length).ToArray();
        switch (o)
        {
            case GradientDescent gd:
                for (int i = 0; i < w.Length; i++) w[i] += -gd.LearningRate * g[i];
                break;
            case MomentumMethod m:
                var (a, b, c, d) = Coefficients(m);
                var vel = V(m.StateName);
                for (int i = 0; i < w.Length; i++)
                {
                    vel[i] = a * vel[i] + b * g[i];
                    w[i] += c * vel[i] + d * g[i];
                }
                break;
            case AdaGrad ada: AdaGradStep(ada, w, g, V(AdaptiveVectors.SumOfSquares, ada.InitialAccumulator), V(AdaptiveVectors.EffectiveLearningRate)); break;
            case AdaDelta delta: AdaDeltaStep(delta, w, g, V(AdaptiveVectors.SecondMoment), V(AdaptiveVectors.UpdateSecondMoment), V(AdaptiveVectors.EffectiveLearningRate)); break;
            case RmsProp rms: RmsPropStep(rms, w, g, V); break;
            case Adam adam: AdamStep(adam, w, g, V, t); break;
            default: throw new ArgumentException($"no reference for {o.Name}");
        }
    }

    private static (double, double, double, double) Coefficients(MomentumMethod m) => m switch
    {
        Momentum { Form: MomentumForm.Step } => (m.Momentum, -m.LearningRate, 1.0, 0.0),
        Momentum => (m.Momentum, 1.0, -m.LearningRate, 0.0),
        NesterovMomentum { Form: NesterovForm.LookAhead } => (m.Momentum, -m.LearningRate, 1.0, 0.0),
        _ => (m.Momentum, 1.0, -m.LearningRate * m.Momentum, -m.LearningRate),
    };

    // √(scale·r + inside) + outside, the pre-fusion Denominator.Of.
    private static double Denominator(EpsilonPlacement placement, double epsilon, double correction, double r)
    {
        var (scale, inside, outside) = placement switch
        {
            EpsilonPlacement.InsideSquareRoot => (1 / correction, epsilon, 0.0),
            EpsilonPlacement.AfterSquareRoot => (1 / correction, 0.0, epsilon),
            _ => (1 / correction, 0.0, epsilon / Math.Sqrt(correction)),
        };
        return Math.Sqrt(r * scale + inside) + outside;
    }

    private static void AdaGradStep(AdaGrad o, double[] w, double[] g, double[] r, double[] eta)
    {
        for (int i = 0; i < w.Length; i++)
        {
            r[i] += g[i] * g[i];
            eta[i] = o.LearningRate / Denominator(o.EpsilonPlacement, o.Epsilon, 1, r[i]);
            w[i] -= eta[i] * g[i];
        }
    }

    private static void AdaDeltaStep(AdaDelta o, double[] w, double[] g, double[] r, double[] u, double[] eta)
    {
        double rho = o.Beta2, delta = o.Epsilon;
        for (int i = 0; i < w.Length; i++)
        {
            r[i] = rho * r[i] + (1 - rho) * (g[i] * g[i]);
            double ratio = Math.Sqrt(u[i] + delta) / Math.Sqrt(r[i] + delta);
            double dx = -ratio * g[i];
            u[i] = rho * u[i] + (1 - rho) * (dx * dx);
            w[i] = w[i] + o.LearningRate * dx;
            eta[i] = o.LearningRate * ratio;
        }
    }

    private static void RmsPropStep(RmsProp o, double[] w, double[] g, Func<string, double, double[]> vector)
    {
        double rho = o.Beta2;
        var r = vector(AdaptiveVectors.SecondMoment, 0);
        var s = o.Centered ? vector(AdaptiveVectors.FirstMoment, 0) : null;
        var v = o.Momentum > 0 ? vector(AdaptiveVectors.Velocity, 0) : null;
        var eta = vector(AdaptiveVectors.EffectiveLearningRate, 0);
        for (int i = 0; i < w.Length; i++)
        {
            r[i] = rho * r[i] + (1 - rho) * (g[i] * g[i]);
            double meanSquare = r[i];
            if (s is not null)
            {
                s[i] = rho * s[i] + (1 - rho) * g[i];
                meanSquare = Math.Max(r[i] - s[i] * s[i], 0);
            }
            eta[i] = o.LearningRate / Denominator(o.EpsilonPlacement, o.Epsilon, 1, meanSquare);
            double step = -eta[i] * g[i];
            if (v is not null)
            {
                v[i] = o.Momentum * v[i] + step;
                step = v[i];
            }
            w[i] = w[i] + step;
        }
    }

    private static void AdamStep(Adam o, double[] w, double[] g, Func<string, double, double[]> vector, long t)
    {
        double c1 = o.BiasCorrection ? 1 - Math.Pow(o.Beta1, t) : 1, c2 = o.BiasCorrection ? 1 - Math.Pow(o.Beta2, t) : 1;
        double decay = 1 - o.LearningRate * o.WeightDecay, stepScale = o.LearningRate / c1, scale = 1 / c2;
        var s = vector(AdaptiveVectors.FirstMoment, 0);
        var r = vector(AdaptiveVectors.SecondMoment, 0);
        var max = o.UsesMaximum ? vector(AdaptiveVectors.MaxSecondMoment, 0) : r;
        for (int i = 0; i < w.Length; i++)
        {
            s[i] = o.Beta1 * s[i] + (1 - o.Beta1) * g[i];
            r[i] = o.Beta2 * r[i] + (1 - o.Beta2) * (g[i] * g[i]);
            max[i] = o.UsesMaximum ? Math.Max(max[i], r[i]) : r[i];
            double d = Denominator(o.EpsilonPlacement, o.Epsilon, c2, max[i]);
            if (!o.Diagnostics)
            {
                w[i] = w[i] * decay - stepScale * s[i] / d;
                continue;
            }
            double sHat = s[i] * (1 / c1), eta = o.LearningRate / d;
            w[i] = w[i] * decay - eta * sHat;
            vector(AdaptiveVectors.CorrectedFirstMoment, 0)[i] = sHat;
            vector(AdaptiveVectors.CorrectedSecondMoment, 0)[i] = max[i] * scale;
            vector(AdaptiveVectors.EffectiveLearningRate, 0)[i] = eta;
        }
    }
}
