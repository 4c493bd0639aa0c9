namespace TeachingKit.Exercises;

/// <summary>The outcome of checking a student's answer.</summary>
public enum ExerciseStatus
{
    /// <summary>The answer agrees with the library's.</summary>
    Passed,
    /// <summary>The answer disagrees with the library's.</summary>
    Failed,
    /// <summary>The answer is still the placeholder (null or NaN): nothing to check yet.</summary>
    NotAnswered,
}
