using TeachingKit.Networks;
using TeachingKit.StartingPoints;

namespace TeachingKit.Tests.StartingPoints;

public class WeightVarianceTests
{
    // The weights of layer 1 of a fresh network, with their mean square and its standard error.
    private static (double MeanSquare, double StandardError) WeightMoments(int fanIn, int fanOut, Initialization initialization, int seed)
    {
        var network = new BatchMlp([fanIn, fanOut, 1], Activation.Relu, LossFunction.SquaredError);
        var theta = network.InitialParameters(initialization, seed);
        var squares = Enumerable.Range(0, fanOut).SelectMany(i => Enumerable.Range(0, fanIn).Select(j => theta[network.Architecture.WeightIndex(1, i, j)])).Select(w => w * w).ToArray();
        double mean = squares.Average();
        double sd = Math.Sqrt(squares.Select(s => (s - mean) * (s - mean)).Sum() / (squares.Length - 1));
        return (mean, sd / Math.Sqrt(squares.Length));
    }

    [Theory]
    [InlineData(200, 50)]
    [InlineData(64, 64)]
    public void DrawnWeightsHaveTheVariancesOfXavierAndHe(int fanIn, int fanOut)
    {
        // Xavier 2/(fan_in + fan_out) (= 1/fan_in for a square layer); He 2/fan_in — written here, not read from the library.
        var xavier = WeightMoments(fanIn, fanOut, Initialization.Xavier, 1);
        var he = WeightMoments(fanIn, fanOut, Initialization.He, 1);
        // A mean of 3,000–10,000 squares is within 4 standard errors of its expectation except with probability 6e-5.
        Assert.InRange(xavier.MeanSquare, 2.0 / (fanIn + fanOut) - 4 * xavier.StandardError, 2.0 / (fanIn + fanOut) + 4 * xavier.StandardError);
        Assert.InRange(he.MeanSquare, 2.0 / fanIn - 4 * he.StandardError, 2.0 / fanIn + 4 * he.StandardError);
        Assert.Equal(2.0 / (fanIn + fanOut), WeightVariance.Of(Initialization.Xavier, fanIn, fanOut), 15);
        Assert.Equal(2.0 / fanIn, WeightVariance.Of(Initialization.He, fanIn, fanOut), 15);
    }

    // Layer-1 second moment over seeds: mean and standard error of the per-network values.
    private static (double Mean, double StandardError) FirstLayerMoment(Activation activation, InitialisationScheme scheme, Func<LayerSignal[], double> statistic)
    {
        var values = Enumerable.Range(0, 12).Select(seed => statistic(SignalPropagation.Measure(activation, width: 48, depth: 3, scheme, samples: 60, seed: 10 * seed))).ToArray();
        double mean = values.Average();
        return (mean, Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Sum() / (values.Length - 1) / values.Length));
    }

    [Theory]
    [InlineData(Activation.Relu, "He")]
    [InlineData(Activation.Relu, "Xavier")]
    [InlineData(Activation.Linear, "Xavier")]
    [InlineData(Activation.Linear, "standard")]
    public void ForwardSecondMomentFollowsTheGainWithinMonteCarloError(Activation activation, string name)
    {
        var scheme = name switch { "He" => InitialisationScheme.He, "Xavier" => InitialisationScheme.Xavier, _ => InitialisationScheme.Standard };
        // Standard normal inputs: E[x²] = 1, so E[a₁²] = n·v·c with c = ½ for ReLU, 1 for linear units.
        double predicted = 48 * scheme.Variance(48) * (activation == Activation.Relu ? 0.5 : 1);
        var (mean, error) = FirstLayerMoment(activation, scheme, layers => layers[0].ActivationMoment);
        Assert.InRange(mean, predicted - 4 * error, predicted + 4 * error);
        Assert.Equal(predicted, WeightVariance.ForwardGain(activation, scheme.Variance(48), 48), 12);
    }

    [Theory]
    [InlineData(Activation.Relu, "He")]
    [InlineData(Activation.Linear, "Xavier")]
    public void BackwardSecondMomentFollowsTheGainWithinMonteCarloError(Activation activation, string name)
    {
        var scheme = name == "He" ? InitialisationScheme.He : InitialisationScheme.Xavier;
        double predicted = WeightVariance.BackwardGain(activation, scheme.Variance(48), 48);
        // E[δ₁²]/E[δ₂²]: one layer down, fan_out·v·E[f′²].
        var (mean, error) = FirstLayerMoment(activation, scheme, layers => layers[0].GradientMoment / layers[1].GradientMoment);
        Assert.InRange(mean, predicted - 4 * error, predicted + 4 * error);
    }
}
