using TeachingKit.CriticalPoints;

namespace TeachingKit.Landscapes;

/// <summary>A critical point of a catalogue function, with what the lecture (or the literature) says it is.</summary>
/// <param name="Point">The coordinates (exact where a closed form exists, else to the digits given in the source).</param>
/// <param name="HessianVerdict">What the second-derivative test says (possibly <see cref="CriticalPointKind.Degenerate"/>).</param>
/// <param name="Kind">What the point truly is (decided by higher-order terms where the Hessian cannot tell).</param>
/// <param name="Index">Number of negative Hessian eigenvalues.</param>
/// <param name="Note">Where the fact comes from, or what is special about the point.</param>
public sealed record KnownCriticalPoint(double[] Point, CriticalPointKind HessianVerdict, CriticalPointKind Kind, int Index, string Note);
