using TeachingKit.Validation;

namespace TeachingKit.Networks;

/// <summary>
/// A teacher–student setting with 2-D inputs: the teacher is a committee machine whose n hidden
/// neurons cut the input plane along n lines, and whose output is the equal-weight sum of their
/// activations; the data are the teacher's outputs on seeded random inputs.
/// </summary>
/// <remarks>
/// The student is the same architecture [2, n, 1] with every weight free (also the output weights and
/// bias), so the teacher's parameters are a global minimum with zero loss, and so are its n! relabellings.
/// </remarks>
public sealed class CommitteeMachine
{
    private CommitteeMachine(Mlp network, double[] teacher, Dataset data)
    {
        Network = network;
        TeacherParameters = teacher;
        Data = data;
    }

    /// <summary>The student's (and teacher's) architecture [2, n, 1].</summary>
    public Mlp Network { get; }

    /// <summary>The teacher's parameters: a global minimum of the loss on <see cref="Data"/>.</summary>
    public double[] TeacherParameters { get; }

    /// <summary>Inputs uniform in [−<see cref="InputRange"/>, <see cref="InputRange"/>]², targets the teacher's outputs.</summary>
    public Dataset Data { get; }

    /// <summary>Half the side of the square the inputs are drawn from.</summary>
    public const double InputRange = 2.0;

    /// <summary>Number of hidden neurons.</summary>
    public int HiddenNeurons => Network.LayerSizes[1];

    /// <summary>
    /// A seeded teacher: neuron i has a unit normal at angle π·i/n (plus a random tilt of up to ±0.3 rad)
    /// scaled by <paramref name="weightNorm"/>, and its line passes at a random offset in [−1, 1] from the origin.
    /// </summary>
    public static CommitteeMachine Create(int hiddenNeurons = 4, int samples = 200, int seed = 1,
        Activation activation = Activation.Tanh, double weightNorm = 2.0)
    {
        Require.AtLeast(hiddenNeurons, 1, nameof(hiddenNeurons));
        Require.AtLeast(samples, 1, nameof(samples));
        Require.Positive(weightNorm, nameof(weightNorm));
        var network = new Mlp([2, hiddenNeurons, 1], activation);
        var random = new Random(seed);
        var teacher = new double[network.ParameterCount];
        for (int i = 0; i < hiddenNeurons; i++)
        {
            double angle = Math.PI * i / hiddenNeurons + 0.6 * (random.NextDouble() - 0.5);
            double offset = 2 * random.NextDouble() - 1;
            teacher[network.WeightIndex(1, i, 0)] = weightNorm * Math.Cos(angle);
            teacher[network.WeightIndex(1, i, 1)] = weightNorm * Math.Sin(angle);
            teacher[network.BiasIndex(1, i)] = -weightNorm * offset; // the line w·x + b = 0 lies at distance |offset| from 0
            teacher[network.WeightIndex(2, 0, i)] = 1.0;
        }
        var inputs = new double[samples][];
        var targets = new double[samples][];
        for (int s = 0; s < samples; s++)
        {
            inputs[s] = [InputRange * (2 * random.NextDouble() - 1), InputRange * (2 * random.NextDouble() - 1)];
            targets[s] = network.Predict(teacher, inputs[s]);
        }
        return new CommitteeMachine(network, teacher, new Dataset(inputs, targets));
    }

    /// <summary>
    /// The lines w_i·x + b_i = 0 of the first-layer neurons of <paramref name="parameters"/>, as (w₁, w₂, b) per neuron.
    /// </summary>
    public IReadOnlyList<(double W1, double W2, double B)> Hyperplanes(IReadOnlyList<double> parameters) =>
        UnitLine.Of(Network, parameters).Select(l => (l.W1, l.W2, l.B)).ToArray();

    /// <summary>Trains a student from seeded random weights with <see cref="Bfgs"/> (a local minimum near the start, not necessarily global).</summary>
    public BfgsResult TrainStudent(int seed, double gradientTolerance = 1e-8, int maxIterations = 3000) =>
        Bfgs.Minimize((x, g) => Network.LossAndGradient(x, Data, g), Network.RandomParameters(seed), gradientTolerance, maxIterations);
}
