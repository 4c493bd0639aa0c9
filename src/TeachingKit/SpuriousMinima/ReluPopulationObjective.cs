using MathNet.Numerics.LinearAlgebra;
using TeachingKit.Optimization;
using TeachingKit.Validation;

namespace TeachingKit.SpuriousMinima;

/// <summary>
/// Safran &amp; Shamir's population objective of a two-layer ReLU student against a ReLU teacher,
/// F(w₁..wₙ) = ½·E_x[(Σᵢ[wᵢᵀx]₊ − Σⱼ[vⱼᵀx]₊)²], x ~ N(0, I_k), teacher vⱼ = eⱼ (d = k), in closed form.
/// </summary>
/// <remarks>
/// Safran &amp; Shamir (2018, "Spurious local minima are common in two-layer ReLU neural networks", ICML):
/// expanding the square gives F = ½ΣᵢΣᵢ′ f(wᵢ, wᵢ′) − ΣᵢΣⱼ f(wᵢ, vⱼ) + ½ΣⱼΣⱼ′ f(vⱼ, vⱼ′) with f the
/// Gaussian ReLU correlation (<see cref="ReluCorrelation"/>). Parameters are the student's weight vectors
/// row after row: θ[i·k + p] = (wᵢ)_p. F is 0 exactly at the teacher up to a permutation of the students
/// (n = k), and is not differentiable where some wᵢ = 0 (there this class takes cos θ = 0).
/// </remarks>
public sealed class ReluPopulationObjective
{
    private readonly double teacherTerm;

    /// <summary>An objective with <paramref name="teachers"/> = k teacher units (input dimension k) and <paramref name="students"/> = n student units.</summary>
    public ReluPopulationObjective(int teachers, int students)
    {
        Teachers = Require.AtLeast(teachers, 1, nameof(teachers));
        Students = Require.AtLeast(students, 1, nameof(students));
        // ½ΣⱼΣⱼ′ f(eⱼ, eⱼ′): k self-terms at θ = 0, k(k − 1) orthogonal pairs at θ = π/2.
        teacherTerm = 0.5 * (teachers * ReluCorrelation.Value(1, 1, 1) + teachers * (teachers - 1) * ReluCorrelation.Value(1, 1, 0));
    }

    /// <summary>k: the number of teacher units and the input dimension.</summary>
    public int Teachers { get; }

    /// <summary>n: the number of student units.</summary>
    public int Students { get; }

    /// <summary>n·k parameters.</summary>
    public int ParameterCount => Students * Teachers;

    /// <summary>The scratch length <see cref="ValueAndGradient"/> needs: 2n.</summary>
    public int ScratchLength => 2 * Students;

    /// <summary>F(θ).</summary>
    public double Value(ReadOnlySpan<double> parameters)
    {
        var gradient = new double[ParameterCount];
        return ValueAndGradient(parameters, gradient, new double[ScratchLength]);
    }

