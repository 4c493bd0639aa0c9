using TeachingKit.Notebooks.Editions;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Grading;

/// <summary>
/// Builds the notebook that is graded from a submission: the student's cells as submitted, except that every check
/// cell and the setup cell are put back from the course's notebook by cell id (as nbgrader restores its autograder
/// tests), so editing a check or its expected value gains nothing; outputs are dropped.
/// </summary>
public static class SubmissionRestorer
{
    /// <summary>The notebook to run and the check cells the submission no longer has.</summary>
    public static (Notebook Graded, IReadOnlyList<Cell> MissingChecks) Restore(Notebook source, Notebook submitted, string gradedPath)
    {
        var restored = CellsToRestore(source).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var cells = submitted.Cells.Select(c => Copy(restored.GetValueOrDefault(c.Id) ?? c)).ToList();
        var present = submitted.Cells.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var missing = source.Cells.Where(c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Check) && !present.Contains(c.Id)).ToList();
        return (new Notebook(gradedPath, source.Metadata.DeepClone().AsObject(), cells), missing);
    }

    /// <summary>The cells a student may not change: the setup cell (first code cell) and every check cell.</summary>
    public static IEnumerable<Cell> CellsToRestore(Notebook source) =>
        source.Cells.Where(c => c.Type == CellType.Code).Take(1)
            .Concat(source.Cells.Where(c => ExerciseCellRoles.Has(c, ExerciseCellRoles.Check)));

    private static Cell Copy(Cell cell) =>
        new(cell.Id, cell.Type, cell.Source, cell.Metadata.DeepClone().AsObject(), cell.Attachments?.DeepClone().AsObject());
}
