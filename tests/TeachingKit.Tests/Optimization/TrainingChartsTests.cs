using Plotly.NET;
using TeachingKit.Networks;
using TeachingKit.Optimization;
using TeachingKit.Plots.Optimization;
using TeachingKit.Tests.Support;

namespace TeachingKit.Tests.Optimization;

public class TrainingChartsTests
{
    private static readonly Lazy<(BatchMlp Network, double[] Start, Dataset Data)> Problem = new(() => SmallProblems.Classification(64, 12));

    private static TrainingHistory Run(double learningRate, int batchSize)
    {
        var (network, start, data) = Problem.Value;
        return Training.Run(network, start, data, data, new GradientDescent(learningRate), new TrainingOptions { Epochs = 3, BatchSize = batchSize });
    }

    [Fact]
    public void CurvesHaveATrainingAndAValidationLinePerRunInTheRunsColour()
    {
        var runs = new[] { Run(0.1, 8), Run(0.1, 64) };
        var losses = TrainingCharts.Losses(runs);
        Assert.Equal(4, GenericChart.getTraces(losses).Length);
        string html = GenericChart.toChartHTML(losses);
        Assert.Contains("m=64 (validation)", html);
        Assert.Contains("\"type\":\"log\"", html);
        Assert.Equal(4, GenericChart.getTraces(TrainingCharts.Accuracies(runs, againstTime: true)).Length);
        Assert.Contains("wall time", GenericChart.toChartHTML(TrainingCharts.Accuracies(runs, againstTime: true)));
        Assert.Equal(2, GenericChart.getTraces(TrainingCharts.GradientNormAndLoss(runs[0])).Length);
        Assert.Equal(3, GenericChart.getTraces(TrainingCharts.Schedules([LearningRateSchedule.Constant, LearningRateSchedule.Cosine(50), LearningRateSchedule.LinearDecay(0.01, 40)], 100)).Length);
    }

    [Fact]
    public void NoiseChartsShowTheoryMeasurementAndMinima()
    {
        var (network, start, data) = Problem.Value;
        var noise = GradientNoise.Measure(network, start, data);
        var points = noise.MeasureMinibatchVariance([1, 8, 64], draws: 20);
        var variance = NoiseCharts.VarianceAgainstBatchSize(noise, points);
        Assert.Equal(3, GenericChart.getTraces(variance).Length);
        int w = network.Architecture.WeightIndex(2, 0, 0), b = network.Architecture.BiasIndex(2, 0);
        var full = LossSlice.AlongWeights(network, start, w, b, data);
        var batches = LossSlice.ForMinibatches(network, start, w, b, data, 16, 3);
        Assert.Equal(3, GenericChart.getTraces(NoiseCharts.SliceMinima(full, batches, -3, 3, -3, 3, 11)).Length);
        var animation = NoiseCharts.SliceAnimation(full, batches, -3, 3, -3, 3, 11);
        Assert.Equal(3, animation.Frames.Count());
        Assert.Equal("aMax", Assert.Throws<ArgumentException>(() => NoiseCharts.SliceMinima(full, batches, 1, 1, -3, 3)).ParamName);
    }

    [Fact]
    public void TheSignalToNoiseChartHasACurvePerBatchSizeSortedFromTheLargest()
    {
        var (network, start, data) = Problem.Value;
        var noise = GradientNoise.Measure(network, start, data);
        var traces = GenericChart.getTraces(NoiseCharts.SignalToNoise(noise, [1, 16]));
        Assert.Equal(3, traces.Length);   // m = 1, m = 16 and the line SNR = 1
        var largestFirst = noise.SignalToNoise(16).Where(r => r > 0).OrderDescending().ToArray();
        Assert.Contains($"{largestFirst[0]:R}", GenericChart.toChartHTML(NoiseCharts.SignalToNoise(noise, [16])));
        Assert.Equal("batchSizes", Assert.Throws<ArgumentException>(() => NoiseCharts.SignalToNoise(noise, [])).ParamName);
    }

    [Fact]
    public void TheSweepChartMarksTheChosenRate()
    {
        var (network, start, data) = Problem.Value;
        var split = new DataSplit(data, data, data);
        var sweep = LearningRateSweep.Run(network, start, split, lr => new GradientDescent(lr), [0.01, 0.1, 1], new TrainingOptions { Epochs = 2, BatchSize = 16 });
        var chart = TrainingCharts.Sweep(sweep);
        Assert.Equal(3, GenericChart.getTraces(chart).Length);
        Assert.Contains("chosen", GenericChart.toChartHTML(chart));
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => TrainingCharts.Losses([])).ParamName);
    }
}
