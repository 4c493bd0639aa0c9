namespace TeachingKit.Optimization;

/// <summary>The variant is on.</summary>
internal readonly struct Enabled : ISwitch
{
    public static bool On => true;
}
