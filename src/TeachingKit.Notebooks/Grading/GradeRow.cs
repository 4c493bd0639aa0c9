namespace TeachingKit.Notebooks.Grading;

/// <summary>One line of grades.csv: how one student did on one exercise, or why a submission could not be graded.</summary>
/// <param name="Student">The student (the submission's folder, or its file name).</param>
/// <param name="Notebook">The course notebook's id, or "?" when the submission matched none.</param>
/// <param name="Exercise">The exercise id, or "" for a row about the whole submission.</param>
/// <param name="Status">correct, wrong, not-answered, revealed, error, not-run, missing-cell, invalid-notebook, unknown-notebook.</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">Points the exercise is worth.</param>
/// <param name="Detail">Why, when the status needs a reason.</param>
public sealed record GradeRow(string Student, string Notebook, string Exercise, string Status, int Points, int MaxPoints, string Detail = "");

/// <summary>A submitted notebook and whose it is.</summary>
public sealed record Submission(string Student, string Path);
