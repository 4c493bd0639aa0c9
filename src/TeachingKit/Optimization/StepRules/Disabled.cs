namespace TeachingKit.Optimization;

/// <summary>The variant is off.</summary>
internal readonly struct Disabled : ISwitch
{
    public static bool On => false;
}
