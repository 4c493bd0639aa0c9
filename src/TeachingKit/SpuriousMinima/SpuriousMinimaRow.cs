using System.Globalization;
using TeachingKit.CriticalPoints;

namespace TeachingKit.SpuriousMinima;

/// <summary>One row of Safran &amp; Shamir's tables, as this kit measured it.</summary>
/// <param name="Teachers">k.</param>
/// <param name="Students">n.</param>
/// <param name="Stuck">The share of runs ending in a spurious local minimum, with its 95 % Wilson interval.</param>
/// <param name="MeanSmallestEigenvalue">The average λ_min over the stuck runs (NaN when none).</param>
/// <param name="MeanValue">The average F over the stuck runs (NaN when none).</param>
/// <param name="NotConverged">Runs stopped by the step limit.</param>
/// <param name="Diverged">Runs whose weights became NaN or infinite (step 5/k too large for this k and n).</param>
/// <param name="MeanSteps">The average number of gradient steps per run.</param>
/// <param name="Elapsed">Wall-clock time of the row.</param>
public sealed record SpuriousMinimaRow(int Teachers, int Students, Proportion Stuck, double MeanSmallestEigenvalue,
    double MeanValue, int NotConverged, int Diverged, double MeanSteps, TimeSpan Elapsed)
{
    /// <summary>The CSV header matching <see cref="ToCsv"/>.</summary>
    public const string CsvHeader = "k,n,runs,stuck,share,lower95,upper95,mean_min_eigenvalue,mean_objective,not_converged,diverged,mean_steps,seconds";

    /// <summary>Summarises the outcomes of one row's runs.</summary>
    public static SpuriousMinimaRow From(int teachers, int students, IReadOnlyList<SpuriousRunOutcome> outcomes, TimeSpan elapsed)
    {
        var stuck = outcomes.Where(o => o.IsSpuriousMinimum).ToList();
        return new SpuriousMinimaRow(teachers, students, Proportion.Of(stuck.Count, outcomes.Count),
            stuck.Count == 0 ? double.NaN : stuck.Average(o => o.SmallestEigenvalue!.Value),
            stuck.Count == 0 ? double.NaN : stuck.Average(o => o.Value),
            outcomes.Count(o => o.End == DescentEnd.StepLimit), outcomes.Count(o => o.End == DescentEnd.Diverged), outcomes.Average(o => (double)o.Steps), elapsed);
    }

    /// <summary>One CSV line (invariant culture) under <see cref="CsvHeader"/>.</summary>
    public string ToCsv() => string.Join(",",
        Teachers, Students, Stuck.Trials, Stuck.Successes,
        Format(Stuck.Estimate), Format(Math.Max(0, Stuck.Lower)), Format(Math.Min(1, Stuck.Upper)),   // exact 0 and 1 at the ends, not rounding residue
        Format(MeanSmallestEigenvalue), Format(MeanValue), NotConverged, Diverged, Format(MeanSteps),
        Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture));

    private static string Format(double value) => double.IsNaN(value) ? "" : value.ToString("G6", CultureInfo.InvariantCulture);
}
