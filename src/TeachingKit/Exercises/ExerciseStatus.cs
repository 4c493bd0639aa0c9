namespace TeachingKit.Exercises;

/// <summary>The outcome of checking a student's answer.</summary>
public enum ExerciseStatus
{
    /// <summary>The answer agrees with the library's.</summary>
    Correct,
    /// <summary>The answer disagrees with the library's.</summary>
    Wrong,
    /// <summary>The answer is still the placeholder (null or NaN): nothing to check yet.</summary>
    NotAnswered,
    /// <summary>The student asked to see the answer (<see cref="Exercise.Reveal"/>); it earns no points.</summary>
    Revealed,
}
