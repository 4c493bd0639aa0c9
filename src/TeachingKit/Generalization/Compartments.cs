using MathNet.Numerics.Distributions;
using TeachingKit.Geometry;
using TeachingKit.Networks;
using TeachingKit.Validation;

namespace TeachingKit.Generalization;

/// <summary>What happened when a new class arrived: the network reused its compartments, nearest neighbour grew new regions.</summary>
/// <param name="Network">The shallow network 2-h-2 trained on the old classes.</param>
/// <param name="Parameters">Its trained θ (the hidden layer is then frozen).</param>
/// <param name="Readout">The new single softmax layer h-3 on the frozen hidden units.</param>
/// <param name="ReadoutParameters">The readout's θ, trained on old and new data.</param>
/// <param name="Hyperplanes">The hidden units' lines w·x + b = 0.</param>
/// <param name="Compartments">Regions these lines cut the whole plane into (exact count), unchanged by the new class.</param>
/// <param name="ReusedAccuracy">Accuracy of the frozen hidden layer + new readout on a test set of all three classes.</param>
/// <param name="ReusedNewClassAccuracy">The same on the new class's test points alone.</param>
/// <param name="NearestNeighbourRegionsBefore">Regions (stored samples) of nearest neighbour before the new class.</param>
/// <param name="NearestNeighbourRegionsAfter">Its regions after storing the new class's samples.</param>
/// <param name="NearestNeighbourAccuracy">Nearest neighbour's accuracy on the same three-class test set, after storing them.</param>
/// <param name="Old">The old classes' training data (three blobs, labels 0 and 1).</param>
/// <param name="New">The new class's training data (one blob, label 2).</param>
public sealed record CompartmentReuse(BatchMlp Network, double[] Parameters, BatchMlp Readout, double[] ReadoutParameters,
    IReadOnlyList<Hyperplane> Hyperplanes, int Compartments, double ReusedAccuracy, double ReusedNewClassAccuracy,
    int NearestNeighbourRegionsBefore, int NearestNeighbourRegionsAfter, double NearestNeighbourAccuracy, Dataset Old, Dataset New)
{
    /// <summary>The class the reused network gives the point (x₁, x₂): its frozen hidden layer, then the new readout.</summary>
    public int Classify(double x1, double x2)
    {
        var hidden = Network.LayerOutputs(Parameters, new Dataset([[x1, x2]], [[1.0, 0]]), 1)[0];
        var p = Readout.Predict(ReadoutParameters, hidden);
        return Array.IndexOf(p, p.Max());
    }
}

/// <summary>
/// The lecture's picture of hyperplanes that "cut through the whole space" and so predefine compartments that other data
/// reuse later, against nearest neighbour, which needs new regions for new data.
/// </summary>
/// <remarks>
/// Old task (Gerstner, part 6 "Geometry of the information flow", part 7 "Distributed representation vs local
/// representation"): blobs at (−½, ½) and (−½, −½) are class 0, the blob at (½, ½) class 1; a 2-h-2 tanh network learns
/// lines that cut the whole plane. A new class appears at (½, −½), where there was no data. Its hidden layer frozen, the
/// network gets only a new readout (no new units); nearest neighbour must store the new samples as new regions.
/// </remarks>
public static class CompartmentExperiment
{
    /// <summary>Runs the experiment: <paramref name="hiddenUnits"/> lines, <paramref name="perBlob"/> training points per blob (as many for testing), seeded.</summary>
    public static CompartmentReuse Run(int hiddenUnits, int perBlob, int epochs, int seed)
    {
        Require.AtLeast(hiddenUnits, 1, nameof(hiddenUnits));
        var old = Blobs(perBlob, seed, [(-0.5, 0.5, 0), (-0.5, -0.5, 0), (0.5, 0.5, 1)], classes: 2);
        var network = new BatchMlp([2, hiddenUnits, 2], Activation.Tanh);
        var theta = FitResult.Train(network, old, old, epochs, seed, learningRate: 0.02).Parameters;

        var newClass = Blobs(perBlob, seed + 1, [(0.5, -0.5, 2)], classes: 3);
        var all = Join(Relabel(old, 3), newClass);
        var test = Blobs(perBlob, seed + 2, [(-0.5, 0.5, 0), (-0.5, -0.5, 0), (0.5, 0.5, 1), (0.5, -0.5, 2)], classes: 3);
        var readout = new BatchMlp([hiddenUnits, 3], Activation.Tanh);
        var features = new Dataset(network.LayerOutputs(theta, Relabel(all, 2), 1), all.Targets);
        var readoutTheta = FitResult.Train(readout, features, features, epochs, seed, learningRate: 0.02).Parameters;
        var testFeatures = new Dataset(network.LayerOutputs(theta, Relabel(test, 2), 1), test.Targets);

        var lines = Enumerable.Range(0, hiddenUnits).Select(i => Hyperplane.FromNeuron(
            [theta[network.Architecture.WeightIndex(1, i, 0)], theta[network.Architecture.WeightIndex(1, i, 1)]],
            theta[network.Architecture.BiasIndex(1, i)])).ToArray();
        var newTest = Enumerable.Range(0, test.Count).Where(s => test.Targets[s][2] == 1).ToArray();
        var newTestFeatures = new Dataset(newTest.Select(s => testFeatures.Inputs[s]).ToArray(), newTest.Select(s => test.Targets[s]).ToArray());
        var nearest = new NearestNeighbourClassifier(all);
        return new CompartmentReuse(network, theta, readout, readoutTheta, lines,
            (int)new HyperplaneArrangement(2, lines).CountRegions(), readout.Evaluate(readoutTheta, testFeatures).Accuracy,
            readout.Evaluate(readoutTheta, newTestFeatures).Accuracy,
            old.Count, nearest.RegionCount, nearest.Accuracy(test), old, newClass);
    }

    private static Dataset Blobs(int perBlob, int seed, (double X, double Y, int Label)[] centres, int classes)
    {
        Require.AtLeast(perBlob, 1, nameof(perBlob));
        var random = new Random(seed);
        var inputs = new List<double[]>();
        var targets = new List<double[]>();
        foreach (var (cx, cy, label) in centres)
            for (int i = 0; i < perBlob; i++)
            {
                inputs.Add([cx + Normal.Sample(random, 0, 0.12), cy + Normal.Sample(random, 0, 0.12)]);
                targets.Add(Enumerable.Range(0, classes).Select(k => k == label ? 1.0 : 0).ToArray());
            }
        return new Dataset([.. inputs], [.. targets]);
    }

    // Targets widened to `classes` entries (new ones 0), or cut to the first `classes` (for LayerOutputs' shape check only).
    private static Dataset Relabel(Dataset data, int classes) =>
        new(data.Inputs, data.Targets.Select(t => Enumerable.Range(0, classes).Select(k => k < t.Length ? t[k] : 0).ToArray()).ToArray());

    private static Dataset Join(Dataset a, Dataset b) => new([.. a.Inputs, .. b.Inputs], [.. a.Targets, .. b.Targets]);
}
