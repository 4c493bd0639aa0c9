namespace TeachingKit.Optimization;

/// <summary>η(k) = 1: the constant learning rate of plain SGD.</summary>
public sealed class ConstantSchedule : LearningRateSchedule
{
    /// <inheritdoc/>
    public override string Name => "constant";

    /// <inheritdoc/>
    protected override double FactorAt(long step) => 1;
}
