using TeachingKit.Optimization;

namespace TeachingKit.Tests.Optimization;

public class MinibatchSamplerTests
{
    [Fact]
    public void WithoutReplacementAnEpochUsesEverySampleOnceAndReshuffles()
    {
        var sampler = new MinibatchSampler(100, 32, SamplingMode.WithoutReplacement, seed: 3);
        Assert.Equal(4, sampler.BatchesPerEpoch);
        sampler.NextEpoch();
        var first = Enumerable.Range(0, 4).SelectMany(b => sampler.Batch(b).ToArray()).ToArray();
        Assert.Equal(4, sampler.Batch(3).Length);   // 100 = 3·32 + 4
        Assert.Equal(Enumerable.Range(0, 100), first.Order());
        sampler.NextEpoch();
        var second = Enumerable.Range(0, 4).SelectMany(b => sampler.Batch(b).ToArray()).ToArray();
        Assert.Equal(Enumerable.Range(0, 100), second.Order());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void WithReplacementDrawsIndependentUniformIndices()
    {
        var sampler = new MinibatchSampler(10, 5, SamplingMode.WithReplacement, seed: 1);
        var counts = new int[10];
        bool repeatSeen = false;
        for (int epoch = 0; epoch < 2000; epoch++)
        {
            sampler.NextEpoch();
            for (int b = 0; b < sampler.BatchesPerEpoch; b++)
            {
                var batch = sampler.Batch(b);
                Assert.Equal(5, batch.Length);
                foreach (int i in batch) counts[i]++;
                repeatSeen |= batch.ToArray().Distinct().Count() < 5;
            }
        }
        // 20,000 draws: each count is 2,000 ± 42 (one standard deviation); 5σ bounds.
        Assert.All(counts, c => Assert.InRange(c, 2000 - 212, 2000 + 212));
        Assert.True(repeatSeen);
    }

    [Fact]
    public void ResetReplaysTheSameBatches()
    {
        var sampler = new MinibatchSampler(50, 7, seed: 9);
        sampler.NextEpoch();
        sampler.NextEpoch();
        var second = sampler.Batch(2).ToArray();
        sampler.Reset();
        sampler.NextEpoch();
        sampler.NextEpoch();
        Assert.Equal(second, sampler.Batch(2).ToArray());
        Assert.Equal(2, sampler.Epoch);
    }

    [Fact]
    public void MisuseIsRefused()
    {
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => new MinibatchSampler(5, 6)).ParamName);
        var sampler = new MinibatchSampler(5, 2);
        Assert.Throws<InvalidOperationException>(() => sampler.Batch(0).ToArray());
        sampler.NextEpoch();
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Batch(3).ToArray()).ParamName);
    }
}
