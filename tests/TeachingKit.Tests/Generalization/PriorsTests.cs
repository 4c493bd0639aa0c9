using TeachingKit.Data;
using TeachingKit.Generalization;
using TeachingKit.Networks;

namespace TeachingKit.Tests.Generalization;

public class PriorsTests
{
    [Fact]
    public void AOnePixelShiftMovesEveryPixelAndShiftingBackRestoresTheInterior()
    {
        var image = Enumerable.Range(0, 64).Select(p => (double)p + 1).ToArray();
        var right = DigitShifts.Shift(image, 1, 0);
        Assert.Equal(0, right[8 * 3]);                 // column 0 is uncovered
        Assert.Equal(image[8 * 3], right[8 * 3 + 1]);  // pixel (row 3, column 0) moved to column 1
        var back = DigitShifts.Shift(right, -1, 0);
        for (int row = 0; row < 8; row++)
            for (int column = 0; column < 7; column++) Assert.Equal(image[row * 8 + column], back[row * 8 + column]);
        var data = new Dataset([image], [[1.0]]);
        Assert.Equal(5, DigitShifts.WithOnePixelShifts(data).Count);
        Assert.Equal(DigitShifts.ShiftedOnePixel(data, 2).Inputs[0], DigitShifts.ShiftedOnePixel(data, 2).Inputs[0]);
    }

    [Fact]
    public void DataSetAIsFittedExactlyByTheSinusoidAndBOnlyToItsNoise()
    {
        var a = NoisyOrEasy.DataSetA(60, 1);
        var b = NoisyOrEasy.DataSetB(60, 2);
        var sinusoidA = NoisyOrEasy.FitSinusoid(a);
        Assert.Equal($"sinusoid, ν = {NoisyOrEasy.Frequency}", sinusoidA.Model);
        Assert.InRange(sinusoidA.TestRmse, 0, 1e-10);   // noise-free data in the model class: zero up to rounding
        // A cubic cannot follow 23 periods: its error is near the signal's own RMS, 1/√2.
        Assert.InRange(NoisyOrEasy.FitPolynomial(a, 3).TestRmse, 0.6, 0.8);
        // On B the line's error is the noise, σ = 0.1 (sampling error of 60 points ≈ ±0.01·3).
        Assert.InRange(NoisyOrEasy.FitPolynomial(b, 1).TestRmse, 0.07, 0.13);
    }

    [Fact]
    public void TheFrozenHyperplanesCutTheWholePlaneIntoTheGeneralPositionCount()
    {
        var result = CompartmentExperiment.Run(hiddenUnits: 5, perBlob: 20, epochs: 30, seed: 0);
        Assert.Equal(1 + 5 + 5 * 4 / 2, result.Compartments);   // the lecture's 1 + n + n(n − 1)/2 for lines in general position
        Assert.Equal(60, result.NearestNeighbourRegionsBefore);
        Assert.Equal(80, result.NearestNeighbourRegionsAfter);   // nearest neighbour grew one region per new sample
        Assert.Equal(5, result.Readout.LayerSizes[0]);           // the new class got a readout, not new hidden units
        var again = CompartmentExperiment.Run(5, 20, 30, 0);
        Assert.Equal(result.ReadoutParameters, again.ReadoutParameters);
    }

    [Fact]
    public void TheSharedFeaturesTaskHoldsOutExactlyOneCombination()
    {
        var (train, seen, unseen) = SharedFeatures.Task(perCombination: 5, seed: 1);
        Assert.Equal(8 * 5, train.Count);
        Assert.Equal(5, unseen.Count);
        Assert.All(unseen.Targets, t => Assert.Equal(new double[] { 0, 1, 0, 0, 0, 1 }, t));   // red, house
        Assert.DoesNotContain(train.Targets, t => t[1] == 1 && t[5] == 1);
        Assert.Equal(train.Inputs[3], SharedFeatures.Task(5, 1).Train.Inputs[3]);
    }
}
