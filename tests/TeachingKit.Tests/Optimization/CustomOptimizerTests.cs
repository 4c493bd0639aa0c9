using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

/// <summary>
/// Adding an optimizer takes three overrides; its per-parameter diagnostics are recorded by the driver.
/// The example is sign descent, Δw = −γ sign(g), whose effective learning rate per parameter is γ/|g|.
/// </summary>
public class CustomOptimizerTests
{
    private sealed class SignDescent(double learningRate) : Optimizer
    {
        private double[] _effective = [];

        public override string Name => $"sign descent γ={learningRate}";

        protected override void Allocate(int dimension) =>
            _effective = AddVector("effectiveLearningRate", OptimizerVectorKind.Diagnostic);

        protected override void ApplyStep(Span<double> parameters, ReadOnlySpan<double> gradient)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i] -= learningRate * Math.Sign(gradient[i]);
                _effective[i] = gradient[i] == 0 ? 0 : learningRate / Math.Abs(gradient[i]);
            }
        }
    }

    [Fact]
    public void DiagnosticsAreRecordedPerStepAndPerParameter()
    {
        // E = ½(x² + 20y²) from (1, 1), γ = 0.25: gradients (1, 20) then (0.75, 15).
        var r = Optimize.Run(Quadratic.Ravine(1, 20), new SignDescent(0.25), [1.0, 1.0],
            new RunOptions { MaxSteps = 2, RecordVectors = true });
        Assert.Equal(0.5, r.FinalParameters[0], 15);
        Assert.Equal(0.0, r.Trajectory.Vector("effectiveLearningRate", 0)[0], 15);
        Assert.Equal(0.25, r.Trajectory.Vector("effectiveLearningRate", 1)[0], 15);
        Assert.Equal(0.25 / 20, r.Trajectory.Vector("effectiveLearningRate", 1)[1], 15);
        Assert.Equal(0.25 / 0.75, r.Trajectory.Vector("effectiveLearningRate", 2)[0], 15);
        Assert.Equal(0.25 / 15, r.Trajectory.Vector("effectiveLearningRate", 2)[1], 15);
    }

    [Fact]
    public void ResetZeroesDiagnosticsAndTheStepCount()
    {
        var o = new SignDescent(0.1);
        double[] w = [1.0, -1.0];
        o.Step(w, [2.0, -4.0]);
        Assert.Equal(0.05, o.Vector("effectiveLearningRate")[0], 15);
        Assert.Equal(OptimizerVectorKind.Diagnostic, o.Vectors.Single().Kind);
        o.Reset();
        Assert.Equal(0, o.StepCount);
        Assert.All(o.Vector("effectiveLearningRate"), v => Assert.Equal(0.0, v, 15));
    }
}
