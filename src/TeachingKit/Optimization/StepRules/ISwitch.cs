namespace TeachingKit.Optimization;

/// <summary>A compile-time switch for a rule's variants (AMSGrad, diagnostics, centering…): the JIT drops the branch not taken.</summary>
internal interface ISwitch
{
    /// <summary>Whether the variant is on.</summary>
    static abstract bool On { get; }
}
