using System.Text.Json.Nodes;
using TeachingKit.Notebooks.Model;

namespace TeachingKit.Notebooks.Editions;

/// <summary>The exercise roles a cell can have (its metadata tags), as CONTRIBUTING.md defines them.</summary>
public static class ExerciseCellRoles
{
    public const string Answer = "answer", Solution = "solution", Check = "check";

    /// <summary>True when the cell's metadata tags include <paramref name="role"/>.</summary>
    public static bool Has(Cell cell, string role) =>
        cell.Metadata["tags"] is JsonArray tags && tags.Any(t => t is JsonValue v && v.TryGetValue(out string? s) && s == role);

    /// <summary>The exercise id of the cell (metadata teachingkit.exercise), or null.</summary>
    public static string? ExerciseId(Cell cell) =>
        cell.Metadata["teachingkit"]?["exercise"] is JsonValue v && v.TryGetValue(out string? id) ? id : null;

    /// <summary>The points of a check cell (metadata teachingkit.points, default 1).</summary>
    public static int Points(Cell cell) =>
        cell.Metadata["teachingkit"]?["points"] is JsonValue v && v.TryGetValue(out int points) ? points : 1;

    /// <summary>The notebook's course-wide id (metadata teachingkit.notebook), or null.</summary>
    public static string? NotebookId(Notebook notebook) =>
        notebook.Metadata["teachingkit"]?["notebook"] is JsonValue v && v.TryGetValue(out string? id) ? id : null;
}
