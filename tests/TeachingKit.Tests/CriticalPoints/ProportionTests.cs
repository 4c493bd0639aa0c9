using TeachingKit.CriticalPoints;

namespace TeachingKit.Tests.CriticalPoints;

public class ProportionTests
{
    [Fact]
    public void WilsonIntervalEndsExactlyAtZeroAndOneAndHasItsClosedFormThere()
    {
        double z2 = Proportion.Z95 * Proportion.Z95;
        var none = Proportion.Of(0, 100);
        Assert.Equal(0.0, none.Lower);   // exact: no rounding residue at k = 0
        Assert.Equal(z2 / (100 + z2), none.Upper, 12);   // Wilson at k = 0: z²/(n + z²)
        var all = Proportion.Of(100, 100);
        Assert.Equal(1.0, all.Upper);
        Assert.Equal(100 / (100 + z2), all.Lower, 12);
        Assert.Equal("0 [0, 0.037] (0/100)", none.ToString());
    }
}
