namespace TeachingKit.Optimization;

/// <summary>
/// An optimizer whose step comes in variants chosen by two switches (Adam: AMSGrad, diagnostics; RMSprop:
/// centering, momentum): <see cref="Dispatch"/> turns the two flags into type arguments once per step, so
/// that the fused loop is compiled per variant without a branch inside it.
/// </summary>
internal interface ISwitchedStep
{
    /// <summary>The step of the variant (<typeparamref name="TFirst"/>, <typeparamref name="TSecond"/>).</summary>
    void Step<TFirst, TSecond>(Span<double> parameters, ReadOnlySpan<double> gradient)
        where TFirst : struct, ISwitch
        where TSecond : struct, ISwitch;

    /// <summary>Runs <paramref name="optimizer"/>'s step for the variant the two flags name.</summary>
    static void Dispatch(ISwitchedStep optimizer, bool first, bool second, Span<double> parameters, ReadOnlySpan<double> gradient)
    {
        switch (first, second)
        {
            case (false, false): optimizer.Step<Disabled, Disabled>(parameters, gradient); break;
            case (false, true): optimizer.Step<Disabled, Enabled>(parameters, gradient); break;
            case (true, false): optimizer.Step<Enabled, Disabled>(parameters, gradient); break;
            default: optimizer.Step<Enabled, Enabled>(parameters, gradient); break;
        }
    }
}