    /// <summary>F(θ), writing ∇F(θ) into <paramref name="gradient"/>; allocates nothing.</summary>
    /// <remarks>
    /// The hot loop of the experiment: n(n − 1)/2 student pairs and n·k student–teacher pairs, one arccos each;
    /// with vⱼ = eⱼ the teacher dot products are the entries themselves. ∇_{wᵢ}F = Σᵢ′ ∇_w f(wᵢ, wᵢ′) − Σⱼ ∇_w f(wᵢ, eⱼ),
    /// the self-term being wᵢ/2. <paramref name="scratch"/> holds <see cref="ScratchLength"/> numbers.
    /// </remarks>
    public double ValueAndGradient(ReadOnlySpan<double> parameters, Span<double> gradient, Span<double> scratch)
    {
        int n = Students, k = Teachers;
        Require.SameLength(parameters.Length, ParameterCount, nameof(parameters), nameof(ParameterCount));
        Require.SameLength(gradient.Length, ParameterCount, nameof(gradient), nameof(parameters));
        Require.AtLeast(scratch.Length, ScratchLength, nameof(scratch));
        Span<double> norms = scratch[..n], along = scratch[n..(2 * n)];
        for (int i = 0; i < n; i++) norms[i] = VectorKernels.Norm(parameters.Slice(i * k, k));
        gradient.Clear();
        along.Clear();
        double value = teacherTerm;
        for (int i = 0; i < n; i++)
        {
            var wi = parameters.Slice(i * k, k);
            var gi = gradient.Slice(i * k, k);
            double ai = norms[i];
            value += 0.5 * ReluCorrelation.Pair(ai, ai, 1, out _, out double self);
            VectorKernels.AddScaled(gi, self, wi);
            for (int m = i + 1; m < n; m++)
            {
                var wm = parameters.Slice(m * k, k);
                double am = norms[m];
                double cosine = ai == 0 || am == 0 ? 0 : VectorKernels.Dot(wi, wm) / (ai * am);
                // Both orders (i, m) and (m, i) of the ½ΣΣ: the value once in full, a gradient term to each.
                value += ReluCorrelation.Pair(ai, am, cosine, out double sine, out double angle);
                along[i] += am * sine;
                along[m] += ai * sine;
                VectorKernels.AddScaled(gi, angle, wm);
                VectorKernels.AddScaled(gradient.Slice(m * k, k), angle, wi);
            }
            for (int j = 0; j < k; j++)
            {
                double cosine = ai == 0 ? 0 : wi[j] / ai;
                value -= ReluCorrelation.Pair(ai, 1, cosine, out double sine, out double angle);
                along[i] -= sine;
                gi[j] -= angle;
            }
        }
        for (int i = 0; i < n; i++)
            if (norms[i] > 0) VectorKernels.AddScaled(gradient.Slice(i * k, k), along[i] / norms[i], parameters.Slice(i * k, k));
        return value;
    }

    /// <summary>The exact Hessian ∇²F(θ), an nk × nk symmetric matrix.</summary>
    /// <remarks>Block (i, i) = I/2 + Σ_{m≠i} ∂²f(wᵢ, w_m)/∂w² − Σⱼ ∂²f(wᵢ, eⱼ)/∂w²; block (i, m) = ∂²f(wᵢ, w_m)/∂w∂v.</remarks>
    public Matrix<double> Hessian(ReadOnlySpan<double> parameters)
    {
        int n = Students, k = Teachers;
        Require.SameLength(parameters.Length, ParameterCount, nameof(parameters), nameof(ParameterCount));
        var hessian = Matrix<double>.Build.Dense(ParameterCount, ParameterCount);
        var teacher = new double[k];
        for (int i = 0; i < n; i++)
        {
            var wi = parameters.Slice(i * k, k);
            for (int p = 0; p < k; p++) hessian[i * k + p, i * k + p] += 0.5;
            for (int m = 0; m < n; m++)
            {
                if (m == i) continue;
                var wm = parameters.Slice(m * k, k);
                ReluCorrelation.AddSameBlock(hessian, i * k, 1, wi, wm);
                ReluCorrelation.AddCrossBlock(hessian, i * k, m * k, 1, wi, wm);
            }
            for (int j = 0; j < k; j++)
            {
                Array.Clear(teacher);
                teacher[j] = 1;
                ReluCorrelation.AddSameBlock(hessian, i * k, -1, wi, teacher);
            }
        }
        return hessian;
    }

    /// <summary>The teacher's weights as a student (n = k): wᵢ = e_{permutation[i]}, the global minima F = 0.</summary>
    public double[] TeacherWeights(IReadOnlyList<int> permutation)
    {
        if (Students != Teachers) throw new InvalidOperationException("The teacher is a student only when n = k.");
        Require.SameLength(permutation.Count, Students, nameof(permutation), nameof(Students));
        var weights = new double[ParameterCount];
        for (int i = 0; i < Students; i++) weights[i * Teachers + permutation[i]] = 1;
        return weights;
    }
}
