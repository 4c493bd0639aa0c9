namespace TeachingKit.Exercises;

/// <summary>What kind of answer an exercise asks for.</summary>
public enum ExerciseKind
{
    /// <summary>An exact integer (a count).</summary>
    Integer,
    /// <summary>A real number within a tolerance.</summary>
    Number,
    /// <summary>A vector of reals, entry by entry within a tolerance.</summary>
    Vector,
    /// <summary>True or false for each of several statements (the lecture's quizzes).</summary>
    Statements,
    /// <summary>One of several options.</summary>
    Choice,
    /// <summary>A function the student writes, checked on hidden inputs against the library.</summary>
    Function,
}
