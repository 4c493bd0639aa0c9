using TeachingKit.Networks;

namespace TeachingKit.Generalization;

/// <summary>One-nearest-neighbour classification in Euclidean distance: a local representation, one Voronoi cell per stored sample.</summary>
/// <remarks>Lecture (Gerstner, part 7, "Distributed representation vs local representation"): the nearest-neighbour rule
/// carves the input space into one region per stored example, so a new class needs new stored examples — new regions —
/// where a network's hyperplanes already cut the space. Ties go to the earlier sample.</remarks>
/// <param name="Memory">The stored samples (inputs with one-hot targets).</param>
public sealed record NearestNeighbourClassifier(Dataset Memory)
{
    /// <summary>The regions (Voronoi cells) of the representation: one per stored sample.</summary>
    public int RegionCount => Memory.Count;

    /// <summary>The class (argmax of the target) of the stored sample nearest to <paramref name="input"/>.</summary>
    public int Classify(IReadOnlyList<double> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int nearest = 0;
        double best = double.PositiveInfinity;
        for (int s = 0; s < Memory.Count; s++)
        {
            double distance = 0;
            for (int j = 0; j < input.Count; j++) distance += (input[j] - Memory.Inputs[s][j]) * (input[j] - Memory.Inputs[s][j]);
            if (distance < best) (best, nearest) = (distance, s);
        }
        var target = Memory.Targets[nearest];
        return Array.IndexOf(target, target.Max());
    }

    /// <summary>The fraction of <paramref name="data"/> classified as its target's class.</summary>
    public double Accuracy(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Inputs.Zip(data.Targets).Count(p => Classify(p.First) == Array.IndexOf(p.Second, p.Second.Max())) / (double)data.Count;
    }
}
